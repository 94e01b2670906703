import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.ts';
import { loadConfig } from './load-config.ts';
import { PlatformConfigSchema } from './platform-config.ts';

describe('loadConfig', () => {
  it('applies the embedded defaults', () => {
    const config = loadConfig(PlatformConfigSchema, {});
    expect(config.LEARNFLOW_GATEWAY_PORT).toBe(8180);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.LEARNFLOW_SEED_DEMO).toBe(true);
  });

  it('names the bad variable and its value', () => {
    const attempt = () => loadConfig(PlatformConfigSchema, { LEARNFLOW_GATEWAY_PORT: 'eighty' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/LEARNFLOW_GATEWAY_PORT="eighty"/);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig(PlatformConfigSchema, { KAFKA_BROKERS: 'not a list', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.split('=')[0])).toEqual([
        'KAFKA_BROKERS',
        'LOG_LEVEL',
      ]);
    }
  });

  it('.env.example lists every variable of the schema', () => {
    const example = readFileSync(new URL('../../../../.env.example', import.meta.url), 'utf8');
    const listed = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    for (const name of Object.keys(PlatformConfigSchema.shape)) expect(listed, name).toContain(name);
  });
});
