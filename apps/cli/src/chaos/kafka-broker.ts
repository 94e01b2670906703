import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const SCRIPT = new URL('../../../../scripts/kafka/kafka.sh', import.meta.url).pathname;

/**
 * A Kafka broker of the chaos test's own (scripts/kafka/kafka.sh with its own state directory
 * and ports), so killing it touches nothing else that runs on the machine.
 */
export function kafkaBroker(options: { stateDir: string; port: number; controllerPort: number }) {
  const env = {
    ...process.env,
    KAFKA_STATE_DIR: options.stateDir,
    KAFKA_PORT: String(options.port),
    KAFKA_CONTROLLER_PORT: String(options.controllerPort),
    KAFKA_HEAP: '384m',
  };
  const script = (command: 'start' | 'stop') =>
    new Promise<void>((resolve, reject) => {
      const child = spawn('bash', [SCRIPT, command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => {
        output += d;
      });
      child.stderr.on('data', (d) => {
        output += d;
      });
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`kafka.sh ${command} exited ${code}:\n${output}`)),
      );
    });
  return {
    brokers: `127.0.0.1:${options.port}`,
    start: () => script('start'),
    stop: () => script('stop'),
    /** SIGKILL: the broker gets no chance to flush or hand over. */
    kill() {
      const pid = Number(readFileSync(`${options.stateDir}/kafka.pid`, 'utf8').trim());
      process.kill(pid, 'SIGKILL');
    },
  };
}
