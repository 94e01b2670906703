import { TOPICS, type TopicName } from '@learnflow/contracts';
import type { ServiceDefinition } from '@learnflow/platform';

/** One catalog topic: who publishes on it and who consumes it (service ids, sorted). */
export interface Flow {
  topic: TopicName;
  producers: string[];
  consumers: string[];
}

/** Every catalog topic's flow as the catalog (`TOPICS`) states it. */
export const catalogFlows = (): Flow[] =>
  Object.values(TOPICS).map((t) => ({
    topic: t.name,
    producers: [...t.producers].sort(),
    consumers: [...t.consumers].sort(),
  }));

/** Every catalog topic's flow as the service definitions declare it: `publishes` and subscription topics. */
export const declaredFlows = (services: readonly ServiceDefinition[]): Flow[] =>
  Object.values(TOPICS).map(({ name }) => ({
    topic: name,
    producers: services
      .filter((s) => s.publishes.includes(name))
      .map((s) => s.id)
      .sort(),
    consumers: services
      .filter((s) => (s.subscriptions ?? []).some((sub) => sub.topics.includes(name)))
      .map((s) => s.id)
      .sort(),
  }));
