import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildAsyncApi } from './asyncapi.ts';
import { EVENT_PAYLOADS } from './events.ts';
import { allTopicNames, consumerGroups, deadLetterTopicOf, TOPICS } from './topics.ts';

describe('topic catalog', () => {
  it('gives every topic a payload schema and a dead-letter topic to every group', () => {
    for (const topic of Object.values(TOPICS)) expect(EVENT_PAYLOADS[topic.name], topic.name).toBeDefined();
    for (const group of consumerGroups()) expect(allTopicNames()).toContain(`dlq.${group}`);
    expect(new Set(allTopicNames()).size).toBe(allTopicNames().length);
  });

  it('covers every flow of the architecture', () => {
    const names = Object.values(TOPICS).map((t) => t.name);
    for (const flow of [
      'learning.',
      'concepts.',
      'debug.',
      'code.submissions',
      'code.execution.results',
      'exercise.requests',
      'exercise.assignments',
      'classroom.rosters',
      'classroom.classes',
      'account.changes',
      'exercise.catalog',
      'exercise.graded',
      'progress.events',
      'progress.updates',
      'struggle.detected',
      'alert.changes',
      'notifications',
    ]) {
      expect(
        names.some((n) => n.startsWith(flow)),
        flow,
      ).toBe(true);
    }
  });
});

describe('docs/asyncapi.yaml', () => {
  it('is the document generated from the catalog (run `npm run asyncapi` after changing it)', () => {
    const committed = parse(readFileSync(new URL('../../../docs/asyncapi.yaml', import.meta.url), 'utf8'));
    expect(committed).toEqual(buildAsyncApi());
  });
});

describe('deadLetterTopicOf', () => {
  it("gives a service's extra and broadcast groups the service's dead-letter topic", () => {
    expect(deadLetterTopicOf('triage')).toBe('dlq.triage');
    expect(deadLetterTopicOf('websocket.vm-4242-a1b2c3')).toBe('dlq.websocket');
    expect(deadLetterTopicOf('api-gateway.chat-store')).toBe('dlq.api-gateway');
    expect(deadLetterTopicOf('triageX')).toBe('dlq.triageX');
    expect(deadLetterTopicOf('contract-1234-a')).toBe('dlq.contract-1234-a');
  });
});
