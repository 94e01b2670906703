import { RoutedRequestSchema } from '@learnflow/contracts';

/** The triage intents, taken from the contracts' routed request so the union is written once. */
export const IntentSchema = RoutedRequestSchema.shape.intent;

/** One of `concept | debug | review | exercise | progress | other`. */
export type Intent = (typeof IntentSchema.options)[number];

/** Every intent, in the contracts' order. */
export const INTENTS: readonly Intent[] = IntentSchema.options;
