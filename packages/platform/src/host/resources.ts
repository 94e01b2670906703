/** Whether a resource can serve right now, and if not, why (what to do about it). */
export interface ResourceReadiness {
  ok: boolean;
  problem?: string;
}

/** The named checks of `/ready`, and the problem of each failing one. */
export interface ReadinessReport {
  checks: Record<string, boolean>;
  problems: Record<string, string>;
}

/** A process-wide resource a service may ask for (the sandbox, an LLM client...). */
export interface ResourceRef<T> {
  id: string;
  create(): Promise<T> | T;
  close?(resource: T): Promise<void> | void;
  /** Whether it can serve right now (joins `/ready`). */
  ready?(resource: T): Promise<ResourceReadiness> | ResourceReadiness;
}

/**
 * Builds each resource once per process and hands the same instance to every service
 * that asks for it, so one process or one per service is a deployment choice.
 */
export class Resources {
  private readonly made = new Map<string, { ref: ResourceRef<unknown>; value: Promise<unknown> }>();

  get<T>(ref: ResourceRef<T>): Promise<T> {
    const existing = this.made.get(ref.id);
    if (existing) return existing.value as Promise<T>;
    const value = Promise.resolve(ref.create());
    this.made.set(ref.id, { ref: ref as ResourceRef<unknown>, value });
    return value;
  }

  async ready(): Promise<ReadinessReport> {
    const report: ReadinessReport = { checks: {}, problems: {} };
    for (const [id, { ref, value }] of this.made) {
      let state: ResourceReadiness;
      try {
        state = ref.ready ? await ref.ready(await value) : { ok: true };
      } catch (error) {
        state = { ok: false, problem: (error as Error).message };
      }
      report.checks[id] = state.ok;
      if (!state.ok) report.problems[id] = state.problem ?? `${id} is not ready`;
    }
    return report;
  }

  async close() {
    for (const { ref, value } of [...this.made.values()].reverse()) await ref.close?.(await value);
    this.made.clear();
  }
}
