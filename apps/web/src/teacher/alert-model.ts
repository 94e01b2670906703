import type { Alert } from '../api/types.ts';
import type { LiveFrameOf } from '../live/live-socket.ts';

/** An `alert.created` frame's data as the Alert the list holds. */
export function alertFromFrame({ alertId, ...alert }: LiveFrameOf<'alert.created'>['data']): Alert {
  return { id: alertId, ...alert, status: 'open', resolvedAt: null };
}

/** Adds a live alert on top, once. */
export function addAlert(list: Alert[], alert: Alert): Alert[] {
  return list.some((a) => a.id === alert.id) ? list : [alert, ...list];
}
