import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { streamText } from 'ai';

export interface LlmSettings {
  baseUrl: string;
  apiKey?: string | undefined;
  model: string;
}

export interface LlmPrompt {
  system: string;
  user: string;
}

/** Any server speaking the OpenAI chat-completions protocol: OpenAI, Ollama, vLLM... */
export interface LlmClient {
  readonly model: string;
  /** Text pieces as the model writes them; throws on a failed or aborted call. */
  stream(prompt: LlmPrompt, signal: AbortSignal): AsyncIterable<string>;
}

export function createLlmClient(settings: LlmSettings): LlmClient {
  const provider = createOpenAICompatible({
    name: 'learnflow-llm',
    baseURL: settings.baseUrl.replace(/\/$/, ''),
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
  });
  const model = provider.chatModel(settings.model);
  return {
    model: settings.model,
    async *stream(prompt, signal) {
      let failure: unknown;
      const result = streamText({
        model,
        system: prompt.system,
        prompt: prompt.user,
        abortSignal: signal,
        maxRetries: 0,
        temperature: 0.3,
        onError: ({ error }) => {
          failure = error;
        },
      });
      for await (const piece of result.textStream) yield piece;
      if (failure) throw failure;
    },
  };
}
