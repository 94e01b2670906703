import { findEntry } from '../knowledge/find-entry.ts';
import { matchSymptom } from '../logic/match-symptom.ts';
import { detectSignals, TROUBLE_SIGNALS } from './detect-signals.ts';
import { exerciseQuestion } from './exercise-question.ts';
import { type IntentModel, intentModel } from './intent-model.ts';
import { INTENTS, type Intent } from './intent-schema.ts';
import { messageFeatures } from './message-features.ts';
import { scoreNaiveBayes } from './naive-bayes.ts';

/** What triage knows when a student message arrives. */
export interface ClassifyIntentInput {
  message: string;
  code?: string | null;
  /** The curriculum topic the student is on. */
  topic?: string | null;
  /** The student's latest run errors, newest first. */
  recentErrors?: readonly { type: string }[];
  /** An exercise is open (its page) or the tutor's last reply gave one: "is this right?" with code asks about it. */
  exerciseOpen?: boolean;
}

/** The routed intent, how sure triage is (0-1) and the explicit signals that fired. */
export interface IntentClassification {
  intent: Intent;
  confidence: number;
  signals: string[];
}

// Hand-set nudges, in log-odds, for evidence the labelled set cannot carry (context, static code checks).
const RECENT_ERROR_NUDGE = 0.5;
const RECENT_ERROR_CAP = 3;
const MENTIONED_ERROR_NUDGE = 1;
const BROKEN_CODE_NUDGE = 4;
const ON_TOPIC_NUDGE = 1;
const PYTHON_GREETING_NUDGE = 1.5;
const EXPLAIN_CODE_NUDGE = 8;
const HELP_WITH_CODE_NUDGE = 8;
const SYMPTOM_WITH_CODE_NUDGE = 4;
// A message this short without a word asking for practice names a topic to explain.
const BARE_TOPIC_WORDS = 3;
// Naive Bayes treats features as independent and is overconfident; this tempers it into a usable confidence.
const TEMPERATURE = 4;

/**
 * Classifies a student message into an intent from every signal at hand: the text, attached code, a pasted
 * traceback, the current topic and recent errors. Harmful requests are always `other`.
 */
export async function classifyIntent(
  input: ClassifyIntentInput,
  model: IntentModel = intentModel(),
): Promise<IntentClassification> {
  const code = input.code?.trim() ? input.code : null;
  const detected = detectSignals(input.message, code);
  const signals = [...detected.names];
  if (signals.includes('unsafe') || signals.includes('work-for-me'))
    return { intent: 'other', confidence: 0.99, signals };
  // The worked answer of an exercise is the exercise agent's to refuse, with the next hint instead.
  if (signals.includes('asks-solution')) return { intent: 'exercise', confidence: 0.9, signals };
  // "How should I start?", "what does the prompt ask for?" beside an open exercise: about that exercise.
  if (input.exerciseOpen && exerciseQuestion(input.message) !== null)
    return { intent: 'exercise', confidence: 0.9, signals: [...signals, 'exercise-question'] };
  // "Is my solution right?" with code, just after an exercise (or naming one): its tests, run on the code.
  if (
    signals.includes('checks-solution') &&
    (input.exerciseOpen || /\b(?:solution|exercise)\b/i.test(input.message))
  )
    return { intent: 'exercise', confidence: 0.9, signals };
  if (detected.words.length === 0 && code === null && !signals.includes('traceback')) {
    return { intent: 'other', confidence: 0.9, signals: [...signals, 'empty'] };
  }

  const bayes = scoreNaiveBayes(model.bayes, messageFeatures(detected, model.weights));
  const scores = Object.fromEntries(INTENTS.map((intent) => [intent, bayes[intent] / TEMPERATURE])) as Record<
    Intent,
    number
  >;
  if (signals.includes('code-broken')) scores.debug += BROKEN_CODE_NUDGE;
  // "help" with code: the debug agent runs it and explains what goes wrong, or says that nothing does.
  if (signals.includes('help-only') && code !== null) scores.debug += HELP_WITH_CODE_NUDGE;
  // "it gives 3 but it should be 6", "my counter stays 0": code that misbehaves is run and traced, not reviewed.
  const symptom = code === null ? null : matchSymptom(input.message);
  if (symptom !== null && symptom !== 'misbehaves' && !signals.includes('review-phrase')) {
    signals.push('symptom');
    scores.debug += SYMPTOM_WITH_CODE_NUDGE;
  }
  const troubled = TROUBLE_SIGNALS.some((name) => signals.includes(name));
  // "hi, can you help me with python?" is a start of learning, not small talk.
  if (signals.includes('greeting') && signals.includes('python-vocab') && code === null && !troubled) {
    scores.concept += PYTHON_GREETING_NUDGE;
  }
  // "what does this line mean?" with code attached asks for an explanation, not a review; too rare to learn.
  if (signals.includes('explain-code') && code !== null && !troubled) {
    scores.concept += EXPLAIN_CODE_NUDGE;
  }
  const recent = input.recentErrors ?? [];
  if (recent.length > 0) {
    signals.push('recent-errors');
    scores.debug += RECENT_ERROR_NUDGE * Math.min(recent.length, RECENT_ERROR_CAP);
    const compact = detected.words.join('');
    const named = (type: string) => type.split('.').pop()?.toLowerCase() ?? '';
    if (recent.some((error) => named(error.type) !== '' && compact.includes(named(error.type)))) {
      signals.push('recent-error-mentioned');
      scores.debug += MENTIONED_ERROR_NUDGE;
    }
  }
  if (input.topic) {
    signals.push(`topic:${input.topic}`);
    if (!signals.includes('off-topic-vocab')) scores.other -= ON_TOPIC_NUDGE;
  }
  const picked = pick(scores, signals);
  // A bare topic ("recursion", "loops?", "list comprehension") is looked up, not a request for practice:
  // practice is asked for in words ("an exercise on loops", "quiz me").
  const askedForPractice = signals.includes('practice-request') || signals.includes('exercise-word');
  if (
    picked.intent === 'exercise' &&
    !askedForPractice &&
    code === null &&
    detected.words.length <= BARE_TOPIC_WORDS
  ) {
    return { intent: 'concept', confidence: picked.confidence, signals: [...signals, 'bare-topic'] };
  }
  // A question the knowledge base answers with confidence is not off-topic, whatever the words around it
  // suggest ("what is a virtual environment", "shallow copy vs deep copy").
  if (picked.intent === 'other' && (await findEntry(input.message)).best) {
    return { intent: 'concept', confidence: picked.confidence, signals: [...signals, 'knowledge-base'] };
  }
  return picked;
}

function pick(scores: Record<Intent, number>, signals: string[]): IntentClassification {
  const top = Math.max(...INTENTS.map((intent) => scores[intent]));
  const weights = INTENTS.map((intent) => Math.exp(scores[intent] - top));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const best = INTENTS.findIndex((intent) => scores[intent] === top);
  const intent = INTENTS[best] ?? 'other';
  const confidence = Math.round(((weights[best] ?? 0) / total) * 1000) / 1000;
  return { intent, confidence, signals };
}
