import type { CpuProfile } from './profile-summary.ts';

/** What a sample is charged to: the first rule matching the URL or name of a frame, innermost frame first. */
const COMPONENTS: [string, RegExp][] = [
  ['JWT (tokens.ts, jose, WebCrypto)', /jose|internal\/crypto|js_transferable|auth\/tokens\.ts/],
  ['database (PGlite, Kysely, pg)', /pglite|^wasm:|kysely|node_modules\/pg|\/db\//],
  ['logging (pino, sonic-boom)', /pino|sonic-boom|thread-stream/],
  ['zod (validation, serialisation)', /zod/],
  ['helmet', /helmet/],
  ['rate limit', /rate-limit|toad-cache/],
  ['CORS', /@fastify\/cors/],
  ['metrics (prom-client)', /prom-client/],
  ['proxy (reply-from, undici)', /reply-from|http-proxy|undici/],
  [
    'Fastify and our hooks (with the socket writes under them)',
    /fastify|avvio|find-my-way|packages\/platform/,
  ],
];
const OTHER = 'other (node:http, net, GC, native)';

/**
 * Busy time of one CPU profile by component of the HTTP path: each sample goes to the innermost
 * frame of its stack that a component claims, so a native call (a socket write, an HMAC) is
 * charged to the library that made it.
 */
export function componentTimes(profile: CpuProfile): { busyUs: number; components: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const claimed = new Map<number, string>();
  const componentOf = (id: number): string => {
    const known = claimed.get(id);
    if (known) return known;
    const frame = byId.get(id)?.callFrame;
    const rule = frame && COMPONENTS.find(([, re]) => re.test(frame.url) || re.test(frame.functionName));
    const up = parent.get(id);
    const name = rule ? rule[0] : up === undefined ? OTHER : componentOf(up);
    claimed.set(id, name);
    return name;
  };
  const components = new Map<string, number>();
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    if (byId.get(id)?.callFrame.functionName === '(idle)') return;
    const us = profile.timeDeltas[i] ?? 0;
    busyUs += us;
    const name = componentOf(id);
    components.set(name, (components.get(name) ?? 0) + us);
  });
  return { busyUs, components };
}
