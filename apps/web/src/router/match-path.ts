/** `/learn/topics/:slug` against `/learn/topics/for-loops` -> `{slug: 'for-loops'}`; null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = (path.split('?')[0] ?? '').split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i] as string;
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (part !== value) return null;
  }
  return params;
}

export function queryParam(location: string, name: string): string | null {
  const query = location.split('?')[1];
  return query ? new URLSearchParams(query).get(name) : null;
}
