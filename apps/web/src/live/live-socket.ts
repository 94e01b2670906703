import {
  type LiveFrame,
  type LiveFrameOf,
  LiveFrameSchema,
  type LiveFrameType,
} from '@learnflow/contracts/frames';

export type { LiveFrame, LiveFrameOf, LiveFrameType };

export type LiveState = 'connecting' | 'open' | 'closed';

type Listener = (frame: LiveFrame) => void;

/** What LiveSocket needs of the browser's WebSocket (a test passes a fake). */
export interface SocketLike {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  close(code?: number, reason?: string): void;
}

export interface LiveSocketOptions {
  /** The URL to open (with a fresh ticket), resuming after `lastFrameId` when there is one. */
  url: (lastFrameId: string | null) => string | Promise<string>;
  createSocket?: (url: string) => SocketLike;
  /** The server refused the ticket or ended the session (close code 4401). */
  onExpired?: () => void;
  /** Delay before reconnect attempt `n` (0-based). */
  backoffMs?: (attempt: number) => number;
}

const SEEN_LIMIT = 500;
const UNAUTHENTICATED = 4401;

/**
 * One WebSocket to `/ws` that reconnects with backoff and resumes with `&lastFrameId=`,
 * so frames sent while it was away are replayed; replayed frames already seen are dropped.
 */
export class LiveSocket {
  private socket: SocketLike | null = null;
  private lastFrameId: string | null = null;
  private readonly seen = new Set<string>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly stateListeners = new Set<(state: LiveState) => void>();
  private attempt = 0;
  /** A frame that is not one of the contract's (an older or newer server) is dropped, and said once. */
  private warnedOdd = false;
  private stopped = true;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private current: LiveState = 'closed';

  constructor(private readonly options: LiveSocketOptions) {}

  get state(): LiveState {
    return this.current;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.close(1000, 'signed out');
    }
    this.setState('closed');
  }

  /** Listens to frames of one type (`*` for all); returns the function that stops listening. */
  on<T extends LiveFrameType>(type: T, listener: (frame: LiveFrameOf<T>) => void): () => void;
  on(type: '*', listener: Listener): () => void;
  on(type: string, listener: (frame: never) => void): () => void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener as Listener);
    this.listeners.set(type, set);
    return () => set.delete(listener as Listener);
  }

  onState(listener: (state: LiveState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  private open(): void {
    this.setState('connecting');
    const url = this.options.url(this.lastFrameId);
    if (typeof url === 'string') {
      this.connect(url);
      return;
    }
    url.then(
      (ready) => {
        if (!this.stopped && !this.socket) this.connect(ready);
      },
      () => {
        this.setState('closed');
        if (!this.stopped) this.scheduleReconnect();
      },
    );
  }

  private connect(url: string): void {
    const create =
      this.options.createSocket ?? ((target: string) => new WebSocket(target) as unknown as SocketLike);
    const socket = create(url);
    this.socket = socket;
    socket.onmessage = (event) => this.receive(event.data);
    socket.onerror = () => {};
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (event.code === UNAUTHENTICATED) {
        this.stopped = true;
        this.setState('closed');
        this.options.onExpired?.();
        return;
      }
      this.setState('closed');
      if (!this.stopped) this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    const delay = (this.options.backoffMs ?? defaultBackoff)(this.attempt++);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.open();
    }, delay);
  }

  private receive(raw: unknown): void {
    let json: unknown;
    try {
      json = JSON.parse(String(raw));
    } catch {
      return;
    }
    const parsed = LiveFrameSchema.safeParse(json);
    if (!parsed.success) {
      if (!this.warnedOdd)
        console.warn('LearnFlow: dropped a live frame the app does not know', parsed.error);
      this.warnedOdd = true;
      return;
    }
    const frame = parsed.data;
    if (frame.type === 'pong') return;
    if (frame.type === 'ready') {
      this.attempt = 0;
      // Nothing seen yet: resume from the moment this connection was ready.
      if (!this.lastFrameId) this.lastFrameId = frame.id;
      this.setState('open');
    } else {
      // Deltas of one answer may share an id; only whole frames are de-duplicated.
      if (frame.type !== 'tutor.delta') {
        if (this.seen.has(frame.id)) return;
        this.remember(frame.id);
      }
      this.lastFrameId = laterOf(this.lastFrameId, frame.id);
    }
    for (const type of [frame.type, '*']) {
      for (const listener of this.listeners.get(type) ?? []) listener(frame);
    }
  }

  private remember(id: string): void {
    this.seen.add(id);
    if (this.seen.size > SEEN_LIMIT) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }

  private setState(state: LiveState): void {
    if (state === this.current) return;
    this.current = state;
    for (const listener of this.stateListeners) listener(state);
  }
}

const defaultBackoff = (attempt: number) =>
  Math.min(15_000, 500 * 2 ** attempt) + Math.floor(Math.random() * 250);

/** Frame ids are `<epoch ms>-<id>`: keep the later one. */
export function laterOf(a: string | null, b: string): string {
  if (!a) return b;
  const time = (id: string) => Number(id.split('-')[0]);
  return time(b) >= time(a) ? b : a;
}

/** The `/ws` URL of the page's own host, with a single-use ticket (never the token itself). */
export function liveUrl(
  location: { protocol: string; host: string },
  ticket: string,
  lastFrameId: string | null,
) {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const resume = lastFrameId ? `&lastFrameId=${encodeURIComponent(lastFrameId)}` : '';
  return `${scheme}://${location.host}/ws?ticket=${encodeURIComponent(ticket)}${resume}`;
}
