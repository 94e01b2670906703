import type { Curriculum, Progress } from '../api/types.ts';
import { Link } from '../router/router.tsx';
import { MasteryMeter } from '../ui/mastery-meter.tsx';
import { masteryOf } from './progress-model.ts';

type Module = Curriculum['modules'][number];

/** One module of the curriculum with its topics and the student's mastery of each. */
export function ModuleCard({ module, progress }: { module: Module; progress: Progress | undefined }) {
  return (
    <li className="card module-card">
      <h3>
        <span className="module-order">Module {module.order}</span> {module.title}
      </h3>
      <ul className="topic-list">
        {module.topics.map((topic) => {
          const { mastery, level } = masteryOf(progress, topic.slug);
          return (
            <li key={topic.slug} className="topic-row" data-topic={topic.slug}>
              <Link href={`/learn/topics/${topic.slug}`} className="topic-link">
                {topic.title}
              </Link>
              <MasteryMeter mastery={mastery} level={level} label={topic.title} />
            </li>
          );
        })}
      </ul>
    </li>
  );
}
