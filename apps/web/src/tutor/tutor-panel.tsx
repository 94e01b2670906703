import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { ChatMessage } from './chat-message.tsx';
import type { TutorChat } from './use-tutor-chat.ts';

export interface TutorPanelProps {
  chat: TutorChat;
  getCode: () => string;
  /** "Explain my error": sends the code and the last run's error. */
  onExplainError: () => void;
  onLoadCode: (code: string) => void;
  onShowLine: (line: number) => void;
  suggestions?: string[];
}

/** The tutor beside the editor: ask anything, explain the last error, review the code. */
export function TutorPanel({
  chat,
  getCode,
  onExplainError,
  onLoadCode,
  onShowLine,
  suggestions = [],
}: TutorPanelProps) {
  const [draft, setDraft] = useState('');
  const log = useRef<HTMLOListElement>(null);
  const last = chat.items[chat.items.length - 1];

  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the conversation as it grows or streams
  useEffect(() => {
    const element = log.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [chat.items.length, last?.text]);

  const ask = (message: string) => {
    void chat.send(message, getCode());
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    ask(draft);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };
  return (
    <section className="tutor card" aria-labelledby="tutor-title">
      <header className="tutor-header">
        <h2 id="tutor-title">Tutor</h2>
        <div className="tutor-actions">
          <button type="button" className="button small" onClick={onExplainError} disabled={chat.busy}>
            Explain my error
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => void chat.review(getCode())}
            disabled={chat.busy}
          >
            Review my code
          </button>
        </div>
      </header>
      <ol
        className="tutor-log"
        ref={log}
        role="log"
        aria-live="polite"
        aria-busy={chat.busy}
        aria-label="Conversation with the tutor"
      >
        {chat.items.length === 0 && (
          <li className="tutor-empty">
            <p>Ask about the lesson, your code or an error. The tutor gives hints before answers.</p>
            {suggestions.length > 0 && (
              <ul className="suggestions">
                {suggestions.map((s) => (
                  <li key={s}>
                    <button type="button" className="button small ghost" onClick={() => ask(s)}>
                      {s}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        )}
        {chat.items.map((item) => (
          <ChatMessage key={item.key} item={item} onLoadCode={onLoadCode} onShowLine={onShowLine} />
        ))}
      </ol>
      <form className="tutor-form" onSubmit={onSubmit}>
        <label htmlFor="tutor-input" className="sr-only">
          Message to the tutor
        </label>
        <textarea
          id="tutor-input"
          rows={2}
          placeholder="Ask the tutor… (Enter sends, Shift+Enter for a new line)"
          value={draft}
          maxLength={4000}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="button primary" disabled={!draft.trim()}>
          Send
        </button>
      </form>
    </section>
  );
}
