import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandinBehaviour {
  /** Pieces streamed as chat.completion.chunk deltas. */
  pieces: string[];
  /** Wait before the first piece (to exercise the timeout fallback). */
  delayMs?: number;
  /** Answer with this HTTP status instead (to exercise the error fallback). */
  status?: number;
}

export interface OpenAiStandin {
  url: string;
  /** The request bodies received, for asserting what the prompt held. */
  requests: { model: string; messages: { role: string; content: string }[]; stream: boolean }[];
  behave(next: StandinBehaviour): void;
  close(): Promise<void>;
}

/**
 * A stand-in for an LLM server in tests: speaks the OpenAI chat-completions protocol
 * (`POST /chat/completions`, streamed as server-sent events) with scripted answers.
 */
export async function startOpenAiStandin(initial: StandinBehaviour): Promise<OpenAiStandin> {
  let behaviour = initial;
  const requests: OpenAiStandin['requests'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', async () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404).end();
        return;
      }
      const parsed = JSON.parse(body);
      requests.push(parsed);
      const current = behaviour;
      if (current.status) {
        res.writeHead(current.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      if (current.delayMs) await new Promise((resolve) => setTimeout(resolve, current.delayMs));
      const created = Math.floor(Date.now() / 1000);
      const chunk = (delta: object, finish: string | null) =>
        `data: ${JSON.stringify({ id: 'chatcmpl-standin', object: 'chat.completion.chunk', created, model: parsed.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.write(chunk({ role: 'assistant', content: '' }, null));
      for (const piece of current.pieces) {
        if (res.destroyed) return;
        res.write(chunk({ content: piece }, null));
      }
      res.write(chunk({}, 'stop'));
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    behave(next) {
      behaviour = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
