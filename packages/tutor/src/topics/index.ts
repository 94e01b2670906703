export { namesConcept, recognizeTopic, type TopicMention } from './recognize-topic.ts';
export { TOPIC_NAMES } from './topic-names.ts';
