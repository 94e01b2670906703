import type { AddressInfo } from 'node:net';
import type { LiveFrame } from '@learnflow/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { Connections, SESSION_ENDED } from './connections.ts';

describe('a socket gets each frame once', () => {
  let server: WebSocketServer;
  let client: WebSocket;
  const connections = new Connections();
  const received: LiveFrame[] = [];

  beforeAll(async () => {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    const accepted = new Promise<WebSocket>((resolve) => server.once('connection', resolve));
    await new Promise((resolve) => server.once('listening', resolve));
    client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    client.on('message', (raw) => received.push(JSON.parse(raw.toString())));
    connections.add('ada', 'session-1', await accepted);
    await new Promise((resolve) => client.once('open', resolve));
  });
  afterAll(async () => {
    client.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('whichever path brings it (live, replay, catch-up), while every delta goes through', async () => {
    const notice: LiveFrame = {
      id: '1700000000000-n1',
      type: 'teacher.hint',
      data: { alertId: 'a1', from: { id: 't1', name: 'Mr. R' }, topic: null, message: 'Look at line 3' },
    };
    const delta = (text: string): LiveFrame => ({
      id: '1700000000001-r1',
      type: 'tutor.delta',
      data: { requestId: 'r1', intent: 'concept', agent: 'concepts-agent', text, data: {} },
    });
    expect(connections.send('ada', notice)).toBe(1);
    expect(connections.send('ada', notice)).toBe(0);
    const [socket] = connections.all();
    connections.sendOnce(socket as WebSocket, notice);
    expect(connections.send('ada', delta('Hel'))).toBe(1);
    expect(connections.send('ada', delta('lo'))).toBe(1);
    expect(connections.send('ada', { ...notice, id: '1700000000002-n2' })).toBe(1);
    await expect.poll(() => received.length).toBe(4);
    expect(received.map((f) => ('id' in f ? f.id : f.type))).toEqual([
      '1700000000000-n1',
      '1700000000001-r1',
      '1700000000001-r1',
      '1700000000002-n2',
    ]);
  });
});

describe('closing the sockets of ended sessions', () => {
  let server: WebSocketServer;
  const clients: WebSocket[] = [];
  const connections = new Connections();

  const connect = async (userId: string, sessionId: string) => {
    const accepted = new Promise<WebSocket>((resolve) => server.once('connection', resolve));
    const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    clients.push(client);
    const closed = new Promise<number>((resolve) => client.once('close', (code) => resolve(code)));
    connections.add(userId, sessionId, await accepted);
    await new Promise((resolve) => client.once('open', resolve));
    return { client, closed };
  };

  beforeAll(async () => {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('closes an ended session, and leaves alone a socket opened while the check was running', async () => {
    const ended = await connect('ada', 'session-ended');
    const live = await connect('ada', 'session-live');
    const asked = connections.sessions();
    // The sweep asks the database which of `asked` are live; meanwhile Grace connects.
    const grace = await connect('grace', 'session-new');
    expect(connections.closeEnded(asked, new Set(['session-live']))).toBe(1);
    expect(await ended.closed).toBe(SESSION_ENDED);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(live.client.readyState).toBe(WebSocket.OPEN);
    expect(grace.client.readyState).toBe(WebSocket.OPEN);
  });
});
