import { Worker } from 'node:worker_threads';

/** The encoder's vector size. */
export const DIMENSIONS = 384;

/** A sentence as a unit vector whose dot product with another's is how close their meanings are. */
export type SentenceVector = Float32Array;

/** What the encoder's thread is asked: one text. */
export interface EncoderRequest {
  id: number;
  text: string;
}
/** What it answers: the text's vector, or why not; id 0 is its answer to being started. */
export interface EncoderReply {
  id: number;
  vector?: SentenceVector;
  error?: string;
}

const THREAD = new URL('./encoder-thread.ts', import.meta.url).href;
const TSX_API = import.meta.resolve('tsx/esm/api');
/** A worker thread does not inherit tsx from its process: it registers tsx, then loads the thread's module. */
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(THREAD)}); });`;

/**
 * all-MiniLM-L6-v2 over ONNX Runtime on one thread of its own (`encoder-thread.ts`): about 5 ms of CPU for a
 * student's question, which would otherwise block every service of the process while it runs.
 */
export class SentenceEncoder {
  private readonly pending = new Map<
    number,
    { resolve: (v: SentenceVector) => void; reject: (e: Error) => void }
  >();
  private next = 0;
  private stopped: string | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', ({ id, vector, error }: EncoderReply) => {
      const waiting = this.pending.get(id);
      if (!waiting) return;
      this.pending.delete(id);
      if (this.pending.size === 0) worker.unref();
      if (vector) waiting.resolve(vector);
      else waiting.reject(new Error(`the sentence encoder failed: ${error}`));
    });
    const stop = (reason: string) => {
      this.stopped = reason;
      for (const waiting of this.pending.values()) waiting.reject(new Error(reason));
      this.pending.clear();
    };
    worker.on('error', (error) => stop(`the sentence encoder's thread stopped: ${error.message}`));
    worker.on('exit', (code) => stop(`the sentence encoder's thread exited (code ${code})`));
  }

  /** Starts the encoder's thread and opens the model there; rejects with why it did not open. */
  static async open(modelPath: string): Promise<SentenceEncoder> {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { modelPath } });
    await new Promise<void>((resolve, reject) => {
      const started = ({ id, error }: EncoderReply) => {
        if (id !== 0) return;
        worker.off('message', started);
        if (error === undefined) resolve();
        else void worker.terminate().finally(() => reject(new Error(error)));
      };
      worker.on('message', started);
      worker.once('error', reject);
    });
    worker.unref();
    return new SentenceEncoder(worker);
  }

  /** The text's vector, from the encoder's thread. */
  embed(text: string): Promise<SentenceVector> {
    if (this.stopped) return Promise.reject(new Error(this.stopped));
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Referenced while it owes an answer, so a script awaiting one does not exit under it.
      this.worker.ref();
      this.worker.postMessage({ id, text } satisfies EncoderRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** The dot product of two unit vectors: their cosine similarity. */
export function similarity(a: SentenceVector, b: SentenceVector): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += (a[d] as number) * (b[d] as number);
  return sum;
}
