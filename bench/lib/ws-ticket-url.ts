/** `/ws?ticket=` with a fresh single-use ticket for the token (`POST /api/ws-ticket` on the same host). */
export async function wsTicketUrl(wsUrl: string, token: string): Promise<string> {
  const res = await fetch(`${wsUrl.replace(/^ws/, 'http')}/api/ws-ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) throw new Error(`POST /api/ws-ticket: HTTP ${res.status}`);
  const { ticket } = (await res.json()) as { ticket: string };
  return `${wsUrl}/ws?ticket=${encodeURIComponent(ticket)}`;
}
