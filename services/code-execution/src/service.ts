import { ErrorBodySchema, ExecuteBodySchema, ExecuteResultSchema, TOPICS } from '@learnflow/contracts';
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

/** Runs students' Python in the bubblewrap sandbox (`POST /api/execute`) and publishes each outcome. */
export const codeExecution = defineService({
  id: 'code-execution',
  port: 8107,
  description: 'Python execution in an isolated sandbox.',
  owns: ['code_runs'],
  personal: { code_runs: ['user_id'] },
  publishes: [TOPICS.codeExecutionResults.name],
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
});
