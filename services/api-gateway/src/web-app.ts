import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { App } from '@learnflow/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm run -w apps/web build` writes the app. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../apps/web/dist/', import.meta.url));

/** Paths that belong to the platform, never to the app's client-side routes. */
const RESERVED = /^\/(api|ws|docs|health|ready|metrics|assets)(\/|$)/;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.map', '.txt']);
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Asset {
  type: string;
  body: Buffer;
  compressible: boolean;
  encoded: Map<'br' | 'gzip', Buffer>;
}

export interface WebAppOptions {
  /** The built app (`index.html`, `assets/`); defaults to `apps/web/dist`. */
  root?: string;
}

/**
 * Serves the built web app: `/assets/*` (content-hashed, cached for a year), the files beside
 * `index.html`, and `index.html` itself (never cached) for every other GET that asks for HTML,
 * so client routes survive a reload. Platform paths keep their JSON 404. Files are read once at
 * start and compressed (br / gzip) on first request.
 */
export async function webApp(app: App, options: WebAppOptions): Promise<void> {
  const root = options.root ?? DEFAULT_WEB_ROOT;
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('/', { schema: { hide: true }, config: { rateLimit: false as const } }, async (_request, reply) =>
      reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT),
    );
    return;
  }
  const index = load(indexFile);
  const assets = new Map<string, Asset>();
  const assetDir = join(root, 'assets');
  if (existsSync(assetDir))
    for (const name of readdirSync(assetDir)) assets.set(name, load(join(assetDir, name)));
  const topLevel = new Map<string, Asset>();
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (name !== 'index.html' && statSync(path).isFile()) topLevel.set(`/${name}`, load(path));
  }

  const route = { schema: { hide: true }, config: { rateLimit: false as const } };
  app.get<{ Params: { '*': string } }>('/assets/*', route, async (request, reply) => {
    const asset = assets.get(request.params['*']);
    if (!asset) return reply.callNotFound();
    return send(request, reply, asset, IMMUTABLE);
  });
  for (const [path, asset] of topLevel) {
    app.get(path, route, async (request, reply) => send(request, reply, asset, 'public, max-age=3600'));
  }
  const spa = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (RESERVED.test(path) || !acceptsHtml(request)) return reply.callNotFound();
    return send(request, reply, index, 'no-cache');
  };
  app.get('/', route, spa);
  app.get('/*', route, spa);
}

function load(path: string): Asset {
  const ext = extname(path);
  return {
    type: TYPES[ext] ?? 'application/octet-stream',
    body: readFileSync(path),
    compressible: COMPRESSIBLE.has(ext),
    encoded: new Map(),
  };
}

function send(request: FastifyRequest, reply: FastifyReply, asset: Asset, cacheControl: string) {
  void reply.type(asset.type).header('cache-control', cacheControl);
  if (!asset.compressible || asset.body.length < 1024) return reply.send(asset.body);
  void reply.header('vary', 'accept-encoding');
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding) return reply.send(asset.body);
  let body = asset.encoded.get(encoding);
  if (!body) {
    body =
      encoding === 'br'
        ? brotliCompressSync(asset.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(asset.body, { level: 9 });
    asset.encoded.set(encoding, body);
  }
  return reply.header('content-encoding', encoding).send(body);
}

/** A browser navigating asks for HTML; `fetch` of an unknown JSON path still gets the JSON 404. */
function acceptsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  return accept === undefined || accept.includes('text/html') || accept.includes('*/*');
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LearnFlow</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>LearnFlow's web app is not built yet</h1>
<p>The API is running: see <a href="/docs">/docs</a>. Build the web app with
<code>npm run build:web</code> (or restart <code>npm start</code>, which builds it when it is missing).</p>
</body></html>`;
