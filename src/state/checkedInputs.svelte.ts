import type { FieldErrors, Raw } from '../core/explain/fieldCheck.ts';

/**
 * One section's inputs: what the reader typed (`raw`, bound to the controls), the messages for its
 * fields, and the last inputs that passed (`value`), which the simulations, text and figures use.
 */
export class CheckedInputs<T extends object> {
  raw: Raw<T>;
  errors = $derived.by(() => this.check(this.raw));
  #last: T;
  /** The reader's inputs when valid; otherwise the last valid ones (the section is then marked stale). */
  value = $derived.by((): T => {
    if (Object.keys(this.errors).length === 0) this.#last = $state.snapshot(this.raw) as T;
    return this.#last;
  });
  stale = $derived(Object.keys(this.errors).length > 0);

  constructor(
    defaults: T,
    private readonly check: (raw: Raw<T>) => FieldErrors,
  ) {
    this.raw = $state(structuredClone(defaults) as Raw<T>);
    this.#last = structuredClone(defaults);
  }
}
