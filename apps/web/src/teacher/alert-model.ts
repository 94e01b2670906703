import type { Alert } from '../api/types.ts';

/** An `alert.created` frame's data as the Alert the list holds. */
export function alertFromFrame(data: unknown): Alert | null {
  const d = data as {
    alertId?: unknown;
    student?: { id?: unknown; name?: unknown };
    topic?: unknown;
    trigger?: unknown;
    details?: unknown;
    evidence?: unknown;
    createdAt?: unknown;
  } | null;
  if (typeof d?.alertId !== 'string' || typeof d.student?.id !== 'string' || typeof d.trigger !== 'string')
    return null;
  return {
    id: d.alertId,
    student: { id: d.student.id, name: typeof d.student.name === 'string' ? d.student.name : 'A student' },
    topic: typeof d.topic === 'string' ? d.topic : null,
    trigger: d.trigger,
    status: 'open',
    createdAt: typeof d.createdAt === 'string' ? d.createdAt : new Date().toISOString(),
    details:
      typeof d.details === 'object' && d.details !== null ? (d.details as Record<string, unknown>) : {},
    evidence: Array.isArray(d.evidence) ? (d.evidence as Alert['evidence']) : [],
    resolvedAt: null,
  };
}

/** Adds a live alert on top, once. */
export function addAlert(list: Alert[], alert: Alert): Alert[] {
  return list.some((a) => a.id === alert.id) ? list : [alert, ...list];
}
