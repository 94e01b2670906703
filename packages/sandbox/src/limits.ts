import type { SandboxLimits } from './types.ts';

export const defaultLimits: SandboxLimits = {
  wallTimeMs: 5_000,
  cpuTimeMs: 5_000,
  memoryBytes: 50 * 1024 * 1024,
  outputBytes: 64 * 1024,
  processes: 32,
  fileSizeBytes: 8 * 1024 * 1024,
  openFiles: 64,
};

/** Size of each run's private temp dir (tmpfs). */
export const defaultTmpSizeBytes = 16 * 1024 * 1024;

const positive = (value: number | undefined) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;

/** `base` overridden by `wanted`; with `ceiling`, a value may only go down (a request cannot raise its sandbox's limits). */
export function resolveLimits(
  base: SandboxLimits,
  wanted: Partial<SandboxLimits> | undefined,
  ceiling?: SandboxLimits,
): SandboxLimits {
  const limits = { ...base };
  for (const key of Object.keys(base) as (keyof SandboxLimits)[]) {
    const value = positive(wanted?.[key]);
    if (value !== undefined) limits[key] = ceiling ? Math.min(value, ceiling[key]) : value;
  }
  return limits;
}
