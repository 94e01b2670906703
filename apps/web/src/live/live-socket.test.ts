import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LiveFrame, LiveSocket, laterOf, liveUrl, type SocketLike } from './live-socket.ts';

class FakeSocket implements SocketLike {
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  close() {
    this.closed = true;
  }
  receive(frame: LiveFrame | object) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  drop(code = 1006) {
    this.onclose?.({ code });
  }
}

const ready = (id: string): LiveFrame => ({ id, type: 'ready', data: { userId: 'u1', replayed: 0 } });
const assignment = (id: string): LiveFrame => ({
  id,
  type: 'assignment.created',
  data: {
    assignmentId: id,
    exerciseId: 'e1',
    title: 'Countdown',
    topic: 'for-loops',
    difficulty: 'easy',
    assignedBy: { id: 't1', name: 'Mr. Rodriguez' },
    dueAt: null,
    createdAt: '2026-01-01T10:00:00.000Z',
  },
});
const alert = (id: string): LiveFrame => ({
  id,
  type: 'alert.created',
  data: {
    alertId: 'a',
    student: { id: 's1', name: 'James Okafor' },
    topic: null,
    trigger: 'said_stuck',
    details: {},
    evidence: [],
    createdAt: '2026-01-01T10:00:00.000Z',
  },
});
const delta = (text: string): LiveFrame => ({
  id: '5-r',
  type: 'tutor.delta',
  data: { requestId: 'r', intent: 'concept', agent: 'concepts', text, data: {} },
});

describe('LiveSocket', () => {
  let sockets: FakeSocket[];
  const open = (onExpired = () => {}) => {
    const live = new LiveSocket({
      url: (last) => (last ? `ws://x/ws?lastFrameId=${last}` : 'ws://x/ws'),
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
      backoffMs: () => 1_000,
      onExpired,
    });
    live.start();
    return live;
  };

  beforeEach(() => {
    sockets = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('is open after the ready frame and hands frames to listeners by type', () => {
    const live = open();
    const alerts: string[] = [];
    const all: string[] = [];
    live.on('alert.created', (f) => alerts.push(f.data.student.name));
    live.on('*', (f) => all.push(f.type));
    expect(live.state).toBe('connecting');
    sockets[0]?.receive(ready('1000-ready'));
    expect(live.state).toBe('open');
    sockets[0]?.receive(alert('2000-a'));
    expect(alerts).toEqual(['James Okafor']);
    expect(all).toEqual(['ready', 'alert.created']);
  });

  it('drops a frame that is not one of the contract, and says so once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const live = open();
    const all: string[] = [];
    live.on('*', (f) => all.push(f.type));
    sockets[0]?.receive(ready('1000-ready'));
    sockets[0]?.receive({ id: '2000-a', type: 'alert.created', data: { alertId: 'a' } });
    sockets[0]?.receive({ id: '2001-b', type: 'something.new', data: {} });
    sockets[0]?.receive(alert('3000-a'));
    expect(all).toEqual(['ready', 'alert.created']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('reconnects after a drop, resuming after the last frame, and drops replayed duplicates', () => {
    const live = open();
    const seen: string[] = [];
    live.on('assignment.created', (f) => seen.push(f.id));
    sockets[0]?.receive(ready('1000-ready'));
    sockets[0]?.receive(assignment('2000-x'));
    sockets[0]?.drop();
    expect(live.state).toBe('closed');
    vi.advanceTimersByTime(1_000);
    expect(sockets[1]?.url).toBe('ws://x/ws?lastFrameId=2000-x');
    sockets[1]?.receive(assignment('2000-x'));
    sockets[1]?.receive(assignment('3000-y'));
    expect(seen).toEqual(['2000-x', '3000-y']);
  });

  it('resumes from the ready frame when nothing else came', () => {
    open();
    sockets[0]?.receive(ready('1500-ready'));
    sockets[0]?.drop();
    vi.advanceTimersByTime(1_000);
    expect(sockets[1]?.url).toBe('ws://x/ws?lastFrameId=1500-ready');
  });

  it('passes every delta even when they share an id', () => {
    const live = open();
    const pieces: unknown[] = [];
    live.on('tutor.delta', (f) => pieces.push(f.data.text));
    sockets[0]?.receive(delta('a'));
    sockets[0]?.receive(delta('b'));
    expect(pieces).toEqual(['a', 'b']);
  });

  it('stops for good when the token is refused (4401)', () => {
    const onExpired = vi.fn();
    const live = open(onExpired);
    sockets[0]?.drop(4401);
    vi.advanceTimersByTime(60_000);
    expect(onExpired).toHaveBeenCalledOnce();
    expect(sockets).toHaveLength(1);
    expect(live.state).toBe('closed');
  });

  it('does not reconnect after stop()', () => {
    const live = open();
    live.stop();
    expect(sockets[0]?.closed).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('keeps the later frame id', () => {
    expect(laterOf(null, '5-a')).toBe('5-a');
    expect(laterOf('9-a', '5-b')).toBe('9-a');
    expect(laterOf('5-a', '9-b')).toBe('9-b');
  });

  it('builds the /ws URL of the page, wss on https', () => {
    expect(liveUrl({ protocol: 'https:', host: 'lf.example' }, 't k', '1-a')).toBe(
      'wss://lf.example/ws?ticket=t%20k&lastFrameId=1-a',
    );
    expect(liveUrl({ protocol: 'http:', host: '127.0.0.1:8180' }, 't', null)).toBe(
      'ws://127.0.0.1:8180/ws?ticket=t',
    );
  });
});
