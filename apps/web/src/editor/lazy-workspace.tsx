import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { Loading } from '../ui/status.tsx';
import type { WorkspaceProps } from './workspace.tsx';

// CodeMirror is most of the app's weight: it loads with the first page that has an editor.
const Workspace = lazy(() => import('./workspace.tsx').then((m) => ({ default: m.Workspace })));

/** The workspace, loaded on demand. */
export function LazyWorkspace(props: WorkspaceProps) {
  return (
    <ErrorBoundary title="The editor did not load.">
      <Suspense fallback={<Loading label="Loading the editor…" />}>
        <Workspace {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
