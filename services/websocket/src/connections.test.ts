import type { AddressInfo } from 'node:net';
import type { LiveFrame } from '@learnflow/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { Connections } from './connections.ts';

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
