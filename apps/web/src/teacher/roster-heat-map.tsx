import { levelOf } from '@learnflow/contracts/mastery-level';
import type { Curriculum, Roster } from '../api/types.ts';
import { Link } from '../router/router.tsx';
import { levelClass } from '../ui/level.ts';

/** Students (rows) x topics (columns), each cell coloured by level and showing the mastery number. */
export function RosterHeatMap({ roster, curriculum }: { roster: Roster; curriculum: Curriculum }) {
  const topics = curriculum.modules.flatMap((m) => m.topics.map((t) => ({ ...t, module: m })));
  if (roster.students.length === 0) return <p className="muted">No students in your classes yet.</p>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the wide table scrolls: keyboard users must reach it
    <section className="heat-map-scroll" tabIndex={0} aria-label="Mastery heat map, scrolls sideways">
      <table className="heat-map" data-testid="heat-map">
        <caption className="sr-only">Mastery of each student in each topic (0 to 100)</caption>
        <thead>
          <tr>
            <td />
            {curriculum.modules.map((m) => (
              <th key={m.slug} scope="colgroup" colSpan={m.topics.length} className="module-head">
                {m.title}
              </th>
            ))}
            <td />
          </tr>
          <tr>
            <th scope="col" className="student-col">
              Student
            </th>
            {topics.map((t) => (
              <th key={t.slug} scope="col" className="topic-head" title={t.title}>
                <span>{t.title}</span>
              </th>
            ))}
            <th scope="col">Average</th>
          </tr>
        </thead>
        <tbody>
          {roster.students.map((student) => {
            const bySlug = new Map(student.mastery.map((m) => [m.topic, m]));
            return (
              <tr key={student.id} data-student={student.name}>
                <th scope="row" className="student-col">
                  <Link href={`/teacher/students/${student.id}`}>{student.name}</Link>
                  {student.openAlerts > 0 && (
                    <span className="badge alert-badge" title={`${student.openAlerts} open alerts`}>
                      {student.openAlerts} <span className="sr-only">open alerts</span>
                    </span>
                  )}
                </th>
                {topics.map((t) => {
                  const cell = bySlug.get(t.slug);
                  const level = cell?.level ?? levelOf(0);
                  return (
                    <td
                      key={t.slug}
                      className={`heat-cell ${cell ? levelClass(level) : 'not-started'}`}
                      title={`${student.name} · ${t.title}: ${cell ? `${cell.mastery} (${level})` : 'not started'}`}
                    >
                      {cell ? (
                        cell.mastery
                      ) : (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="sr-only">not started</span>
                        </>
                      )}
                      {cell && <span className="sr-only"> {level}</span>}
                    </td>
                  );
                })}
                <td className="average">{Math.round(student.averageMastery)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
