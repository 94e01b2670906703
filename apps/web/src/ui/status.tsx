import { messageOf } from '../api/api-error.ts';

/** A polite "loading" line for screen readers and eyes. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** An API error's message, with a retry when one makes sense. */
export function ErrorNotice({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  if (!error) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>
        {title && <strong>{title} </strong>}
        {messageOf(error)}
      </p>
      {onRetry && (
        <button type="button" className="button small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
