import { type App, registerProxy, startServices } from '@learnflow/platform';
import { boot } from '../boot.ts';
import { listenOn } from '../listen.ts';
import { proxyTable } from '../proxy-table.ts';
import { SERVICES, serviceById } from '../services.ts';
import { onShutdown } from '../shutdown.ts';
import { UsageError } from '../usage-error.ts';

const GATEWAY = 'api-gateway';

/** One service on its own port: how Kubernetes runs LearnFlow. The gateway also proxies every other service. */
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
  const extend = async (app: App) => {
    const table = await proxyTable(platform, GATEWAY);
    await registerProxy(app, table, {
      auth: platform.auth,
      timeoutMs: platform.config.LEARNFLOW_PROXY_TIMEOUT_MS,
    });
    platform.log.info(
      { upstreams: Object.fromEntries(table.map((t) => [t.id, t.upstream])) },
      'gateway proxies the other services',
    );
  };
  const host = await startServices(
    platform,
    [service],
    `LearnFlow ${service.id}`,
    service.id === GATEWAY ? { extend, peers: SERVICES } : {},
  );
  await listenOn(
    host.app,
    platform.config.LEARNFLOW_HOST,
    port,
    portOverride ? '--port' : `${service.id}'s port`,
  );
  onShutdown(platform.log, async () => {
    await host.stop();
    await platform.close();
  });
  platform.log.info({ service: service.id, port }, 'service ready');
}
