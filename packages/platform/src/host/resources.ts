/** A process-wide resource a service may ask for (the sandbox, an LLM client...). */
export interface ResourceRef<T> {
  id: string;
  create(): Promise<T> | T;
  close?(resource: T): Promise<void> | void;
  /** Whether it can serve right now (joins `/ready`). */
  ready?(resource: T): Promise<boolean> | boolean;
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

  async ready(): Promise<Record<string, boolean>> {
    const out: Record<string, boolean> = {};
    for (const [id, { ref, value }] of this.made) {
      try {
        out[id] = ref.ready ? await ref.ready(await value) : true;
      } catch {
        out[id] = false;
      }
    }
    return out;
  }

  async close() {
    for (const { ref, value } of [...this.made.values()].reverse()) await ref.close?.(await value);
    this.made.clear();
  }
}
