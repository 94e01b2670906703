import { type EventPayload, type ExecutionTrace, TOPICS } from '@learnflow/contracts';
import type { Events, ServiceDeps } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import {
  ASK_WHICH_PART,
  asksToExplainCode,
  composeAnswer,
  exampleOf,
  explainAgain,
  explainConcept,
  leaksSolution,
  llmResource,
  partsOfCode,
  verifyReplyCode,
  walkThrough,
} from '@learnflow/tutor';
import { conceptPrompt } from './concept-prompt.ts';

/**
 * A concept question: the offline engine's grounded answer, or the LLM's built on the same
 * retrieved lesson, streamed as deltas; with the lesson example's step-by-step trace. The final
 * answer is published in `transaction` (the delivery's: it marks the request handled).
 */
export async function answerConcept(
  deps: ServiceDeps,
  request: EventPayload<'concepts.requests'>,
  correlationId: string,
  transaction: Events['transaction'],
) {
  if (request.code && asksToExplainCode(request.message)) {
    await walkThroughCode(deps, request, request.code, correlationId, transaction);
    return;
  }
  if (request.lastEntry) {
    await explainEntryAgain(deps, request, request.lastEntry, correlationId, transaction);
    return;
  }
  const offline = await explainConcept({
    message: request.message,
    topic: request.context.topic,
    masteryLevel: request.context.masteryLevel,
  });
  const response = (kind: 'delta' | 'final', text: string, data: Record<string, unknown> = {}) =>
    responseOf(request, correlationId, kind, text, data);
  const [answer, trace] = await Promise.all([
    composeAnswer({
      llm: await deps.resources.get(llmResource(deps.config)),
      prompt: conceptPrompt(request, offline),
      offline: offline.text,
      firstTokenTimeoutMs: deps.config.LEARNFLOW_LLM_FIRST_TOKEN_TIMEOUT_MS,
      totalTimeoutMs: deps.config.LEARNFLOW_LLM_TIMEOUT_MS,
      onDelta: async (piece) => {
        await deps.events.publish(...response('delta', piece));
      },
      accept: (text) => !leaksSolution(text),
    }),
    traceExample(deps, offline.data.example?.code),
  ]);
  // The offline answer's outputs come from the sandbox already; a model's are checked before they are sent.
  const verified =
    answer.source === 'llm'
      ? await verifyReplyCode(answer.text, await deps.resources.get(sandboxResource))
      : null;
  const final = response('final', verified?.text ?? answer.text, {
    ...offline.data,
    // The check question is the offline answer's last part: a model's answer does not ask it.
    ...(answer.source === 'llm' ? { checkQuestion: null } : {}),
    source: answer.source,
    ...(answer.fallbackReason ? { fallbackReason: answer.fallbackReason } : {}),
    ...(trace ? { trace } : {}),
    ...(verified ? { outputsCorrected: verified.corrected, codeFailing: verified.failing } : {}),
  });
  await transaction((tx) => tx.publish(...final));
}

/**
 * "What does this code do?" with code attached: the student's own code, walked through from a traced run, then
 * what each built-in and method it calls does; a line the message names ("what does line 2 do") comes first.
 */
async function walkThroughCode(
  deps: ServiceDeps,
  request: EventPayload<'concepts.requests'>,
  code: string,
  correlationId: string,
  transaction: Events['transaction'],
) {
  const sandbox = await deps.resources.get(sandboxResource);
  const run = await sandbox.run({ code, trace: true });
  // "What does line 2 do?": that line first, with what its calls do, then the whole run.
  const asked = Number(/\bline (\d+)\b/i.exec(request.message)?.[1] ?? 0);
  const line = code.split('\n')[asked - 1]?.trim();
  const whole = walkThrough(code, run);
  const story = whole.split('\n').find((row) => row.startsWith(`- **Line ${asked}** `));
  const parts = partsOfCode(line || code);
  const focus = line
    ? `Line ${asked} is \`${line}\`.${story ? ` From a real run of your code:\n\n${story}` : ''}${parts ? `\n\n${parts}` : ''}\n\nThe whole program, line by line:\n\n`
    : '';
  const text = line ? `${focus}${whole}` : parts ? `${whole}\n\n${parts}` : whole;
  const data = { source: 'offline', walkthrough: true, ...(run.trace ? { trace: run.trace } : {}) };
  await transaction((tx) => tx.publish(...responseOf(request, correlationId, 'final', text, data)));
}

/** "I don't get it" after an answer from a knowledge-base entry: that entry another way, its example traced. */
async function explainEntryAgain(
  deps: ServiceDeps,
  request: EventPayload<'concepts.requests'>,
  entryId: string,
  correlationId: string,
  transaction: Events['transaction'],
) {
  const code = exampleOf(entryId);
  const run = code ? await (await deps.resources.get(sandboxResource)).run({ code, trace: true }) : null;
  const text = run ? explainAgain(entryId, run) : null;
  const data = {
    source: 'offline',
    // Not `knowledge`: a second "I still don't get it" is asked which part, not given the same text again.
    ...(text ? { explainedAgain: entryId } : {}),
    ...(run?.trace ? { trace: run.trace } : {}),
  };
  await transaction((tx) =>
    tx.publish(...responseOf(request, correlationId, 'final', text ?? ASK_WHICH_PART, data)),
  );
}

// Lesson examples are fixed and deterministic: each is traced once per process, not per answer.
const traces = new Map<string, ExecutionTrace>();

async function traceExample(deps: ServiceDeps, code: string | undefined) {
  if (!code) return null;
  const known = traces.get(code);
  if (known) return known;
  try {
    const sandbox = await deps.resources.get(sandboxResource);
    const result = await sandbox.run({ code, trace: true });
    if (result.trace && !result.timedOut) traces.set(code, result.trace);
    return result.trace ?? null;
  } catch (error) {
    deps.log.warn({ err: error }, 'could not trace the lesson example');
    return null;
  }
}

/** The publish arguments of one piece (`delta`) or the whole (`final`) of the answer to `request`. */
function responseOf(
  request: EventPayload<'concepts.requests'>,
  correlationId: string,
  kind: 'delta' | 'final',
  text: string,
  data: Record<string, unknown>,
) {
  return [
    TOPICS.learningResponses.name,
    kind === 'delta' ? 'learnflow.learning.delta' : 'learnflow.learning.responded',
    {
      requestId: request.requestId,
      userId: request.userId,
      intent: 'concept',
      agent: 'concepts-agent',
      kind,
      text,
      data,
    },
    { userId: request.userId, correlationId },
  ] as const;
}
