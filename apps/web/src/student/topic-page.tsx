import { useRef } from 'react';
import { LazyWorkspace } from '../editor/lazy-workspace.tsx';
import type { WorkspaceHandle } from '../editor/workspace.tsx';
import { useLiveFrame } from '../live/use-live-frame.ts';
import { QuizPanel } from '../quiz/quiz-panel.tsx';
import { Link } from '../router/router.tsx';
import { useApi } from '../session/session-context.tsx';
import { MasteryMeter } from '../ui/mastery-meter.tsx';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { useAsync } from '../ui/use-async.ts';
import { useTitle } from '../ui/use-title.ts';
import { LessonView } from './lesson-view.tsx';
import { applyProgressUpdate, masteryOf } from './progress-model.ts';
import { TopicExercises } from './topic-exercises.tsx';

const STARTER = '# Write some Python and press Run (or Ctrl+Enter).\nprint("Hello, LearnFlow!")\n';

/** A topic: its lesson beside a workspace with the tutor, then its exercises and quiz. */
export function TopicPage({ slug }: { slug: string }) {
  const api = useApi();
  const topic = useAsync(() => api.topic(slug), [api, slug]);
  const progress = useAsync(() => api.progress(), [api]);
  const workspace = useRef<WorkspaceHandle>(null);
  useTitle(topic.data?.title);

  useLiveFrame('progress.updated', (frame) => {
    progress.setData((current) => applyProgressUpdate(current, frame.data));
  });

  if (topic.loading && !topic.data) return <Loading label="Loading the lesson…" />;
  if (!topic.data)
    return (
      <div className="page narrow">
        <ErrorNotice error={topic.error} onRetry={topic.reload} />
        <Link href="/learn">Back to the dashboard</Link>
      </div>
    );
  const { title, lesson, module } = topic.data;
  const { mastery, level } = masteryOf(progress.data, slug);
  const loadCode = (code: string) => workspace.current?.loadCode(code);

  return (
    <div className="page topic-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/learn">Dashboard</Link> <span aria-hidden="true">›</span> {module.title}
      </nav>
      <header className="page-header topic-header">
        <h1>{title}</h1>
        <div className="topic-mastery" data-testid="topic-mastery">
          <span className="muted">Your mastery</span>
          <MasteryMeter mastery={mastery} level={level} label={title} />
        </div>
      </header>
      <div className="topic-layout">
        <div className="topic-main">
          {lesson ? (
            <LessonView lesson={lesson} onLoadCode={loadCode} />
          ) : (
            <p className="notice">
              The lesson for this topic is not written yet. Ask the tutor about {title.toLowerCase()}.
            </p>
          )}
          <TopicExercises topic={slug} />
          <QuizPanel topic={slug} mastery={{ mastery, level }} onAttempt={progress.reload} />
        </div>
        <aside className="topic-side" aria-label="Try it">
          <LazyWorkspace
            ref={workspace}
            initialCode={lesson?.examples[0]?.code ?? STARTER}
            topic={slug}
            storageKey={`topic.${slug}`}
            suggestions={[
              `Explain ${title.toLowerCase()} with an example.`,
              `What mistakes do beginners make with ${title.toLowerCase()}?`,
            ]}
          />
        </aside>
      </div>
    </div>
  );
}
