import pino from 'pino';
import { describeEventBusContract } from './event-bus.contract.ts';
import { createMemoryBus } from './memory-bus.ts';
import { memoryProcessedEvents } from './processed-events.ts';

describeEventBusContract('memory', async ({ maxAttempts, backoffMs }) => ({
  bus: createMemoryBus({
    processed: memoryProcessedEvents(),
    log: pino({ level: 'silent' }),
    maxAttempts,
    backoffMs,
  }),
}));
