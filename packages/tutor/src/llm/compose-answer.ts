import type { LlmClient, LlmPrompt } from './llm-client.ts';

export interface ComposeOptions {
  llm: LlmClient | null;
  prompt: LlmPrompt;
  /** The offline engine's answer: used when there is no LLM, and as the fallback. */
  offline: string;
  /** No first token within this: fall back. */
  firstTokenTimeoutMs: number;
  /** The whole answer within this: otherwise fall back. */
  totalTimeoutMs: number;
  /** Receives the streamed pieces; pieces sent before a fallback are superseded by the final text. */
  onDelta?: (piece: string) => Promise<void> | void;
  /** Rejects an LLM answer that breaks a guardrail (e.g. gives away a solution): the offline text is used. */
  accept?: (text: string) => boolean;
}

export interface ComposedAnswer {
  text: string;
  source: 'llm' | 'offline';
  /** Why the LLM answer was not used, when it was tried. */
  fallbackReason?: 'timeout' | 'error' | 'guardrail' | 'empty';
}

/**
 * The tutor's answer: the LLM's, streamed, grounded by the prompt the agent built, or the
 * offline engine's when no LLM is configured, it is too slow, it fails, or its answer
 * breaks a guardrail.
 */
export async function composeAnswer(options: ComposeOptions): Promise<ComposedAnswer> {
  if (!options.llm) return { text: options.offline, source: 'offline' };
  const controller = new AbortController();
  let timedOut = false;
  const abortAfter = (ms: number) =>
    setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
  const total = abortAfter(options.totalTimeoutMs);
  let first: NodeJS.Timeout | undefined = abortAfter(options.firstTokenTimeoutMs);
  let text = '';
  try {
    for await (const piece of options.llm.stream(options.prompt, controller.signal)) {
      if (first) {
        clearTimeout(first);
        first = undefined;
      }
      text += piece;
      await options.onDelta?.(piece);
    }
  } catch {
    return { text: options.offline, source: 'offline', fallbackReason: timedOut ? 'timeout' : 'error' };
  } finally {
    clearTimeout(total);
    if (first) clearTimeout(first);
  }
  if (timedOut) return { text: options.offline, source: 'offline', fallbackReason: 'timeout' };
  if (text.trim() === '') return { text: options.offline, source: 'offline', fallbackReason: 'empty' };
  if (options.accept && !options.accept(text))
    return { text: options.offline, source: 'offline', fallbackReason: 'guardrail' };
  return { text, source: 'llm' };
}
