import { ConfigError } from '@learnflow/platform';

/** What listens: the host's Fastify app. */
interface Listener {
  listen(options: { host: string; port: number }): Promise<string>;
}

/**
 * Listens on `port`; a port another program holds becomes an error that says what to change (`setting`)
 * instead of Node's EADDRINUSE object.
 */
export async function listenOn(app: Listener, host: string, port: number, setting: string): Promise<string> {
  try {
    return await app.listen({ host, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new ConfigError([
      `${setting}: port ${port} on ${host} is already in use (another LearnFlow, or another program): stop it, or choose a free port`,
    ]);
  }
}
