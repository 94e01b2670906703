import { type EventPayload, TOPICS } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import {
  composeAnswer,
  explainError,
  formatExplanation,
  hintLevelFor,
  leaksSolution,
  llmResource,
} from '@learnflow/tutor';
import { errorHistory } from './error-history.ts';
import { findError } from './find-error.ts';

type Routed = EventPayload<'debug.requests'>;

/**
 * Explains the student's error for a beginner: what, where (their line), why, and hints
 * that escalate as the same error type comes back. A pasted error also feeds the
 * student's error pattern (progress.events `error.observed`).
 */
export async function answerDebug(deps: ServiceDeps, request: Routed, correlationId: string): Promise<void> {
  const context = { userId: request.userId, correlationId };
  const found = await findError(deps, request);
  const publish = (kind: 'delta' | 'final', text: string, data: Record<string, unknown> = {}) =>
    deps.events.publish(
      TOPICS.learningResponses.name,
      kind === 'delta' ? 'learnflow.learning.delta' : 'learnflow.learning.responded',
      {
        requestId: request.requestId,
        userId: request.userId,
        intent: 'debug',
        agent: 'debug-agent',
        kind,
        text,
        data,
      },
      context,
    );
  if (!found.error && !found.timedOut && !found.memoryExceeded) {
    const text =
      found.source === 'none'
        ? 'I can help with that! Paste the error message (the whole traceback, if there is one) or the code that misbehaves, and tell me what you expected it to do.'
        : `Your code ran without an error${found.stdout ? ` and printed:\n\n\`\`\`text\n${found.stdout.slice(0, 1_000).trimEnd()}\n\`\`\`` : ', but printed nothing'}.\n\nIf that is not what you expected, tell me what you wanted it to print and we will trace it step by step.`;
    await publish('final', text, { source: found.source });
    return;
  }
  const explanation = explainError({
    error: found.error ?? { type: found.timedOut ? 'TimeoutError' : 'MemoryError', message: '', line: null },
    code: request.code,
    timedOut: found.timedOut,
    memoryExceeded: found.memoryExceeded,
  });
  const history = await errorHistory(deps, request.userId);
  // The error being explained is not in the history yet: it was pasted, or run here, not in code_runs.
  const level = hintLevelFor(history, explanation.type, { includesCurrent: false });
  // Every error explained in chat joins the student's error pattern (runs here are not in code_runs).
  await deps.events.publish(
    TOPICS.progressEvents.name,
    'learnflow.progress.error-observed',
    {
      userId: request.userId,
      topic: request.topic,
      kind: 'error.observed',
      score: null,
      detail: { type: explanation.type, cause: explanation.cause },
    },
    context,
  );
  const offline = formatExplanation(explanation, level);
  const answer = await composeAnswer({
    llm: await deps.resources.get(llmResource(deps.config)),
    prompt: {
      system:
        'You are LearnFlow, a patient Python tutor. Explain the error for a beginner: what happened, where (quote their line), why, then ONLY the hints up to the level given. Never write the whole corrected program.',
      user: [
        `Student message: ${request.message}`,
        request.code ? `Their code:\n\`\`\`python\n${request.code}\n\`\`\`` : '',
        `Facts from the analyser (trust these): ${JSON.stringify({ ...explanation, hints: explanation.hints.slice(0, level) })}`,
        `Hint level: ${level} of 3`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    },
    offline,
    firstTokenTimeoutMs: deps.config.LEARNFLOW_LLM_FIRST_TOKEN_TIMEOUT_MS,
    totalTimeoutMs: deps.config.LEARNFLOW_LLM_TIMEOUT_MS,
    onDelta: async (piece) => {
      await publish('delta', piece);
    },
    accept: (text) => !leaksSolution(text),
  });
  await publish('final', answer.text, {
    source: answer.source,
    error: {
      type: explanation.type,
      line: explanation.line,
      cause: explanation.cause,
      quotedLine: explanation.quotedLine,
    },
    hintLevel: level,
  });
}
