import { apiGateway } from '@learnflow/api-gateway';
import { conceptsAgent } from '@learnflow/concepts-agent';
import type { ServiceDefinition } from '@learnflow/platform';
import { websocketService } from '@learnflow/websocket';

/** Every service LearnFlow runs; `learnflow up` mounts all of them, `serve <id>` one. */
export const SERVICES: readonly ServiceDefinition[] = [apiGateway, conceptsAgent, websocketService];

export const serviceById = (id: string) => SERVICES.find((s) => s.id === id);
