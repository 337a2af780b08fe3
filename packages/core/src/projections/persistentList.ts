/**
 * An immutable singly linked list. Prepending shares the whole tail, so a fold can keep every
 * intermediate state (as-of replay) at the cost of one cell per event.
 */
export type PersistentList<A> = ListCell<A> | null;

/** One cell of a persistent list; `size` makes counting constant-time. */
export interface ListCell<A> {
  readonly head: A;
  readonly tail: PersistentList<A>;
  readonly size: number;
}

/** The empty persistent list. */
export const emptyList: PersistentList<never> = null;

/** A new list with `head` in front of `tail`; `tail` is shared, never copied. */
export const prepend = <A>(head: A, tail: PersistentList<A>): PersistentList<A> => ({
  head,
  tail,
  size: (tail === null ? 0 : tail.size) + 1,
});

/** How many elements a list holds. */
export const listSize = <A>(list: PersistentList<A>): number => (list === null ? 0 : list.size);

// Lists are immutable, so the array of a cell never changes: figures ask for the same lists many
// times and a memo keyed by the cell spares the walk. It is invisible from outside.
const inOrderMemo = new WeakMap<ListCell<unknown>, ReadonlyArray<unknown>>();

/** The elements in the order they were prepended (oldest first), the reverse of the cell chain. */
export const listInOrder = <A>(list: PersistentList<A>): ReadonlyArray<A> => {
  if (list === null) return [];
  const memo = inOrderMemo.get(list);
  if (memo !== undefined) return memo as ReadonlyArray<A>;
  const out: A[] = new Array<A>(list.size);
  let cell: PersistentList<A> = list;
  for (let i = list.size - 1; cell !== null; i -= 1, cell = cell.tail) out[i] = cell.head;
  Object.freeze(out);
  inOrderMemo.set(list, out);
  return out;
};
