/**
 * The WebSocket address for a signed-in client: a fresh single-use ticket from
 * `POST /api/ws-ticket` (never the token itself in the URL), and the frame to resume after.
 */
export async function liveUrl(base: string, token: string, lastFrameId?: string): Promise<string> {
  const res = await fetch(`${base}/api/ws-ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) throw new Error(`POST /api/ws-ticket answered ${res.status}: ${await res.text()}`);
  const { ticket } = (await res.json()) as { ticket: string };
  const resume = lastFrameId ? `&lastFrameId=${encodeURIComponent(lastFrameId)}` : '';
  return `${base.replace(/^http/, 'ws')}/ws?ticket=${encodeURIComponent(ticket)}${resume}`;
}
