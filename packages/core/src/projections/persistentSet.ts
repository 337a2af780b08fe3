import { PersistentMap } from './persistentMap';

/**
 * An immutable set of strings, read as a `ReadonlySet`: `add` returns a new set sharing all but
 * one path with this one (a PersistentMap underneath), in insertion order as a Set iterates.
 */
export class PersistentSet implements ReadonlySet<string> {
  readonly #items: PersistentMap<true>;

  private constructor(items: PersistentMap<true>) {
    this.#items = items;
  }

  private static readonly EMPTY = new PersistentSet(PersistentMap.empty());

  /** The empty set. */
  static empty(): PersistentSet {
    return PersistentSet.EMPTY;
  }

  /** The items as a persistent set: the set itself when it already is one. */
  static of(items: Iterable<string>): PersistentSet {
    if (items instanceof PersistentSet) return items;
    let set = PersistentSet.empty();
    for (const item of items) set = set.add(item);
    return set;
  }

  get size(): number {
    return this.#items.size;
  }

  has(item: string): boolean {
    return this.#items.has(item);
  }

  /** A set with the item (this set when it has it already). */
  add(item: string): PersistentSet {
    const items = this.#items.set(item, true);
    return items === this.#items ? this : new PersistentSet(items);
  }

  *values(): SetIterator<string> {
    yield* this.#items.keys();
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const item of this.#items.keys()) yield [item, item];
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const item of this.#items.keys()) callback.call(thisArg, item, item, this);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}
