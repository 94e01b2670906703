import { apiGateway } from '@learnflow/api-gateway';
import type { ServiceDefinition } from '@learnflow/platform';

/** Every service LearnFlow runs; `learnflow up` mounts all of them, `serve <id>` one. */
export const SERVICES: readonly ServiceDefinition[] = [apiGateway];

export const serviceById = (id: string) => SERVICES.find((s) => s.id === id);
