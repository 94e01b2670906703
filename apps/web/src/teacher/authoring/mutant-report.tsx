import type { DraftCheck } from '../../api/types.ts';
import { Loading } from '../../ui/status.tsx';

/** The last mutant check: running, or which wrong versions of the solution the tests let through. */
export function MutantReport({ check }: { check: DraftCheck }) {
  if (check.status === 'running')
    return <Loading label="Checking your tests against wrong versions of your solution…" />;
  if (check.status === 'failed' || !check.report)
    return (
      <p className="notice notice-error" role="alert">
        {check.problem ?? 'The check did not finish: check again.'}
      </p>
    );
  const { report } = check;
  const survivors = report.mutants.filter((m) => m.status === 'survived');
  return (
    <div className="mutant-report" data-testid="mutant-report">
      {!check.current && (
        <p className="notice" role="status">
          You changed the solution or the tests since this check: check again before publishing.
        </p>
      )}
      <p role="status">
        {report.mutants.length} wrong versions of your solution: {report.killed} caught by a test,{' '}
        {survivors.length === 0 ? 'none survive.' : `${survivors.length} survive every test.`}
      </p>
      {survivors.length > 0 && (
        <>
          <p className="muted small">
            A survivor is a wrong solution your tests accept: add a test it fails (often an edge case the
            prompt states), save and check again. One that behaves exactly like your solution cannot be
            caught.
          </p>
          <table className="survivors" aria-label="Surviving mutants">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Line</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {survivors.map((m) => (
                <tr key={m.id}>
                  <td>{m.kind}</td>
                  <td>{m.line}</td>
                  <td>{m.change}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
