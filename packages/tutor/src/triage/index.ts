export { type ClassifyIntentInput, classifyIntent, type IntentClassification } from './classify-intent.ts';
export { codeOfRequest } from './code-of-request.ts';
export { asksForSolution, asksToExplainCode, checksSolution } from './detect-signals.ts';
export { INTENTS, type Intent, IntentSchema } from './intent-schema.ts';
export { platformHelp } from './platform-help.ts';
export { redirectMessage } from './redirect.ts';
export { refersToCode } from './refers-to-code.ts';
export { saysStruggling } from './says-struggling.ts';
export { type SmallTalk, smallTalk } from './small-talk.ts';
