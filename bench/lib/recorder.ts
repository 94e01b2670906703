import { Histogram, type LatencySummary } from './stats.ts';

export interface OperationReport extends LatencySummary {
  op: string;
  errors: number;
  /** Completed (ok) operations a second over the window. */
  perSecond: number;
}

/** Latencies and errors by operation, for one window of a run (the whole run, or its steady state). */
export class Recorder {
  private readonly histograms = new Map<string, Histogram>();
  private readonly errorCounts = new Map<string, Map<string, number>>();

  record(op: string, ms: number): void {
    let histogram = this.histograms.get(op);
    if (!histogram) {
      histogram = new Histogram();
      this.histograms.set(op, histogram);
    }
    histogram.record(ms);
  }

  error(op: string, reason: string): void {
    const reasons = this.errorCounts.get(op) ?? new Map<string, number>();
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    this.errorCounts.set(op, reasons);
  }

  get errorTotal(): number {
    let total = 0;
    for (const reasons of this.errorCounts.values()) for (const n of reasons.values()) total += n;
    return total;
  }

  /** Each reason with its count, most frequent first: `execute: HTTP 502 x3`. */
  errorReasons(): { op: string; reason: string; count: number }[] {
    const out: { op: string; reason: string; count: number }[] = [];
    for (const [op, reasons] of this.errorCounts)
      for (const [reason, count] of reasons) out.push({ op, reason, count });
    return out.sort((a, b) => b.count - a.count);
  }

  summary(op: string): LatencySummary | null {
    const histogram = this.histograms.get(op);
    return histogram && histogram.count > 0 ? histogram.summary() : null;
  }

  report(seconds: number, order: readonly string[]): OperationReport[] {
    const ops = [...new Set([...order, ...this.histograms.keys(), ...this.errorCounts.keys()])];
    return ops
      .filter((op) => this.histograms.has(op) || this.errorCounts.has(op))
      .map((op) => {
        const summary = this.histograms.get(op)?.summary() ?? {
          count: 0,
          p50: 0,
          p95: 0,
          p99: 0,
          max: 0,
          mean: 0,
        };
        let errors = 0;
        for (const n of this.errorCounts.get(op)?.values() ?? []) errors += n;
        return { op, ...summary, errors, perSecond: Math.round((summary.count / seconds) * 10) / 10 };
      });
  }
}
