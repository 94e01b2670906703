export { labelledQuestions } from '../knowledge/evaluate-retrieval.ts';
export { knowledgeBase } from '../knowledge/knowledge-base.ts';
export {
  type OpenAiStandin,
  type StandinBehaviour,
  startOpenAiStandin,
} from '../llm/openai-standin-server.ts';
