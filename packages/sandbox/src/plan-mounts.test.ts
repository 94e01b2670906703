import { describe, expect, it } from 'vitest';
import { inspectPython, parseLdd } from './inspect-python.ts';
import { planMounts } from './plan-mounts.ts';

describe('planMounts', () => {
  it('shows the interpreter read-only, hides site-packages and nothing of the project or homes', async () => {
    const inspected = await inspectPython('python3');
    if (!inspected.ok) throw new Error(inspected.problem);
    const { install } = inspected;
    const args = planMounts(install);
    const binds = args.flatMap((arg, index) => (arg === '--ro-bind' ? [args[index + 1] ?? ''] : []));
    expect(args).not.toContain('--bind');
    expect(
      binds.some((path) => install.executable === path || install.executable.startsWith(`${path}/`)),
    ).toBe(true);
    for (const path of binds) {
      expect(path).not.toMatch(/^\/(work|home|proc|sys|run|var)(\/|$)/);
      expect(['/', '/root', '/usr', '/usr/lib', '/etc']).not.toContain(path);
    }
    for (const site of install.sitePackages.filter((dir) =>
      binds.some((path) => dir.startsWith(`${path}/`)),
    )) {
      expect(args.join(' ')).toContain(`--tmpfs ${site} --remount-ro ${site}`);
    }
  });
});

describe('parseLdd', () => {
  it('reads resolved libraries and the loader, skipping headers', () => {
    const output = [
      '/usr/bin/python3.11:',
      '\tlinux-vdso.so.1 (0x00007ffd)',
      '\tlibm.so.6 => /lib/x86_64-linux-gnu/libm.so.6 (0x00007f1)',
      '\t/lib64/ld-linux-x86-64.so.2 (0x00007f2)',
      '/x/_ssl.so:',
      '\tlibssl.so.3 => /lib/x86_64-linux-gnu/libssl.so.3 (0x00007f3)',
    ].join('\n');
    expect(parseLdd(output)).toEqual([
      '/lib/x86_64-linux-gnu/libm.so.6',
      '/lib64/ld-linux-x86-64.so.2',
      '/lib/x86_64-linux-gnu/libssl.so.3',
    ]);
  });
});
