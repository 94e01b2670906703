import type { Lesson } from '../api/types.ts';
import { CodeBlock } from '../markdown/code-block.tsx';
import { InlineMarkdown, Markdown } from '../markdown/markdown.tsx';

/** A topic's lesson: summary, explanation, runnable examples, common mistakes and key terms. */
export function LessonView({ lesson, onLoadCode }: { lesson: Lesson; onLoadCode: (code: string) => void }) {
  return (
    <article className="lesson" aria-label="Lesson">
      <div className="lesson-summary">
        <Markdown source={lesson.summary} />
      </div>
      <Markdown source={lesson.explanation} onLoadCode={onLoadCode} />
      <h2>Examples</h2>
      <p className="muted">Load an example into the editor, run it, then change it and run it again.</p>
      {lesson.examples.map((example, n) => (
        <section
          key={example.title}
          className="example card"
          aria-labelledby={`example-${n}`}
          data-testid="lesson-example"
        >
          <h3 id={`example-${n}`}>
            <InlineMarkdown source={example.title} />
          </h3>
          <CodeBlock code={example.code} onLoad={onLoadCode} label={`Example: ${example.title}`} />
          {example.expectedOutput && (
            <>
              <h4 className="output-label">It prints</h4>
              <pre className="stdout small">{example.expectedOutput}</pre>
            </>
          )}
          <Markdown source={example.explanation} />
        </section>
      ))}
      <h2>Common mistakes</h2>
      <ul className="mistakes">
        {lesson.commonMistakes.map((m) => (
          <li key={m.mistake}>
            <p>
              <strong>Mistake:</strong> <InlineMarkdown source={m.mistake} />
            </p>
            <p>
              <strong>Fix:</strong> <InlineMarkdown source={m.fix} />
            </p>
          </li>
        ))}
      </ul>
      <h2>Key terms</h2>
      <dl className="key-terms">
        {lesson.keyTerms.map((t) => (
          <div key={t.term}>
            <dt>{t.term}</dt>
            <dd>
              <InlineMarkdown source={t.definition} />
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
