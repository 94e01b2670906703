export const truncationMarker = '\n[output truncated]';

// A few bytes past the cap are kept to see whether the cut falls inside a UTF-8 character.
const lookahead = 4;

/** Collects a stream's bytes up to `cap`, counting (and dropping) the rest. */
export class CappedText {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  total = 0;

  constructor(readonly cap: number) {}

  push(chunk: Buffer) {
    this.total += chunk.length;
    const room = this.cap + lookahead - this.kept;
    if (room <= 0) return;
    const part = chunk.subarray(0, room);
    this.chunks.push(part);
    this.kept += part.length;
  }

  get truncated() {
    return this.total > this.cap;
  }

  /** The kept text, cut on a character boundary, with the marker when something was dropped. */
  text() {
    const bytes = Buffer.concat(this.chunks);
    if (!this.truncated) return bytes.toString('utf8');
    let end = this.cap;
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    return bytes.subarray(0, end).toString('utf8') + truncationMarker;
  }
}
