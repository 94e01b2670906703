import type { App } from './service-definition.ts';

/**
 * The methods each declared path answers, learnt from the routes as they are added, so that a
 * request with another method gets 405 and an `Allow` header instead of 404. Catch-all routes
 * (`/*`, the web app's pages) do not count: they are not an API path.
 */
export function trackRouteMethods(app: App): (path: string) => string[] {
  const routes: { pattern: RegExp; method: string }[] = [];
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return;
    const pattern = new RegExp(
      `^${route.url
        .split('/')
        .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('/')}/?$`,
    );
    for (const method of [route.method].flat()) routes.push({ pattern, method });
  });
  return (path) => [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))].sort();
}
