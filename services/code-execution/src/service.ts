import {
  CodeExecutionRequestSchema,
  ErrorBodySchema,
  ExecuteBodySchema,
  ExecuteResultSchema,
  TOPICS,
} from '@learnflow/contracts';
import { defineService } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import { execute } from './execute.ts';

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  409: ErrorBodySchema,
  429: ErrorBodySchema,
  503: ErrorBodySchema,
};

/** Runs students' Python in the bubblewrap sandbox: `POST /api/execute` and `code.execution.requests`. */
export const codeExecution = defineService({
  id: 'code-execution',
  port: 8107,
  description: 'Python execution in an isolated sandbox.',
  resources: [sandboxResource],
  routes(app, deps) {
    app.post(
      '/api/execute',
      {
        schema: {
          tags: ['code'],
          body: ExecuteBodySchema,
          response: { 200: ExecuteResultSchema, ...errors },
        },
      },
      async (request) => {
        const user = await deps.auth.require(request);
        return execute(deps, { ...request.body, userId: user.id }, request.id);
      },
    );
  },
  subscriptions: [
    {
      topics: [TOPICS.codeExecutionRequests.name],
      async handle(deps, { event }) {
        const request = CodeExecutionRequestSchema.parse(event.data);
        await execute(deps, { ...request, topic: request.topic ?? undefined }, event.correlationid);
      },
    },
  ],
});
