import { collectRoutes, depsFor, type Platform, type ProxiedService } from '@learnflow/platform';
import { SERVICES } from './services.ts';

/** Split mode: every other service's routes, each at the service's URL from config. */
export async function proxyTable(platform: Platform, gatewayId: string): Promise<ProxiedService[]> {
  const table: ProxiedService[] = [];
  for (const service of SERVICES) {
    if (service.id === gatewayId) continue;
    const routes = await collectRoutes(service, depsFor(platform, service));
    if (routes.length === 0) continue;
    const upstream = platform.config.LEARNFLOW_SERVICE_URLS[service.id] ?? `http://127.0.0.1:${service.port}`;
    table.push({ id: service.id, upstream: upstream.replace(/\/$/, ''), routes });
  }
  return table;
}
