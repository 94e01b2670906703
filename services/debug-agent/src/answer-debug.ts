import { type ErrorObservedDetail, type EventPayload, TOPICS } from '@learnflow/contracts';
import type { ServiceDeps } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import {
  composeAnswer,
  type EntryMatch,
  type ErrorExplanation,
  entryForSurprise,
  explainConcept,
  explainError,
  formatExplanation,
  hintLevelFor,
  leaksSolution,
  llmResource,
  verifyReplyCode,
  walkThrough,
} from '@learnflow/tutor';
import { errorHistory, recordExplainedError } from './error-history.ts';
import { findError } from './find-error.ts';
import { findLogic } from './find-logic.ts';

type Routed = EventPayload<'debug.requests'>;

/** Why the run's output shows answers the student did not type. */
const typedNote = (typed: string) => `chat has no input box, so I typed \`${typed}\` at each \`input()\``;

/** A known surprise, offered as what may be going on: the entry's direct answer and its example's real output. */
function surpriseText({ entry, output }: EntryMatch): string {
  const [answer] = entry.answer.split(/\n\n+/);
  return [
    `What you describe sounds like a common surprise: **${entry.title}**. ${answer}`,
    `\`\`\`python\n${entry.code.trimEnd()}\n\`\`\``,
    output ? `It prints:\n\n\`\`\`text\n${output.trimEnd()}\n\`\`\`` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Explains the student's error for a beginner: what, where (their line), why, and hints
 * that escalate as the same error type comes back. Code that runs but misbehaves gets its
 * logic mistakes explained the same way, the one behind the symptom the student names first. A pasted error also feeds the
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
  const logic = await findLogic(deps, request, found);
  const [bug, ...otherBugs] = logic;
  if (!bug && !found.error && !found.timedOut && !found.memoryExceeded) {
    // Nothing to run and no error to parse: an error the knowledge base explains ("TypeError 'int' object
    // is not iterable") gets its entry, with an offer to look at the code.
    const concept =
      found.source === 'none'
        ? await explainConcept({ message: request.message, topic: request.topic, masteryLevel: null })
        : null;
    if (concept?.data.knowledge) {
      await publish(
        'final',
        `${concept.text}\n\nIf your own code raises it, paste the code and I will point to the line.`,
        {
          source: 'knowledge-base',
          knowledge: concept.data.knowledge,
        },
      );
      return;
    }
    const clean = `Your code ran without an error${found.typed ? ` (${typedNote(found.typed)})` : ''} and I found none of the usual logic mistakes in it.`;
    // What the student describes may be a known surprise of Python's ("my function changes the original list").
    const surprise = found.source === 'none' ? null : await entryForSurprise(request.message);
    const known = surprise ? `\n\n${surpriseText(surprise)}` : '';
    // The traced run, line by line, shows which branch ran and what each variable held: where to look.
    const text =
      found.source === 'none'
        ? 'I can help with that! Paste the error message (the whole traceback, if there is one) or the code that misbehaves, and tell me what you expected it to do.'
        : found.run?.trace && request.code
          ? `${clean}${known}\n\n${surprise ? 'If that is not it, the first' : 'The first'} line that does something you did not expect is where to look.\n\n${walkThrough(request.code, found.run)}`
          : `${clean}${known}\n\n${found.stdout ? `It printed:\n\n\`\`\`text\n${found.stdout.slice(0, 1_000).trimEnd()}\n\`\`\`` : 'It printed nothing.'}\n\nIf that is not what you expected, tell me what you wanted it to print and we will trace it step by step.`;
    await publish('final', text, {
      source: found.source,
      ...(found.run?.trace ? { trace: found.run.trace } : {}),
      ...(surprise
        ? { knowledge: { id: surprise.entry.id, title: surprise.entry.title, question: request.message } }
        : {}),
    });
    return;
  }
  const explanation: ErrorExplanation =
    bug ??
    explainError({
      error: found.error ?? {
        type: found.timedOut ? 'TimeoutError' : 'MemoryError',
        message: '',
        line: null,
      },
      code: request.code,
      timedOut: found.timedOut,
      memoryExceeded: found.memoryExceeded,
    });
  // A logic bug has no exception type: its hints escalate per kind of mistake (`logic.no-return`...).
  const patternType = bug ? explanation.cause : explanation.type;
  const history = await errorHistory(deps, request.userId);
  // The error being explained is not in the history yet: it was pasted, or run here, not by a Run.
  const level = hintLevelFor(history, patternType, { includesCurrent: false });
  // Every error explained in chat joins the student's error pattern (runs here are not Runs).
  await deps.events.transaction(async (tx) => {
    await recordExplainedError(tx.db, request.userId, patternType);
    await tx.publish(
      TOPICS.progressEvents.name,
      'learnflow.progress.error-observed',
      {
        userId: request.userId,
        topic: request.topic,
        kind: 'error.observed',
        score: null,
        detail: { type: patternType, cause: explanation.cause } satisfies ErrorObservedDetail,
      },
      context,
    );
  });
  const also = otherBugs.slice(0, 2).map((other) => `- line ${other.line}: ${other.title}`);
  const offline = [
    ...(found.typed && !bug ? [`_(${typedNote(found.typed)})_`] : []),
    formatExplanation(explanation, level),
    ...(also.length > 0 ? [`**I also noticed:**\n${also.join('\n')}`] : []),
  ].join('\n\n');
  const facts = { ...explanation, hints: explanation.hints.slice(0, level) };
  const answer = await composeAnswer({
    llm: await deps.resources.get(llmResource(deps.config)),
    prompt: {
      system: bug
        ? 'You are LearnFlow, a patient Python tutor. The code runs but misbehaves. Explain the logic mistake for a beginner: what happens, where (quote their line and name the variable), why, then ONLY the hints up to the level given. Never write the whole corrected program.'
        : 'You are LearnFlow, a patient Python tutor. Explain the error for a beginner: what happened, where (quote their line), why, then ONLY the hints up to the level given. Never write the whole corrected program.',
      user: [
        `Student message: ${request.message}`,
        request.code ? `Their code:\n\`\`\`python\n${request.code}\n\`\`\`` : '',
        `Facts from the analyser (trust these): ${JSON.stringify(facts)}`,
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
  // The offline explanation quotes the student's own lines; a model's code is run before it is sent.
  const verified =
    answer.source === 'llm'
      ? await verifyReplyCode(answer.text, await deps.resources.get(sandboxResource))
      : null;
  await publish('final', verified?.text ?? answer.text, {
    source: answer.source,
    ...(verified ? { outputsCorrected: verified.corrected, codeFailing: verified.failing } : {}),
    error: {
      type: explanation.type,
      line: explanation.line,
      cause: explanation.cause,
      quotedLine: explanation.quotedLine,
    },
    ...(bug
      ? {
          logicBugs: logic.map((b) => ({
            cause: b.cause,
            line: b.line,
            name: b.details.name,
            confidence: b.confidence,
          })),
        }
      : {}),
    hintLevel: level,
    // What was debugged, so "how do I fix it?" can ask about it again (the gateway's `lastDebug`).
    debugged: { message: request.message, code: request.code },
  });
}
