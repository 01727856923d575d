/**
 * What a process has worked out once, kept by a key that names its inputs whole, for the next time
 * it is asked: bounded, the oldest forgotten first. (A Map keeps its insertion order: no library is
 * needed for that.)
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The value kept for `key`, or the one `make` gives, kept from now on. */
  of(key: string, make: () => V): V {
    if (this.entries.has(key)) return this.entries.get(key) as V;
    const value = make();
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
    return value;
  }

  forget(key: string) {
    this.entries.delete(key);
  }
}
