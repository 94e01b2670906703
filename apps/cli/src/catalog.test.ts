import { readFileSync } from 'node:fs';
import { TOPICS } from '@learnflow/contracts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { architectureTables } from './architecture-tables.ts';
import { catalogFlows, declaredFlows } from './flows.ts';
import { SERVICES } from './services.ts';

const doc = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');

/** The catalog, the service definitions and the generated docs tell the same flows. */
describe('the topic catalog against the services', () => {
  const declared = declaredFlows(SERVICES);

  it("names each topic's producers and consumers exactly as the service definitions declare them", () => {
    expect(catalogFlows()).toEqual(declared);
  });

  it('has no dead topic: each one has a producer and a consumer among the services', () => {
    const dead = declared
      .filter((flow) => flow.producers.length === 0 || flow.consumers.length === 0)
      .map((flow) => flow.topic);
    expect(dead).toEqual([]);
  });

  it('is what docs/asyncapi.yaml says (run `npm run asyncapi` after changing it)', () => {
    const channels: Record<string, { address: string; 'x-producers'?: string[]; 'x-consumers'?: string[] }> =
      parse(doc('asyncapi.yaml')).channels;
    const documented = Object.values(channels)
      .filter((channel) => channel['x-producers'] !== undefined)
      .map((channel) => ({
        topic: channel.address,
        producers: [...(channel['x-producers'] ?? [])].sort(),
        consumers: [...(channel['x-consumers'] ?? [])].sort(),
      }));
    expect(documented).toEqual(declared);
    expect(documented.map((flow) => flow.topic)).toEqual(Object.values(TOPICS).map((t) => t.name));
  });

  it('is what the tables of docs/architecture.md say (run `npm run docs:architecture` after changing it)', () => {
    expect(doc('architecture.md')).toContain(architectureTables(SERVICES));
  });
});
