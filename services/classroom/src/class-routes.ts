import {
  ClassBodySchema,
  ClassParamsSchema,
  ClassStudentParamsSchema,
  ErrorBodySchema,
  ErrorGroupsQuerySchema,
  ErrorGroupsSchema,
  GradebookCsvSchema,
  GradebookQuerySchema,
  GradebookSchema,
  JoinClassBodySchema,
  JoinCodeBodySchema,
  JoinedClassSchema,
  TeacherClassListSchema,
  TeacherClassSchema,
} from '@learnflow/contracts';
import type { App, ServiceDeps } from '@learnflow/platform';
import { canvasCsv } from './canvas-csv.ts';
import { createClass, getClass, joinClass, listClasses, removeStudent, rotateJoinCode } from './classes.ts';
import { getErrorGroups } from './error-groups.ts';
import { getGradebook } from './gradebook.ts';

const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
};

/** Teachers make classes and hand out join codes; students join with a code. */
export function classRoutes(app: App, deps: ServiceDeps): void {
  app.get(
    '/api/teacher/classes',
    { schema: { tags: ['teacher'], response: { 200: TeacherClassListSchema, ...errors } } },
    async (request) => {
      const teacher = await deps.auth.require(request, 'teacher');
      return { classes: await listClasses(deps, teacher.id) };
    },
  );
  app.post(
    '/api/teacher/classes',
    {
      schema: { tags: ['teacher'], body: ClassBodySchema, response: { 201: TeacherClassSchema, ...errors } },
    },
    async (request, reply) => {
      const teacher = await deps.auth.require(request, 'teacher');
      return reply.code(201).send(await createClass(deps, teacher, request.body, request.id));
    },
  );
  app.get(
    '/api/teacher/classes/:id',
    {
      schema: {
        tags: ['teacher'],
        params: ClassParamsSchema,
        response: { 200: TeacherClassSchema, ...errors },
      },
    },
    async (request) => {
      const teacher = await deps.auth.require(request, 'teacher');
      return getClass(deps, teacher.id, request.params.id);
    },
  );
  app.post(
    '/api/teacher/classes/:id/join-code',
    {
      schema: {
        tags: ['teacher'],
        params: ClassParamsSchema,
        body: JoinCodeBodySchema,
        response: { 200: TeacherClassSchema, ...errors },
      },
    },
    async (request) => {
      const teacher = await deps.auth.require(request, 'teacher');
      return rotateJoinCode(deps, teacher.id, request.params.id, request.body.codeExpiresInDays);
    },
  );
  app.delete(
    '/api/teacher/classes/:id/students/:studentId',
    {
      schema: {
        tags: ['teacher'],
        params: ClassStudentParamsSchema,
        response: { 200: TeacherClassSchema, ...errors },
      },
    },
    async (request) => {
      const teacher = await deps.auth.require(request, 'teacher');
      return removeStudent(deps, teacher.id, request.params.id, request.params.studentId, request.id);
    },
  );
  app.get(
    '/api/teacher/classes/:id/error-groups',
    {
      schema: {
        tags: ['teacher'],
        description:
          "The same error met by two or more of the class's students in the last `hours` (24 by default).",
        params: ClassParamsSchema,
        querystring: ErrorGroupsQuerySchema,
        response: { 200: ErrorGroupsSchema, ...errors },
      },
    },
    async (request) => {
      const teacher = await deps.auth.require(request, 'teacher');
      return getErrorGroups(deps, teacher.id, request.params.id, request.query.hours);
    },
  );
  app.get(
    '/api/teacher/classes/:id/gradebook',
    {
      schema: {
        tags: ['teacher'],
        params: ClassParamsSchema,
        querystring: GradebookQuerySchema,
        response: { 200: GradebookSchema, ...errors },
      },
    },
    async (request) => {
      const teacher = await deps.auth.require(request, 'teacher');
      return getGradebook(deps, teacher.id, request.params.id, request.query.exerciseId);
    },
  );
  app.get(
    '/api/teacher/classes/:id/gradebook.csv',
    {
      schema: {
        tags: ['teacher'],
        description:
          'The gradebook as a CSV file in the Canvas gradebook import format (docs/gradebook-export.md).',
        params: ClassParamsSchema,
        querystring: GradebookQuerySchema,
        response: {
          200: {
            description: 'The CSV file.',
            content: { 'text/csv; charset=utf-8': { schema: GradebookCsvSchema } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const teacher = await deps.auth.require(request, 'teacher');
      const gradebook = await getGradebook(deps, teacher.id, request.params.id, request.query.exerciseId);
      const stem = gradebook.class.name.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '');
      const file = `${stem || 'class'}-gradebook.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file}"`)
        .send(canvasCsv(gradebook));
    },
  );
  app.post(
    '/api/classes/join',
    {
      schema: {
        tags: ['classes'],
        body: JoinClassBodySchema,
        response: { 201: JoinedClassSchema, ...errors },
      },
    },
    async (request, reply) => {
      const student = await deps.auth.require(request, 'student');
      return reply.code(201).send(await joinClass(deps, student, request.body.code, request.id));
    },
  );
}
