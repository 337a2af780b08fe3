import { type PersistentList, emptyList, listInOrder, prepend } from './persistentList';

// A hash array mapped trie over string keys: setting a key copies only the nodes on its path
// (at most 7 small arrays), and shares the rest with the map it came from. A fold that registers
// an organisation per event then costs O(log32 n) per event, where copying a Map cost O(n).

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

interface Entry<V> {
  readonly key: string;
  readonly value: V;
  /** When the key was first set since it was last absent: iteration follows it, as a Map's does. */
  readonly seq: number;
}

// A node holds, for each of its 32 slots in use (bitmap), an entry or a child node; a node past
// the hash's last bits holds every entry whose hash collides in full.
type TrieNode<V> =
  | { readonly kind: 'branch'; readonly bitmap: number; readonly slots: ReadonlyArray<Entry<V> | TrieNode<V>> }
  | { readonly kind: 'collision'; readonly entries: ReadonlyArray<Entry<V>> };

const EMPTY_BRANCH: TrieNode<never> = { kind: 'branch', bitmap: 0, slots: [] };

/** FNV-1a over UTF-16 code units: fast, and spread enough for ids (exported for the tests). */
export const hashOf = (key: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

const popcount = (n: number): number => {
  let x = n - ((n >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
};

const isEntry = <V>(slot: Entry<V> | TrieNode<V>): slot is Entry<V> => !('kind' in slot);

const MAX_SHIFT = 30;

const find = <V>(node: TrieNode<V>, key: string, hash: number, shift: number): Entry<V> | undefined => {
  let current: TrieNode<V> = node;
  let at = shift;
  for (;;) {
    if (current.kind === 'collision') return current.entries.find((e) => e.key === key);
    const bit = 1 << ((hash >>> at) & MASK);
    if ((current.bitmap & bit) === 0) return undefined;
    const slot = current.slots[popcount(current.bitmap & (bit - 1))] as Entry<V> | TrieNode<V>;
    if (isEntry(slot)) return slot.key === key ? slot : undefined;
    current = slot;
    at += BITS;
  }
};

// Two entries that share the bits so far, placed under a new node at this depth.
const pair = <V>(a: Entry<V>, b: Entry<V>, shift: number): TrieNode<V> => {
  if (shift > MAX_SHIFT) return { kind: 'collision', entries: [a, b] };
  const ia = (hashOf(a.key) >>> shift) & MASK;
  const ib = (hashOf(b.key) >>> shift) & MASK;
  if (ia === ib) return { kind: 'branch', bitmap: 1 << ia, slots: [pair(a, b, shift + BITS)] };
  return { kind: 'branch', bitmap: (1 << ia) | (1 << ib), slots: ia < ib ? [a, b] : [b, a] };
};

const put = <V>(node: TrieNode<V>, entry: Entry<V>, hash: number, shift: number): TrieNode<V> => {
  if (node.kind === 'collision') return { kind: 'collision', entries: [...node.entries.filter((e) => e.key !== entry.key), entry] };
  const bit = 1 << ((hash >>> shift) & MASK);
  const index = popcount(node.bitmap & (bit - 1));
  if ((node.bitmap & bit) === 0) {
    const slots = [...node.slots];
    slots.splice(index, 0, entry);
    return { kind: 'branch', bitmap: node.bitmap | bit, slots };
  }
  const slot = node.slots[index] as Entry<V> | TrieNode<V>;
  const replaced = isEntry(slot) ? (slot.key === entry.key ? entry : pair(slot, entry, shift + BITS)) : put(slot, entry, hash, shift + BITS);
  const slots = [...node.slots];
  slots[index] = replaced;
  return { kind: 'branch', bitmap: node.bitmap, slots };
};

// The node without the key, or null when it is left empty; the node itself when the key is absent.
const remove = <V>(node: TrieNode<V>, key: string, hash: number, shift: number): TrieNode<V> | null => {
  if (node.kind === 'collision') {
    const entries = node.entries.filter((e) => e.key !== key);
    return entries.length === node.entries.length ? node : entries.length === 0 ? null : { kind: 'collision', entries };
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  if ((node.bitmap & bit) === 0) return node;
  const index = popcount(node.bitmap & (bit - 1));
  const slot = node.slots[index] as Entry<V> | TrieNode<V>;
  const replaced = isEntry(slot) ? (slot.key === key ? null : slot) : remove(slot, key, hash, shift + BITS);
  if (replaced === slot) return node;
  const slots = [...node.slots];
  if (replaced === null) {
    slots.splice(index, 1);
    const bitmap = node.bitmap & ~bit;
    return bitmap === 0 ? null : { kind: 'branch', bitmap, slots };
  }
  slots[index] = replaced;
  return { kind: 'branch', bitmap: node.bitmap, slots };
};

/**
 * An immutable map from strings, read as a `ReadonlyMap`: `set` and `delete` return a new map
 * that shares all but one path of the trie with this one, so a fold can keep every intermediate
 * state. It iterates in insertion order, as a Map does: a key set again keeps its place, a key
 * deleted and set again goes to the end.
 */
export class PersistentMap<V> implements ReadonlyMap<string, V> {
  // Private fields, not properties: two maps of the same entries are equal to any deep equality
  // that walks their entries, however each was built.
  readonly #root: TrieNode<V>;
  readonly #size: number;
  // Every key ever set, newest first, with the seq it was set under; iteration keeps a key where
  // the trie still holds it under that seq.
  readonly #order: PersistentList<{ readonly key: string; readonly seq: number }>;
  readonly #nextSeq: number;

  private constructor(root: TrieNode<V>, size: number, order: PersistentList<{ readonly key: string; readonly seq: number }>, nextSeq: number) {
    this.#root = root;
    this.#size = size;
    this.#order = order;
    this.#nextSeq = nextSeq;
  }

  private static readonly EMPTY = new PersistentMap<never>(EMPTY_BRANCH, 0, emptyList, 0);

  get size(): number {
    return this.#size;
  }

  /** The empty map. */
  static empty<V>(): PersistentMap<V> {
    return PersistentMap.EMPTY as PersistentMap<V>;
  }

  /** The map's entries as a persistent map: the map itself when it already is one. */
  static of<V>(entries: ReadonlyMap<string, V> | Iterable<readonly [string, V]>): PersistentMap<V> {
    if (entries instanceof PersistentMap) return entries as PersistentMap<V>;
    let map = PersistentMap.empty<V>();
    for (const [key, value] of entries) map = map.set(key, value);
    return map;
  }

  get(key: string): V | undefined {
    return find(this.#root, key, hashOf(key), 0)?.value;
  }

  has(key: string): boolean {
    return find(this.#root, key, hashOf(key), 0) !== undefined;
  }

  /** A map with the key set to the value; a key already present keeps its place. */
  set(key: string, value: V): PersistentMap<V> {
    const hash = hashOf(key);
    const existing = find(this.#root, key, hash, 0);
    if (existing !== undefined) {
      if (Object.is(existing.value, value)) return this;
      return new PersistentMap(put(this.#root, { key, value, seq: existing.seq }, hash, 0), this.#size, this.#order, this.#nextSeq);
    }
    const seq = this.#nextSeq;
    return new PersistentMap(put(this.#root, { key, value, seq }, hash, 0), this.#size + 1, prepend({ key, seq }, this.#order), seq + 1);
  }

  /** A map without the key (this map when it has none). */
  delete(key: string): PersistentMap<V> {
    const root = remove(this.#root, key, hashOf(key), 0);
    if (root === this.#root) return this;
    return new PersistentMap(root ?? EMPTY_BRANCH, this.#size - 1, this.#order, this.#nextSeq);
  }

  *entries(): MapIterator<[string, V]> {
    for (const { key, seq } of listInOrder(this.#order)) {
      const entry = find(this.#root, key, hashOf(key), 0);
      if (entry !== undefined && entry.seq === seq) yield [key, entry.value];
    }
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
