import { ReviewFindings } from '../editor/review-findings.tsx';
import { Markdown } from '../markdown/markdown.tsx';
import type { ChatItem } from './chat-model.ts';

const AGENTS: Record<string, string> = {
  concept: 'explains a concept',
  debug: 'debugging',
  review: 'code review',
  exercise: 'exercises',
  progress: 'your progress',
};

/** One message: the student's words, or the tutor's Markdown answer with runnable code blocks. */
export function ChatMessage({
  item,
  onLoadCode,
  onShowLine,
}: {
  item: ChatItem;
  onLoadCode: (code: string) => void;
  onShowLine: (line: number) => void;
}) {
  if (item.role === 'student')
    return (
      <li className="chat-message from-student">
        <span className="sr-only">You: </span>
        <p>{item.text}</p>
      </li>
    );
  if (item.error)
    return (
      <li className="chat-message from-tutor chat-error" role="alert">
        <p>{item.error}</p>
      </li>
    );
  return (
    <li
      className="chat-message from-tutor"
      data-streaming={item.streaming ? 'true' : undefined}
      data-testid="tutor-answer"
    >
      <span className="sr-only">Tutor: </span>
      {item.intent && AGENTS[item.intent] && <span className="chat-intent">{AGENTS[item.intent]}</span>}
      {item.review ? (
        <ReviewFindings review={item.review} onShowLine={onShowLine} />
      ) : item.text ? (
        <Markdown source={item.text} onLoadCode={onLoadCode} headingOffset={3} />
      ) : (
        <p className="typing">
          <span aria-hidden="true" />
          <span aria-hidden="true" />
          <span aria-hidden="true" />
          <span className="sr-only">The tutor is writing…</span>
        </p>
      )}
    </li>
  );
}
