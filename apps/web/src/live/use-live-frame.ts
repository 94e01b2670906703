import { useEffect, useRef } from 'react';
import { useSession } from '../session/session-context.tsx';
import type { LiveFrameOf, LiveFrameType } from './live-socket.ts';

/** Calls `handler` for every live frame of `type` while the component is mounted. */
export function useLiveFrame<T extends LiveFrameType>(
  type: T,
  handler: (frame: LiveFrameOf<T>) => void,
): void {
  const { live } = useSession();
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    if (!live) return;
    return live.on(type, (frame) => ref.current(frame));
  }, [live, type]);
}
