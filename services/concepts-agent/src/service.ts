import { ErrorBodySchema, TOPICS, TraceBodySchema, TraceResultSchema } from '@learnflow/contracts';
import { defineService } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import { knowledgeBaseByMeaning } from '@learnflow/tutor';
import { answerConcept } from './answer-concept.ts';

/** Explains Python concepts from the curriculum's lessons and visualises code step by step. */
export const conceptsAgent = defineService({
  id: 'concepts-agent',
  port: 8101,
  description: 'Concept explanations grounded in the lessons; execution traces for the visualiser.',
  owns: [],
  publishes: [TOPICS.learningResponses.name],
  routes(app, deps) {
    app.post(
      '/api/trace',
      {
        schema: {
          tags: ['tutor'],
          body: TraceBodySchema,
          response: {
            200: TraceResultSchema,
            400: ErrorBodySchema,
            401: ErrorBodySchema,
            429: ErrorBodySchema,
          },
        },
      },
      async (request) => {
        await deps.auth.require(request);
        const sandbox = await deps.resources.get(sandboxResource);
        const result = await sandbox.run({
          code: request.body.code,
          stdin: request.body.stdin ?? '',
          trace: true,
        });
        return {
          trace: result.trace ?? { steps: [], truncated: false },
          stdout: result.stdout,
          error: result.error
            ? { type: result.error.type, message: result.error.message, line: result.error.line }
            : null,
        };
      },
    );
  },
  // The sentence encoder and the phrasings' vectors load in about half a second: at boot, not in a student's request.
  async start() {
    await knowledgeBaseByMeaning();
    return async () => {};
  },
  subscriptions: [
    {
      topics: [TOPICS.conceptsRequests.name],
      transactional: true,
      handle: (deps, { event, transaction }) =>
        answerConcept(deps, event.data, event.correlationid, transaction),
    },
  ],
});
