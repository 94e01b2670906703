import { describe, expect, it } from 'vitest';
import { seccompFilter } from './seccomp-filter.ts';

describe('seccompFilter', () => {
  it.each(['x64', 'arm64'])('builds a program for %s that ends in returns', (arch) => {
    const filter = seccompFilter(arch);
    expect(filter).not.toBeNull();
    const program = filter as Buffer;
    expect(program.length % 8).toBe(0);
    const count = program.length / 8;
    const last = program.readUInt16LE((count - 1) * 8);
    expect(last).toBe(0x06);
    for (let index = 0; index < count; index++) {
      const code = program.readUInt16LE(index * 8);
      if ((code & 0x07) !== 0x05) continue;
      expect(index + 1 + program.readUInt8(index * 8 + 2)).toBeLessThan(count);
      expect(index + 1 + program.readUInt8(index * 8 + 3)).toBeLessThan(count);
    }
  });

  it('checks the architecture first', () => {
    const program = seccompFilter('x64') as Buffer;
    expect(program.readUInt32LE(4)).toBe(4);
    expect(program.readUInt32LE(12)).toBe(0xc000003e);
  });

  it('has no program for an unknown architecture', () => {
    expect(seccompFilter('mips')).toBeNull();
  });
});
