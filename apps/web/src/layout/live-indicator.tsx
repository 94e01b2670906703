import { useSession } from '../session/session-context.tsx';

const LABEL = { open: 'Live', connecting: 'Connecting…', closed: 'Offline' } as const;

/** Whether live updates (tutor answers, alerts, progress) are flowing. */
export function LiveIndicator() {
  const { liveState } = useSession();
  return (
    <span className={`live-indicator live-${liveState}`} role="status" title="Live updates">
      <span className="live-dot" aria-hidden="true" />
      {LABEL[liveState]}
    </span>
  );
}
