import { afterAll, describe, expect, it } from 'vitest';
import { installedModel } from './model-file.ts';
import { SentenceEncoder, similarity } from './sentence-encoder.ts';

const model = installedModel();

// CI installs the model (npm ci), so there the test runs and fails without it; elsewhere it needs `model fetch`.
describe.runIf(model !== null || process.env.CI === 'true')(
  'SentenceEncoder (all-MiniLM-L6-v2)',
  async () => {
    const encoder = await SentenceEncoder.open(
      model ?? 'the model is not installed: npm run learnflow -- model fetch',
    );
    afterAll(() => encoder.close());

    it('gives unit vectors of 384 numbers', async () => {
      const v = await encoder.embed('how do I reverse a string');
      expect(v).toHaveLength(384);
      expect(similarity(v, v)).toBeCloseTo(1, 5);
    });

    it('puts a question near another way of asking it and far from an unrelated one', async () => {
      const asked = await encoder.embed('how do I reverse a string');
      const reworded = await encoder.embed('flip the letters of a word backwards');
      const unrelated = await encoder.embed('what is a dictionary');
      expect(similarity(asked, reworded)).toBeGreaterThan(similarity(asked, unrelated) + 0.2);
    });

    it('answers texts asked at once each with its own vector, the event loop free meanwhile', async () => {
      const texts = Array.from({ length: 20 }, (_, i) => (i % 2 ? 'what is a dictionary' : 'reverse a string'));
      const before = performance.eventLoopUtilization();
      const vectors = await Promise.all(texts.map((t) => encoder.embed(t)));
      const { utilization } = performance.eventLoopUtilization(before);
      expect(vectors[0]).toEqual(vectors[2]);
      expect(similarity(vectors[0] as Float32Array, vectors[1] as Float32Array)).toBeLessThan(0.9);
      // The model runs on its own thread: this one mostly waited (run here, it was busy nearly all along).
      expect(utilization).toBeLessThan(0.5);
    });

    it('rejects a text asked after it closed, and a model that does not open, saying why', async () => {
      const closing = await SentenceEncoder.open(model as string);
      await closing.close();
      await expect(closing.embed('anything')).rejects.toThrow(/thread exited/);
      await expect(SentenceEncoder.open('/nowhere/model.onnx')).rejects.toThrow(/nowhere/);
    });
  },
);
