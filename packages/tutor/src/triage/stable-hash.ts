const encoder = new TextEncoder();

/** FNV-1a (32-bit) of the UTF-8 bytes of `text`: the same number on every run, platform and Node version. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
