import { apiGateway } from '@learnflow/api-gateway';
import { conceptsAgent } from '@learnflow/concepts-agent';
import type { ServiceDefinition } from '@learnflow/platform';
import { triage } from '@learnflow/triage';
import { websocketService } from '@learnflow/websocket';

/** Every service LearnFlow runs; `learnflow up` mounts all of them, `serve <id>` one. */
export const SERVICES: readonly ServiceDefinition[] = [apiGateway, conceptsAgent, triage, websocketService];

export const serviceById = (id: string) => SERVICES.find((s) => s.id === id);
