import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { personalDataRoute } from './personal-data.ts';
import type { App, ServiceDefinition, ServiceDeps } from './service-definition.ts';

export interface RouteEntry {
  method: string;
  url: string;
  websocket: boolean;
}

/**
 * The HTTP routes a service declares, found by registering them on a throwaway app:
 * the gateway's routing table in split mode comes from the services themselves.
 */
export async function collectRoutes(service: ServiceDefinition, deps: ServiceDeps): Promise<RouteEntry[]> {
  if (!service.routes && !service.personal) return [];
  const probe = Fastify({ exposeHeadRoutes: false });
  probe.setValidatorCompiler(validatorCompiler);
  probe.setSerializerCompiler(serializerCompiler);
  const routes: RouteEntry[] = [];
  probe.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      routes.push({
        method,
        url: route.url,
        websocket: Boolean((route as { websocket?: boolean }).websocket),
      });
    }
  });
  await probe.register(async (scope) => {
    await service.routes?.(scope as unknown as App, deps);
    personalDataRoute(scope as unknown as App, deps, service);
  });
  await probe.ready();
  await probe.close();
  return routes;
}
