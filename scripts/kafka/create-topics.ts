import { allTopicNames } from '@learnflow/contracts';
import { ensureTopics } from '../../packages/platform/src/bus/kafka-topics.ts';

// Run by kafka.sh start; safe to repeat: it only creates what the broker lacks.
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((b) => b.trim());
const partitions = Number(process.env.KAFKA_PARTITIONS ?? 3);
const topics = allTopicNames();

const created = await ensureTopics({ brokers, topics, partitions, clientId: 'learnflow-create-topics' });
console.log(
  created.length === 0
    ? `kafka: all ${topics.length} catalog topics already exist`
    : `kafka: created ${created.length} of ${topics.length} catalog topics (${partitions} partitions each): ${created.join(', ')}`,
);
