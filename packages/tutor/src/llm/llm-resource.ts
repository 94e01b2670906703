import { createLlmClient, type LlmClient } from './llm-client.ts';

export interface LlmConfig {
  LEARNFLOW_LLM_BASE_URL?: string | undefined;
  LEARNFLOW_LLM_API_KEY?: string | undefined;
  LEARNFLOW_LLM_MODEL: string;
}

/** The process's LLM client, or null when none is configured (the offline engine answers). */
export const llmResource = (config: LlmConfig) => ({
  id: 'llm',
  create: (): LlmClient | null =>
    config.LEARNFLOW_LLM_BASE_URL
      ? createLlmClient({
          baseUrl: config.LEARNFLOW_LLM_BASE_URL,
          apiKey: config.LEARNFLOW_LLM_API_KEY,
          model: config.LEARNFLOW_LLM_MODEL,
        })
      : null,
});
