import { normalizeTokens } from './normalize-tokens.ts';

// "How should I start?", "where do I begin": the way into the open exercise.
const START =
  /^(?:(?:ok|so|hmm|um) )?(?:how (?:should|do|can|would) i (?:start|begin|get started|approach (?:this|it|the exercise))|where (?:do|should|can) i (?:start|begin)|what (?:should|do) i do first|whats? the first step|how to (?:start|begin))(?: (?:this|it|the exercise|here|now))?(?: please)?$/;
// "What does the prompt ask for?", "what am I supposed to do": the open exercise's task in other words.
const TASK =
  /\bwhat (?:does|is) (?:the|this) (?:prompt|task|exercise|question|assignment) (?:ask|asking|want|wanting|mean|say|about)\b|\bwhat am i (?:supposed|meant) to (?:do|write)\b|\bwhat do i (?:have|need) to (?:do|write)\b|\bi (?:dont|do not) (?:understand|get) (?:the|this) (?:task|exercise|prompt|question)\b/;

/** What a message asks about the exercise open beside the chat: how to start, what its task is, or neither. */
export function exerciseQuestion(message: string): 'start' | 'task' | null {
  const text = normalizeTokens(message).join(' ');
  return START.test(text) ? 'start' : TASK.test(text) ? 'task' : null;
}
