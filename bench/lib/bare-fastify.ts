// The gateway floor: a bare Fastify app with one JSON route and nothing else (no logger, no
// plugins), in its own process like the platform. Started by bench/lib/floors.ts.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/health', async () => ({ status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(process.argv[2] ?? 0) });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
console.log('ready');
