import type { ReactNode, Ref } from 'react';
import type { ExerciseDetail } from '../api/practice-types.ts';
import { LazyWorkspace } from '../editor/lazy-workspace.tsx';
import type { WorkspaceHandle } from '../editor/workspace.tsx';
import { Markdown } from '../markdown/markdown.tsx';
import { HintsPanel } from './hints-panel.tsx';

export interface ExerciseViewProps {
  exercise: ExerciseDetail;
  /** Above the title (the student's breadcrumb, the teacher's preview banner). */
  top?: ReactNode;
  workspace?: Ref<WorkspaceHandle>;
  /** Keeps the code across reloads under this key. */
  storageKey: string;
  /** More buttons beside Run (Submit). */
  actions?: ReactNode;
  /** Under the run output (the submission's result). */
  children?: ReactNode;
}

/** An exercise as a student sees it: prompt, visible tests and hints beside the workspace. */
export function ExerciseView({ exercise, top, workspace, storageKey, actions, children }: ExerciseViewProps) {
  const { id, title, prompt, starterCode, difficulty, topic, best, visibleTests } = exercise;
  return (
    <div className="page exercise-page">
      {top}
      <header className="page-header">
        <h1>{title}</h1>
        <span className={`difficulty difficulty-${difficulty}`}>{difficulty}</span>
      </header>
      <div className="topic-layout">
        <div className="topic-main">
          <section className="prompt card" aria-label="What to do">
            <Markdown source={prompt} />
            {visibleTests.length > 0 && (
              <>
                <h2 className="output-label">Tests your code must pass</h2>
                <ul className="visible-tests">
                  {visibleTests.map((t) => (
                    <li key={t.name}>{t.name}</li>
                  ))}
                </ul>
                <p className="muted small">Some hidden tests check more cases.</p>
              </>
            )}
            {best && (
              <p className="muted small">
                Your best so far: {best.score}/100{best.passed ? ' (solved)' : ''}.
              </p>
            )}
          </section>
          <HintsPanel exerciseId={id} unlocked={exercise.hints} total={exercise.hintsTotal} />
        </div>
        <aside className="topic-side" aria-label="Your solution">
          <LazyWorkspace
            ref={workspace}
            initialCode={starterCode}
            topic={topic}
            exerciseId={id}
            storageKey={storageKey}
            suggestions={['How should I start?', 'What does the prompt ask for?']}
            actions={actions}
          >
            {children}
          </LazyWorkspace>
        </aside>
      </div>
    </div>
  );
}
