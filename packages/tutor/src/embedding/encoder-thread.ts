import { parentPort, workerData } from 'node:worker_threads';
import ort from 'onnxruntime-node';
import { DIMENSIONS, type EncoderReply, type EncoderRequest } from './sentence-encoder.ts';
import { tokenIds } from './wordpiece.ts';

/**
 * The sentence encoder's thread (`SentenceEncoder` starts it): ONNX Runtime runs a model synchronously, so here
 * rather than on the services' event loop. Opens the model at `workerData.modelPath`, answers `ready` (or the
 * error), then one reply per text.
 */
const port = parentPort;
if (!port) throw new Error('encoder-thread.ts runs as a worker thread, started by SentenceEncoder.open');
const reply = (message: EncoderReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

try {
  const session = await ort.InferenceSession.create((workerData as { modelPath: string }).modelPath, {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: 'sequential',
  });
  port.on('message', async ({ id, text }: EncoderRequest) => {
    try {
      const vector = await embed(session, text);
      reply({ id, vector }, [vector.buffer as ArrayBuffer]);
    } catch (error) {
      reply({ id, error: (error as Error).message });
    }
  });
  reply({ id: 0 });
} catch (error) {
  reply({ id: 0, error: (error as Error).message });
}

/** The mean of the text's token vectors, normalised to length 1 (how the model was trained to be used). */
async function embed(session: ort.InferenceSession, text: string): Promise<Float32Array> {
  const ids = tokenIds(text);
  const tensor = (values: (id: number) => number) =>
    new ort.Tensor(
      'int64',
      BigInt64Array.from(ids, (id) => BigInt(values(id))),
      [1, ids.length],
    );
  const { last_hidden_state: hidden } = await session.run({
    input_ids: tensor((id) => id),
    attention_mask: tensor(() => 1),
    token_type_ids: tensor(() => 0),
  });
  const states = hidden?.data as Float32Array;
  const vector = new Float32Array(DIMENSIONS);
  for (let token = 0; token < ids.length; token++)
    for (let d = 0; d < DIMENSIONS; d++)
      vector[d] = (vector[d] as number) + (states[token * DIMENSIONS + d] as number);
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMENSIONS; d++) vector[d] = (vector[d] as number) / norm;
  return vector;
}
