import type { Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { RUFF_SETTINGS } from './ruff-settings.ts';

/** Ruff, compiled to WASM, ready to check code with the review settings. */
export interface Ruff {
  workspace: Workspace;
  version: string;
  /** Milliseconds the first use cost: importing (the WASM compiles then), configuring, warming up. */
  loadMs: number;
}

// Touches the rules a review meets most, so their one-time set-up happens here, not in a request.
const WARM_UP = `import os
class Shape:
    def area(self, a=[]):
        for i in range(len(a)):
            if a[i] == None:
                return [x for x in a]
        try:
            pass
        except:
            pass
`;

let loading: Promise<Ruff> | undefined;

/**
 * Loads Ruff once per process, on first use. Importing the module compiles its 10 MB of WASM
 * synchronously and the first checks initialise each rule, a few hundred milliseconds in all,
 * so nothing pays for it until a review is asked for. Later checks take about a millisecond.
 */
export function loadRuff(): Promise<Ruff> {
  if (!loading) {
    loading = (async () => {
      const started = performance.now();
      const ruff = await import('@astral-sh/ruff-wasm-nodejs');
      const workspace = new ruff.Workspace(RUFF_SETTINGS, ruff.PositionEncoding.Utf16);
      workspace.check(WARM_UP);
      return { workspace, version: ruff.Workspace.version(), loadMs: performance.now() - started };
    })();
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}
