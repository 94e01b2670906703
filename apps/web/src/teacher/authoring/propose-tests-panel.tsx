import { useState } from 'react';
import type { AuthoredTest, ProposedTests } from '../../api/types.ts';
import { useApi } from '../../session/session-context.tsx';
import { ErrorNotice } from '../../ui/status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { parseInputs } from './draft-form.ts';

export interface ProposeTestsPanelProps {
  solution: string;
  onAdd(test: AuthoredTest): void;
}

/** Inputs in, tests out: the reference solution runs on each input in the sandbox and its result is the expected value. */
export function ProposeTestsPanel({ solution, onAdd }: ProposeTestsPanelProps) {
  const api = useApi();
  const [kind, setKind] = useState<'call' | 'stdin'>('call');
  const [text, setText] = useState('');
  const [proposed, setProposed] = useState<ProposedTests['proposals']>([]);
  const [added, setAdded] = useState<Set<number>>(new Set());
  const { act, busy, error } = useAction();
  const propose = () =>
    act('propose', async () => {
      setProposed((await api.proposeTests(solution, parseInputs(text, kind))).proposals);
      setAdded(new Set());
    });
  return (
    <section className="form card" aria-label="Propose tests">
      <h2>Propose tests from inputs</h2>
      <p className="muted small">
        Your reference solution runs on each input in the sandbox; its answer becomes the expected value.
        Check each proposal before you add it: it tests what your solution does.
      </p>
      <div>
        <label className="inline">
          <input type="radio" name="input-kind" checked={kind === 'call'} onChange={() => setKind('call')} />
          Function calls, one per line
        </label>
        <label className="inline">
          <input
            type="radio"
            name="input-kind"
            checked={kind === 'stdin'}
            onChange={() => setKind('stdin')}
          />
          Program input, one run per block (blank line between runs)
        </label>
      </div>
      <label>
        Inputs
        <textarea
          className="code-input"
          rows={3}
          spellCheck={false}
          value={text}
          placeholder={kind === 'call' ? 'can_vote(18)\ncan_vote(17)' : '3\n4\n\n10\n20'}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button
        type="button"
        className="button"
        disabled={busy === 'propose' || !solution.trim() || !text.trim()}
        onClick={() => void propose()}
      >
        {busy === 'propose' ? 'Running your solution…' : 'Propose tests'}
      </button>
      <ErrorNotice error={error} />
      {proposed.length > 0 && (
        <ul className="proposals" aria-label="Proposed tests">
          {proposed.map((p, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: proposals are answers to the inputs in their order
            <li key={`proposal-${n + 1}`}>
              {p.test ? (
                <>
                  <code>{p.test.name}</code>{' '}
                  <button
                    type="button"
                    className="button small"
                    disabled={added.has(n)}
                    onClick={() => {
                      if (p.test) onAdd({ ...p.test });
                      setAdded((s) => new Set(s).add(n));
                    }}
                  >
                    {added.has(n) ? 'Added' : `Add “${p.test.name}”`}
                  </button>
                </>
              ) : (
                <span className="muted">{p.problem}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
