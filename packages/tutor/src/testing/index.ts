export {
  type OpenAiStandin,
  type StandinBehaviour,
  startOpenAiStandin,
} from '../llm/openai-standin-server.ts';
