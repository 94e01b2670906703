import { apiGateway } from '@learnflow/api-gateway';
import { classroom } from '@learnflow/classroom';
import { codeExecution } from '@learnflow/code-execution';
import { codeReviewAgent } from '@learnflow/code-review-agent';
import { conceptsAgent } from '@learnflow/concepts-agent';
import { debugAgent } from '@learnflow/debug-agent';
import { exerciseAgent } from '@learnflow/exercise-agent';
import { notification } from '@learnflow/notification';
import type { ServiceDefinition } from '@learnflow/platform';
import { progress } from '@learnflow/progress';
import { triage } from '@learnflow/triage';
import { websocketService } from '@learnflow/websocket';

/** Every service LearnFlow runs; `learnflow up` mounts all of them, `serve <id>` one. */
export const SERVICES: readonly ServiceDefinition[] = [
  apiGateway,
  conceptsAgent,
  triage,
  codeReviewAgent,
  debugAgent,
  exerciseAgent,
  codeExecution,
  websocketService,
  progress,
  notification,
  classroom,
];

export const serviceById = (id: string) => SERVICES.find((s) => s.id === id);
