import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../api/api-error.ts';
import type { LiveFrameOf } from '../live/live-socket.ts';
import { useLiveFrame } from '../live/use-live-frame.ts';
import { useSession } from '../session/session-context.tsx';
import { applyDelta, applyResponse, type ChatItem, expectAnswer, fromHistory, giveUp } from './chat-model.ts';

type AnswerFrame = LiveFrameOf<'tutor.delta' | 'tutor.response'>;

export interface TutorChat {
  items: ChatItem[];
  busy: boolean;
  /** Asks the tutor; the answer streams in over the WebSocket (or waits when it is offline). */
  send(message: string, code?: string): Promise<void>;
  /** Reviews the code (`POST /api/review`) and shows the review as the tutor's answer. */
  review(code: string): Promise<void>;
}

const EARLY_LIMIT = 50;
const HISTORY_FETCHED = 60;
const HISTORY_SHOWN = 12;
const ANSWER_TIMEOUT_MS = 60_000;
let counter = 0;
const localKey = (prefix: string) => `${prefix}-${Date.now()}-${++counter}`;

/** The tutor conversation of one workspace. */
export function useTutorChat(topic: string | undefined, exerciseId?: string): TutorChat {
  const { api, live } = useSession();
  const [items, setItems] = useState<ChatItem[]>([]);
  const [inFlight, setInFlight] = useState(0);
  const mine = useRef(new Set<string>());
  // A frame can beat the 202 that names its request: it waits here until then.
  const early = useRef(new Map<string, AnswerFrame[]>());
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  // The earlier conversation about this topic, unless the student already asked something new.
  const asked = useRef(false);
  useEffect(() => {
    let cancelled = false;
    api.chatHistory(HISTORY_FETCHED).then(
      ({ messages }) => {
        if (cancelled || asked.current) return;
        const past = messages.filter((m) => !topic || m.topic === topic).slice(-HISTORY_SHOWN);
        for (const m of past) mine.current.add(m.requestId);
        setItems(past.map(fromHistory));
      },
      (error: unknown) => {
        if (!cancelled)
          setItems((list) => [
            {
              key: 'history-error',
              role: 'tutor',
              text: '',
              error: `Your earlier conversation did not load: ${messageOf(error)}`,
            },
            ...list,
          ]);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, topic]);

  const apply = useCallback((frame: AnswerFrame) => {
    if (frame.type === 'tutor.delta') setItems((list) => applyDelta(list, frame.data));
    else setItems((list) => applyResponse(list, frame.data));
  }, []);

  // Only answers to this panel's questions: other tabs and pages have their own conversations.
  const receive = (frame: AnswerFrame) => {
    const { requestId } = frame.data;
    if (mine.current.has(requestId)) {
      apply(frame);
      return;
    }
    const waiting = early.current.get(requestId) ?? [];
    waiting.push(frame);
    early.current.set(requestId, waiting);
    if (early.current.size > EARLY_LIMIT) {
      const oldest = early.current.keys().next().value;
      if (oldest !== undefined) early.current.delete(oldest);
    }
  };
  useLiveFrame('tutor.delta', receive);
  useLiveFrame('tutor.response', receive);

  const claim = useCallback(
    (requestId: string) => {
      mine.current.add(requestId);
      const waiting = early.current.get(requestId) ?? [];
      early.current.delete(requestId);
      setItems((list) => expectAnswer(list, requestId));
      for (const frame of waiting) apply(frame);
      const timer = setTimeout(() => {
        timers.current.delete(timer);
        setItems((list) => giveUp(list, requestId));
      }, ANSWER_TIMEOUT_MS);
      timers.current.add(timer);
    },
    [apply],
  );

  const fail = useCallback((error: unknown) => {
    setItems((list) => [
      ...list,
      { key: localKey('error'), role: 'tutor', text: '', error: messageOf(error) },
    ]);
  }, []);

  const send = useCallback(
    async (message: string, code?: string) => {
      const text = message.trim();
      if (!text) return;
      asked.current = true;
      setItems((list) => [...list, { key: localKey('student'), role: 'student', text }]);
      const body = {
        message: text,
        ...(code?.trim() ? { code } : {}),
        ...(topic ? { topic } : {}),
        ...(exerciseId ? { exerciseId } : {}),
      };
      setInFlight((n) => n + 1);
      try {
        if (live?.state === 'open') {
          claim((await api.chat(body)).requestId);
        } else {
          const reply = await api.chatAndWait(body);
          mine.current.add(reply.requestId);
          setItems((list) => applyResponse(list, reply));
        }
      } catch (error) {
        fail(error);
      } finally {
        setInFlight((n) => n - 1);
      }
    },
    [api, live, topic, exerciseId, fail, claim],
  );

  const review = useCallback(
    async (code: string) => {
      if (!code.trim()) {
        fail(new Error('Write some code first, then ask for a review.'));
        return;
      }
      asked.current = true;
      setItems((list) => [
        ...list,
        { key: localKey('student'), role: 'student', text: 'Review my code, please.' },
      ]);
      setInFlight((n) => n + 1);
      try {
        const result = await api.review({ code, ...(topic ? { topic } : {}) });
        setItems((list) => [
          ...list,
          {
            key: localKey('review'),
            role: 'tutor',
            text: result.text,
            review: result,
            intent: 'review',
            agent: 'code-review',
          },
        ]);
      } catch (error) {
        fail(error);
      } finally {
        setInFlight((n) => n - 1);
      }
    },
    [api, topic, fail],
  );

  return { items, busy: inFlight > 0 || items.some((i) => i.streaming), send, review };
}
