import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readZipMember } from './read-zip-member.ts';

const dir = mkdtempSync(join(tmpdir(), 'zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A zip written by Python's zipfile, as a wheel is: one member stored, one deflated. */
function zipOf(members: Record<string, string>): Uint8Array {
  const file = join(dir, 'archive.zip');
  execFileSync('python3', [
    '-c',
    `import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    for i, (name, text) in enumerate(json.loads(sys.argv[2]).items()):
        z.writestr(name, text, compress_type=zipfile.ZIP_STORED if i == 0 else zipfile.ZIP_DEFLATED)`,
    file,
    JSON.stringify(members),
  ]);
  return new Uint8Array(readFileSync(file));
}

describe('readZipMember', () => {
  const zip = zipOf({ 'pkg/a.txt': 'stored as it is', 'pkg/model.onnx': 'deflated '.repeat(1000) });

  it('reads a stored and a deflated member', () => {
    expect(Buffer.from(readZipMember(zip, 'pkg/a.txt')).toString()).toBe('stored as it is');
    expect(Buffer.from(readZipMember(zip, 'pkg/model.onnx')).toString()).toBe('deflated '.repeat(1000));
  });

  it('says which member is missing, and when the bytes are not a zip', () => {
    expect(() => readZipMember(zip, 'pkg/none')).toThrow('pkg/none is not in the zip archive');
    expect(() => readZipMember(new TextEncoder().encode('<html>not found</html>'), 'x')).toThrow(
      'not a zip archive',
    );
  });
});
