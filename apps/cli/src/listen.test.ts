import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listenOn } from './listen.ts';

describe('listenOn', () => {
  it('turns a port already in use into an error that names the setting to change', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as { port: number };
    // A second real server asked for the same port, through the same call the host's app gets.
    let second: Server | undefined;
    const app = {
      listen: ({ host, port: asked }: { host: string; port: number }) =>
        new Promise<string>((resolve, reject) => {
          second = createServer().once('error', reject);
          second.listen(asked, host, () => resolve(`http://${host}:${asked}`));
        }),
    };
    try {
      await expect(listenOn(app, '127.0.0.1', port, 'LEARNFLOW_GATEWAY_PORT')).rejects.toThrow(
        `LEARNFLOW_GATEWAY_PORT: port ${port} on 127.0.0.1 is already in use (another LearnFlow, or another program): stop it, or choose a free port`,
      );
    } finally {
      second?.close();
      holder.close();
    }
  });
});
