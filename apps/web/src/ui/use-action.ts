import { useState } from 'react';

/**
 * One button action at a time on a page: `busy` names the action running, `error` holds what the last one
 * threw (cleared when the next starts).
 */
export function useAction() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const act = async (key: string, run: () => Promise<void>) => {
    setBusy(key);
    setError(null);
    try {
      await run();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };
  return { act, busy, error };
}
