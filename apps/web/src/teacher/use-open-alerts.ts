import { useCallback, useState } from 'react';
import type { Alert } from '../api/types.ts';
import { useLiveFrame } from '../live/use-live-frame.ts';
import { useApi } from '../session/session-context.tsx';
import { useAsync } from '../ui/use-async.ts';
import { addAlert, alertFromFrame } from './alert-model.ts';

/** The teacher's open alerts, with new ones arriving live (`alert.created`). */
export function useOpenAlerts(onNew?: (alert: Alert) => void) {
  const api = useApi();
  const alerts = useAsync(async () => (await api.alerts('open')).alerts, [api]);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());

  useLiveFrame('alert.created', (frame) => {
    const alert = alertFromFrame(frame.data);
    alerts.setData((list) => addAlert(list ?? [], alert));
    setFresh((set) => new Set([...set, alert.id]));
    onNew?.(alert);
  });

  const resolve = useCallback(
    async (alert: Alert) => {
      await api.resolveAlert(alert.id);
      alerts.setData((list) => list?.filter((a) => a.id !== alert.id));
    },
    [api, alerts.setData],
  );
  return { ...alerts, fresh, resolve };
}
