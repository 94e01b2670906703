import { useMemo } from 'react';
import { highlightPython } from './highlight-python.ts';

export interface CodeBlockProps {
  code: string;
  lang?: string;
  /** Shows a "Load into editor" button. */
  onLoad?: (code: string) => void;
  label?: string;
}

const PYTHON = new Set(['', 'python', 'py', 'python3']);

/** A highlighted, read-only block of code. */
export function CodeBlock({ code, lang = 'python', onLoad, label }: CodeBlockProps) {
  const python = PYTHON.has(lang);
  const lines = useMemo(() => (python ? highlightPython(code.replace(/\n$/, '')) : null), [code, python]);
  return (
    <div className="code-block">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a block that scrolls sideways must be reachable by keyboard */}
      <pre tabIndex={0} title={label}>
        <code>
          {lines
            ? lines.map((tokens, n) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their position
                <span className="code-line" key={n}>
                  {tokens.map((t, k) =>
                    t.className ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: tokens have no identity but their position
                      <span key={k} className={t.className}>
                        {t.text}
                      </span>
                    ) : (
                      t.text
                    ),
                  )}
                  {'\n'}
                </span>
              ))
            : code}
        </code>
      </pre>
      {onLoad && python && (
        <button type="button" className="button small code-block-load" onClick={() => onLoad(code)}>
          Load into editor
        </button>
      )}
    </div>
  );
}
