import { useCallback, useEffect, useState } from 'react';
import type { Role } from '../api/types.ts';
import { useLiveFrame } from '../live/use-live-frame.ts';
import { Link, useLocation } from '../router/router.tsx';
import { triggerLabel } from '../teacher/alert-labels.ts';

interface Toast {
  id: string;
  text: string;
  href: string;
  action: string;
}

const TOAST_MS = 15_000;

/** New alerts (teachers), assignments and teachers' hints (students) announced on any page, without sound. */
export function LiveToasts({ role }: { role: Role }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const location = useLocation();
  const here = location.split('?')[0];
  const add = useCallback((toast: Toast) => {
    setToasts((list) => (list.some((t) => t.id === toast.id) ? list : [...list.slice(-3), toast]));
  }, []);
  const dismiss = (id: string) => setToasts((list) => list.filter((t) => t.id !== id));

  useLiveFrame('alert.created', ({ data }) => {
    if (role !== 'teacher') return;
    add({
      id: `alert-${data.alertId}`,
      text: `${data.student.name} needs help${data.topic ? ` with ${data.topic.replaceAll('-', ' ')}` : ''}: ${triggerLabel(data.trigger)}.`,
      href: `/teacher/students/${data.student.id}?alert=${data.alertId}`,
      action: 'Open',
    });
  });
  useLiveFrame('assignment.created', ({ data }) => {
    if (role !== 'student') return;
    add({
      id: `assignment-${data.assignmentId}`,
      text: `${data.assignedBy.name} assigned you "${data.title}".`,
      href: `/learn/exercises/${data.exerciseId}`,
      action: 'Start',
    });
  });
  useLiveFrame('teacher.hint', (frame) => {
    if (role !== 'student') return;
    const { from, message, topic } = frame.data;
    add({
      id: `hint-${frame.id}`,
      text: `${from.name}: ${message}`,
      href: topic ? `/learn/topics/${topic}` : '/learn',
      action: 'Open topic',
    });
  });

  useEffect(() => {
    if (toasts.length === 0) return;
    const timer = setTimeout(() => setToasts((list) => list.slice(1)), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toasts]);

  return (
    <section className="toasts" aria-live="polite" aria-label="Notifications">
      {toasts
        .filter((toast) => toast.href.split('?')[0] !== here)
        .map((toast) => (
          <div key={toast.id} className="toast">
            <p>{toast.text}</p>
            <div className="toast-actions">
              <Link href={toast.href} className="button small primary" onClick={() => dismiss(toast.id)}>
                {toast.action}
              </Link>
              <button
                type="button"
                className="button small ghost"
                onClick={() => dismiss(toast.id)}
                aria-label="Dismiss"
              >
                ✕
              </button>
            </div>
          </div>
        ))}
    </section>
  );
}
