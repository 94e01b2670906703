import { useState } from 'react';
import { messageOf } from '../api/api-error.ts';
import type { Alert } from '../api/types.ts';
import { Link } from '../router/router.tsx';
import { timeAgo } from '../ui/time-ago.ts';
import { detailsLine, triggerLabel } from './alert-labels.ts';

export interface AlertListProps {
  alerts: Alert[];
  /** Ids that arrived live since the page loaded: they glow. */
  fresh: ReadonlySet<string>;
  topicTitle: (slug: string) => string;
  onResolve: (alert: Alert) => Promise<void>;
  /** Hide the "View student" link (on that student's own page). */
  showStudentLink?: boolean;
  focusId?: string | null;
}

/** Open struggle alerts, newest first, each with its student, topic, cause and a Resolve button. */
export function AlertList({
  alerts,
  fresh,
  topicTitle,
  onResolve,
  showStudentLink = true,
  focusId,
}: AlertListProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const resolve = async (alert: Alert) => {
    setBusy(alert.id);
    setErrors(({ [alert.id]: _drop, ...rest }) => rest);
    try {
      await onResolve(alert);
    } catch (error) {
      setErrors((e) => ({ ...e, [alert.id]: messageOf(error) }));
    } finally {
      setBusy(null);
    }
  };
  if (alerts.length === 0) return <p className="muted">No open alerts. Everyone is on track.</p>;
  return (
    <ul className="alert-list">
      {alerts.map((alert) => (
        <li
          key={alert.id}
          className={`alert-item ${fresh.has(alert.id) ? 'fresh' : ''} ${focusId === alert.id ? 'focused' : ''}`}
          data-testid="alert"
          data-student={alert.student.name}
        >
          <div className="alert-main">
            {fresh.has(alert.id) && <span className="badge new-badge">New</span>}
            <strong>{alert.student.name}</strong>
            {alert.topic && <> · {topicTitle(alert.topic)}</>}
            <p className="alert-trigger">{triggerLabel(alert.trigger)}</p>
            {detailsLine(alert.details) && <p className="muted small">{detailsLine(alert.details)}</p>}
            <time className="muted small" dateTime={alert.createdAt}>
              {timeAgo(alert.createdAt)}
            </time>
          </div>
          <div className="alert-actions">
            {showStudentLink && (
              <Link
                href={`/teacher/students/${alert.student.id}?alert=${alert.id}`}
                className="button small primary"
              >
                View student
              </Link>
            )}
            <button
              type="button"
              className="button small"
              onClick={() => void resolve(alert)}
              disabled={busy === alert.id}
            >
              {busy === alert.id ? 'Resolving…' : 'Resolve'}
            </button>
          </div>
          {errors[alert.id] && (
            <p className="notice notice-error" role="alert">
              {errors[alert.id]}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
