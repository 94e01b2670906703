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
  },
);
