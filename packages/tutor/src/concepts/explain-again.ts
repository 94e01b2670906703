import { topicTitle } from '../content/curriculum.ts';
import { knowledgeBase } from '../knowledge/knowledge-base.ts';
import { normalizeTokens } from '../triage/normalize-tokens.ts';
import { type TracedRun, walkThrough } from './walk-through.ts';

// The whole message says the last answer did not land, and names nothing else ("i don't get recursion" names
// a topic and is a question of its own).
const AGAIN = new RegExp(
  [
    '^(?:(?:sorry|hmm|huh|um|ok|okay|but|still|sorry but) )*(?:i )?(?:still )?(?:really )?' +
      '(?:dont|do not|didnt|did not|cant|cannot) (?:really )?(?:get|understand|follow)' +
      '(?: (?:it|that|this|you|what you mean|the answer|the explanation|any of (?:it|that)|this part))?' +
      '(?: (?:at all|still|sorry|yet))*$',
    '^(?:(?:can|could|would) you )?(?:please )?(?:explain|say|put|show) (?:it|that|this)(?: to me)?' +
      ' (?:again|differently|another way|in another way|in other words|more simply|simpler|slower|step by step)' +
      '(?: please)?$',
    '^(?:what do you mean|huh|im confused|i am confused|(?:im )?still confused|confused|too complicated|' +
      '(?:thats|that is|this is) (?:confusing|too hard|too complicated)|simpler please|in simpler words|' +
      'explain again|again please|eli5|i am lost|im lost|lost|what does that mean|what does it mean|' +
      '(?:but )?why|why is that|how come|(?:can you )?(?:show|give) (?:me )?(?:another|a different|one more) example(?: please)?)$',
  ].join('|'),
);

/** "I don't get it", "can you explain that again?": the message asks for the last answer again, in other words. */
export const asksToExplainAgain = (message: string) => AGAIN.test(normalizeTokens(message).join(' '));

/**
 * The knowledge-base entry `id` explained another way, for a student who did not follow the first answer:
 * the parts of the answer a first reply leaves out, its example walked through line by line from `run` (a
 * traced run of that example), the usual trap, and what to say next. Null when there is no such entry.
 */
export function explainAgain(id: string, run: TracedRun): string | null {
  const entry = knowledgeBase().byId.get(id);
  if (!entry) return null;
  const paragraphs = entry.answer.split(/\n\n+/);
  // A first answer to a beginner shows two paragraphs; the rest, when there is some, is new to them.
  const rest = paragraphs.slice(2);
  return [
    `Let me put **${entry.title}** another way.`,
    rest.length > 0 ? rest.join('\n\n') : paragraphs[0],
    `\`\`\`python\n${entry.code.trimEnd()}\n\`\`\``,
    walkThrough(entry.code, run, 'this example'),
    `**The usual trap:** ${entry.mistake}`,
    `Still unclear? Tell me which line or word loses you and I will start from there, or read the lesson [${topicTitle(entry.topic)}](/topics/${entry.topic}).`,
  ].join('\n\n');
}

/** The answer to "I don't get it" when the last reply explained nothing: which part, in the student's words. */
export const ASK_WHICH_PART =
  'Sorry, that didn\'t help. Which part is unclear? Tell me the idea in a few words (*"how do for loops work?"*), or paste the code you are looking at, and I will go through it step by step.';

/** The code of the entry `id`'s example, to run with a trace before `explainAgain`. */
export const exampleOf = (id: string): string | null => knowledgeBase().byId.get(id)?.code ?? null;
