// Edit distance between two names, over code points: how far a misspelt name is from a known one.
const editDistance = (a: string, b: string): number => {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
};

/** The known names, nearest to `name` first (ties keep their order): what an error offers for a misspelt name. */
export const nearestNames = (name: string, known: ReadonlyArray<string>): ReadonlyArray<string> =>
  known
    .map((k, index) => ({ k, index, distance: editDistance(name.toLowerCase(), k.toLowerCase()) }))
    .sort((p, q) => p.distance - q.distance || p.index - q.index)
    .map((p) => p.k);
