// How many single-letter edits (insert, delete, replace) turn one name into another, ignoring case.
const distance = (a: string, b: string): number => {
  const x = [...a.toLowerCase()];
  const y = [...b.toLowerCase()];
  let row = y.map((_, j) => j + 1);
  row.unshift(0);
  for (const [i, letter] of x.entries()) {
    const next = [i + 1];
    for (const [j, other] of y.entries()) next.push(Math.min((row[j + 1] ?? 0) + 1, (next[j] ?? 0) + 1, (row[j] ?? 0) + (letter === other ? 0 : 1)));
    row = next;
  }
  return row[y.length] ?? 0;
};

/** The known names, nearest to `name` first (ties in their own order): what an error offers for a name it does not know. */
export const nearestNames = (name: string, known: ReadonlyArray<string>): ReadonlyArray<string> =>
  known
    .map((k, index) => ({ k, index, d: distance(name, k) }))
    .sort((p, q) => p.d - q.d || p.index - q.index)
    .map((p) => p.k);
