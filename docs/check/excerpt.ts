/** A comment line starting with this, in an excerpt, stands for lines of the source left out. */
export const ELISION = '// ...';

const isComment = (line: string): boolean => line.startsWith('//') || line.startsWith('/*') || line.startsWith('*');

interface Line {
  readonly text: string;
  readonly elision: boolean;
  /** 1-based, in the text it came from. */
  readonly at: number;
}

// Blank lines and whole-line comments are left out on both sides: an excerpt may drop a comment
// of its source or add one of its own, but every line of code must be the source's.
const codeLines = (text: string): ReadonlyArray<Line> =>
  text
    .split('\n')
    .map((line, i) => ({ text: line.trim(), elision: line.trim().startsWith(ELISION), at: i + 1 }))
    .filter((l) => l.elision || (l.text !== '' && !isComment(l.text)));

/**
 * Why a block is not an excerpt of a source file, or undefined when it is: its lines of code, each
 * trimmed, are lines of the source in the same order, one right after the other, except where the
 * block has a comment line starting `// ...` (any lines of the source are left out there). The excerpt may start anywhere
 * in the source; whole-line comments and blank lines are not compared.
 */
export const notAnExcerpt = (excerpt: string, source: string): string | undefined => {
  const wanted = codeLines(excerpt);
  const have = codeLines(source).filter((l) => !l.elision);
  // The furthest line of the excerpt matched, for the message when nothing matches.
  let furthest = 0;
  const failed = new Set<string>();
  // Whether wanted[w..] matches have[h..]; `free` when the excerpt may skip source lines here.
  const matches = (w: number, h: number, free: boolean): boolean => {
    const line = wanted[w];
    if (line === undefined) return true;
    if (line.elision) return matches(w + 1, h, true);
    const key = `${w}:${h}:${free}`;
    if (failed.has(key)) return false;
    furthest = Math.max(furthest, w);
    for (let at = h; at < have.length; at += 1) {
      if (have[at]?.text === line.text && matches(w + 1, at + 1, false)) return true;
      if (!free) break;
    }
    failed.add(key);
    return false;
  };
  if (matches(0, 0, true)) return undefined;
  const stuck = wanted[furthest];
  return `its line ${stuck?.at ?? '?'} (${stuck?.text ?? ''}) does not follow in the source; mark lines left out with ${ELISION}`;
};
