/**
 * The topic catalog: the one source of truth for every topic, who produces it and who
 * consumes it. Dead-letter topics are derived from the consumer groups.
 */
export const TOPICS = {
  learningRequests: {
    name: 'learning.requests',
    description: 'A student asks the tutor something (chat message, optional code, topic).',
    producers: ['api-gateway'],
    consumers: ['triage', 'classroom'],
  },
  conceptsRequests: {
    name: 'concepts.requests',
    description: 'Triage routed a question about a concept, with the student context.',
    producers: ['triage'],
    consumers: ['concepts-agent'],
  },
  debugRequests: {
    name: 'debug.requests',
    description: 'Triage routed an error or traceback to explain.',
    producers: ['triage'],
    consumers: ['debug-agent'],
  },
  codeSubmissions: {
    name: 'code.submissions',
    description: 'Code sent for review from the chat (the review route answers over HTTP).',
    producers: ['triage'],
    consumers: ['code-review-agent'],
  },
  learningResponses: {
    name: 'learning.responses',
    description: 'A tutor answer, whole or as streamed deltas.',
    producers: ['triage', 'concepts-agent', 'debug-agent', 'code-review-agent', 'exercise-agent'],
    consumers: ['websocket', 'api-gateway', 'classroom'],
  },
  codeExecutionResults: {
    name: 'code.execution.results',
    description: 'The outcome of a sandbox run (`POST /api/execute`).',
    producers: ['code-execution'],
    consumers: ['progress', 'triage', 'exercise-agent', 'debug-agent', 'classroom', 'notification'],
  },
  exerciseRequests: {
    name: 'exercise.requests',
    description: 'A student asked the tutor for practice: answer with an exercise fitted to their mastery.',
    producers: ['triage'],
    consumers: ['exercise-agent'],
  },
  exerciseAssignments: {
    name: 'exercise.assignments',
    description: 'A teacher assigned an exercise to a student (one event per new assignment).',
    producers: ['classroom'],
    consumers: ['notification', 'exercise-agent'],
  },
  classroomRosters: {
    name: 'classroom.rosters',
    description: "A student joined or left a teacher's class.",
    producers: ['classroom'],
    consumers: ['notification', 'progress', 'api-gateway', 'exercise-agent'],
  },
  classroomClasses: {
    name: 'classroom.classes',
    description: 'A teacher made, renamed or deleted a class (its id, teacher and name).',
    producers: ['classroom'],
    consumers: ['exercise-agent'],
  },
  accountChanges: {
    name: 'account.changes',
    description: 'An account was made or its role changed (name, email, role, time zone), or it was deleted.',
    producers: ['api-gateway'],
    consumers: ['progress', 'notification', 'classroom'],
  },
  exerciseCatalog: {
    name: 'exercise.catalog',
    description: 'An exercise was added to the catalog: generated, or published by a teacher to a class.',
    producers: ['exercise-agent'],
    consumers: ['progress', 'notification', 'classroom'],
  },
  exerciseGraded: {
    name: 'exercise.graded',
    description: "A student's submission was graded.",
    producers: ['exercise-agent'],
    consumers: ['progress', 'classroom', 'notification'],
  },
  progressEvents: {
    name: 'progress.events',
    description: 'Learning activity: quiz attempts, reviews, struggle signals from chat, topic views.',
    producers: ['exercise-agent', 'code-review-agent', 'debug-agent', 'triage'],
    consumers: ['progress', 'notification', 'classroom'],
  },
  progressUpdates: {
    name: 'progress.updates',
    description: 'A student mastery or streak changed.',
    producers: ['progress'],
    consumers: ['websocket', 'triage', 'exercise-agent', 'classroom'],
  },
  struggleDetected: {
    name: 'struggle.detected',
    description: 'A student is struggling (one event per episode).',
    producers: ['progress'],
    consumers: ['notification'],
  },
  alertChanges: {
    name: 'alert.changes',
    description:
      "An alert was raised, or a teacher resolved it: what classroom's views of a student show of it.",
    producers: ['notification'],
    consumers: ['classroom'],
  },
  notifications: {
    name: 'notifications',
    description: 'An alert for a teacher or a notice for a student, for live delivery.',
    producers: ['notification'],
    consumers: ['websocket'],
  },
} as const;

export type TopicKey = keyof typeof TOPICS;
export type TopicName = (typeof TOPICS)[TopicKey]['name'];

/** Every consumer group named in the catalog (a service id is its group). */
export const consumerGroups = (): string[] =>
  [...new Set(Object.values(TOPICS).flatMap((t) => t.consumers as readonly string[]))].sort();

/**
 * The dead-letter topic of a consumer group. A service's extra groups (`<service>.<name>`,
 * broadcast `<service>.<instance>`) share their service's `dlq.<service>`.
 */
export const deadLetterTopicOf = (group: string) => {
  const service = consumerGroups().find((g) => group === g || group.startsWith(`${g}.`));
  return `dlq.${service ?? group}`;
};

/** Every topic the broker must hold: the catalog plus one dead-letter topic per consumer group. */
export const allTopicNames = (): string[] => [
  ...Object.values(TOPICS).map((t) => t.name),
  ...consumerGroups().map(deadLetterTopicOf),
];
