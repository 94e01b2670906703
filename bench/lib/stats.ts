/** Nearest-rank percentile of an ascending array (the rule of bench/bus-latency.ts); 0 when empty. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

/** What a table row and the JSON report show of one operation's latencies, in ms. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Every sample of one operation, kept exactly (a bench run holds at most a few hundred thousand). */
export class Histogram {
  private readonly values: number[] = [];
  private sorted = true;

  record(ms: number): void {
    const last = this.values.at(-1);
    if (last !== undefined && ms < last) this.sorted = false;
    this.values.push(ms);
  }

  get count(): number {
    return this.values.length;
  }

  summary(): LatencySummary {
    if (!this.sorted) {
      this.values.sort((a, b) => a - b);
      this.sorted = true;
    }
    const v = this.values;
    const sum = v.reduce((total, x) => total + x, 0);
    return {
      count: v.length,
      p50: round(percentile(v, 50)),
      p95: round(percentile(v, 95)),
      p99: round(percentile(v, 99)),
      max: round(v.at(-1) ?? 0),
      mean: round(v.length > 0 ? sum / v.length : 0),
    };
  }
}

/** Two decimals below 10 ms, one above: enough for a table, honest about a ms clock. */
export const round = (ms: number): number =>
  ms < 10 ? Math.round(ms * 100) / 100 : Math.round(ms * 10) / 10;

/** `a / b` with two decimals, or null when either side is missing. */
export const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a == null || b == null || b <= 0 ? null : Math.round((a / b) * 100) / 100;
