import { ErrorBodySchema, ReviewBodySchema, ReviewResultSchema, TOPICS } from '@learnflow/contracts';
import { defineService } from '@learnflow/platform';
import { loadRuff } from '@learnflow/tutor';
import { answerSubmission } from './answer-submission.ts';
import { reviewForUser } from './review-for-user.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 429: ErrorBodySchema };

/** Reviews Python with Ruff and explains each finding to a beginner: `POST /api/review` and `code.submissions`. */
export const codeReviewAgent = defineService({
  id: 'code-review-agent',
  port: 8103,
  description: 'Code review: Ruff findings explained for beginners, with a quality score.',
  owns: [],
  publishes: [TOPICS.learningResponses.name, TOPICS.progressEvents.name],
  routes(app, deps) {
    app.post(
      '/api/review',
      {
        schema: {
          tags: ['code'],
          body: ReviewBodySchema,
          response: { 200: ReviewResultSchema, ...errors },
        },
      },
      async (request) => {
        const user = await deps.auth.require(request);
        return reviewForUser(deps, user.id, request.body, request.id);
      },
    );
  },
  // Ruff's WASM compiles synchronously: pay for it at boot, not in the middle of a student's request.
  async start() {
    await loadRuff();
    return async () => {};
  },
  subscriptions: [
    {
      topics: [TOPICS.codeSubmissions.name],
      handle: (deps, { event }) => answerSubmission(deps, event.data, event.correlationid),
    },
  ],
});
