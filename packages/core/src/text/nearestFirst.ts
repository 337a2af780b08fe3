/**
 * The edit distance between two words (insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1), compared without case: how far a misspelt name is from a
 * known one.
 */
export const editDistance = (a: string, b: string): number => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // Three rows of the dynamic programme are enough for the swap of two neighbouring letters.
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[y.length] ?? 0;
};

/**
 * The known names, nearest to `name` first (by edit distance, then in their own order): what an
 * error offers in place of a name it does not know.
 *
 * @example nearestFirst('organizerLevel', ['classId', 'organiserLevel', 'organiserId']) // ['organiserLevel', 'organiserId', 'classId']
 */
export const nearestFirst = (name: string, known: ReadonlyArray<string>): ReadonlyArray<string> =>
  known
    .map((k, index) => ({ k, index, distance: editDistance(name, k) }))
    .sort((p, q) => p.distance - q.distance || p.index - q.index)
    .map((p) => p.k);
