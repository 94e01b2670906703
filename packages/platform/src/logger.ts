import { type Logger, pino } from 'pino';

/** The root logger of the process; services get children carrying their id. */
export function createRootLogger(level: string): Logger {
  return pino({ level, base: { app: 'learnflow' }, timestamp: pino.stdTimeFunctions.isoTime });
}
