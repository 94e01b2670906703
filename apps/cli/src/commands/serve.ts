import { startServices } from '@learnflow/platform';
import { boot } from '../boot.ts';
import { SERVICES, serviceById } from '../services.ts';
import { onShutdown } from '../shutdown.ts';
import { UsageError } from '../usage-error.ts';

/** One service on its own port: how Kubernetes runs LearnFlow. */
export async function serve(id: string | undefined, portOverride: string | undefined): Promise<void> {
  const service = id ? serviceById(id) : undefined;
  if (!service) {
    throw new UsageError(
      `${id ? `Unknown service "${id}"` : 'Name a service'}: one of ${SERVICES.map((s) => s.id).join(', ')}.`,
    );
  }
  const port = portOverride ? Number(portOverride) : service.port;
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new UsageError(`--port ${portOverride} is not a port.`);
  const platform = await boot({ migrate: true, seed: false });
  const host = await startServices(platform, [service], `LearnFlow ${service.id}`);
  await host.app.listen({ host: platform.config.LEARNFLOW_HOST, port });
  onShutdown(platform.log, async () => {
    await host.stop();
    await platform.close();
  });
  platform.log.info({ service: service.id, port }, 'service ready');
}
