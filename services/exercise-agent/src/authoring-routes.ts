import {
  AuthoredExerciseBodySchema,
  DraftParamsSchema,
  ErrorBodySchema,
  ExerciseDetailSchema,
  ExerciseDraftListSchema,
  ExerciseDraftSchema,
  ProposedTestsSchema,
  ProposeTestsBodySchema,
  PublishDraftBodySchema,
} from '@learnflow/contracts';
import type { App, ServiceDeps } from '@learnflow/platform';
import { sandboxResource } from '@learnflow/sandbox';
import { proposeTests } from '@learnflow/tutor';
import type { BackgroundChecks } from './background-checks.ts';
import { checkDraft } from './check-draft.ts';
import {
  createDraft,
  describeDraft,
  draftOf,
  listDrafts,
  previewDraft,
  updateDraft,
} from './exercise-drafts.ts';
import { publishDraft } from './publish-draft.ts';

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  429: ErrorBodySchema,
  503: ErrorBodySchema,
};
const tags = ['authoring'];

/** Teachers write exercises, check their tests against mutants and publish them to a class. */
export function authoringRoutes(app: App, deps: ServiceDeps, checks: BackgroundChecks): void {
  const teacher = async (request: Parameters<typeof deps.auth.require>[0]) =>
    (await deps.auth.require(request, 'teacher')).id;
  app.get(
    '/api/teacher/exercises',
    { schema: { tags, response: { 200: ExerciseDraftListSchema, ...errors } } },
    async (request) => listDrafts(deps, await teacher(request)),
  );
  app.post(
    '/api/teacher/exercises',
    { schema: { tags, body: AuthoredExerciseBodySchema, response: { 201: ExerciseDraftSchema, ...errors } } },
    async (request, reply) =>
      reply.code(201).send(await createDraft(deps, await teacher(request), request.body)),
  );
  app.post(
    '/api/teacher/proposed-tests',
    {
      schema: {
        tags,
        description:
          "Proposes a test per input (a call such as `add(2, 3)`, or a program's stdin) with the expected value computed by running the reference solution in the sandbox.",
        body: ProposeTestsBodySchema,
        response: { 200: ProposedTestsSchema, ...errors },
      },
    },
    async (request) => {
      await teacher(request);
      const sandbox = await deps.resources.get(sandboxResource);
      return proposeTests(sandbox, request.body.solution, request.body.inputs);
    },
  );
  app.get(
    '/api/teacher/exercises/:id',
    { schema: { tags, params: DraftParamsSchema, response: { 200: ExerciseDraftSchema, ...errors } } },
    async (request) =>
      describeDraft(deps.db, await draftOf(deps.db, await teacher(request), request.params.id)),
  );
  app.put(
    '/api/teacher/exercises/:id',
    {
      schema: {
        tags,
        params: DraftParamsSchema,
        body: AuthoredExerciseBodySchema,
        response: { 200: ExerciseDraftSchema, 409: ErrorBodySchema, ...errors },
      },
    },
    async (request) => updateDraft(deps, await teacher(request), request.params.id, request.body),
  );
  app.get(
    '/api/teacher/exercises/:id/preview',
    {
      schema: {
        tags,
        description: 'The exercise exactly as a student will see it (no solution, no hidden test).',
        params: DraftParamsSchema,
        response: { 200: ExerciseDetailSchema, ...errors },
      },
    },
    async (request) => previewDraft(deps, await teacher(request), request.params.id),
  );
  app.post(
    '/api/teacher/exercises/:id/check',
    {
      schema: {
        tags,
        description:
          'Starts the mutant check of the tests (wrong versions of the reference that they should fail) and answers at once; poll GET /api/teacher/exercises/{id} until `check.status` is `done`.',
        params: DraftParamsSchema,
        response: { 202: ExerciseDraftSchema, 422: ErrorBodySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await checkDraft(deps, checks, await teacher(request), request.params.id)),
  );
  app.post(
    '/api/teacher/exercises/:id/publish',
    {
      schema: {
        tags,
        params: DraftParamsSchema,
        body: PublishDraftBodySchema,
        response: { 200: ExerciseDraftSchema, 409: ErrorBodySchema, 422: ErrorBodySchema, ...errors },
      },
    },
    async (request) =>
      publishDraft(deps, await teacher(request), request.params.id, request.body, request.id),
  );
}
