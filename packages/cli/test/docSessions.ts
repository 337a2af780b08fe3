/** One command of a session shown in the docs, and what it printed. */
export interface SessionStep {
  readonly line: number;
  readonly args: ReadonlyArray<string>;
  readonly exitCode: number;
  readonly expected: ReadonlyArray<string>;
}

/** A line of expected output that stands for any lines, so that a long report can be shown in part. */
export const ANY_LINES = '[…]';

// Splits a command line as a shell would, for the quoting the docs use: '…' and "…".
const splitArgs = (text: string): ReadonlyArray<string> => {
  const args: string[] = [];
  let current = '';
  let quote: string | undefined;
  let started = false;
  for (const c of text) {
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      started = true;
    } else if (c === ' ') {
      if (started || current !== '') args.push(current);
      current = '';
      started = false;
    } else current += c;
  }
  if (started || current !== '') args.push(current);
  return args;
};

/**
 * The sessions of a page: every ```console block, whose lines `$ campaign-ledger …` are commands
 * (ending `# exit N` when the command exits with N) and whose other lines are what each printed,
 * stdout then stderr.
 */
export const sessionsOf = (markdown: string): ReadonlyArray<ReadonlyArray<SessionStep>> => {
  const lines = markdown.split('\n');
  const sessions: SessionStep[][] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i]?.trim() !== '```console') continue;
    const steps: Array<{ line: number; args: ReadonlyArray<string>; exitCode: number; expected: string[] }> = [];
    for (i += 1; i < lines.length && lines[i]?.trim() !== '```'; i += 1) {
      const text = lines[i] ?? '';
      if (text.startsWith('$ ')) {
        const [command, comment] = text.slice(2).split(' # ');
        const exit = /^exit (\d+)$/.exec(comment?.trim() ?? '');
        const [program, ...args] = splitArgs(command ?? '');
        if (program !== 'campaign-ledger') throw new Error(`line ${i + 1}: a session runs campaign-ledger, not ${program}`);
        steps.push({ line: i + 1, args, exitCode: exit === null ? 0 : Number(exit[1]), expected: [] });
      } else {
        const step = steps[steps.length - 1];
        if (step === undefined) throw new Error(`line ${i + 1}: output before any command`);
        step.expected.push(text);
      }
    }
    sessions.push(steps);
  }
  return sessions;
};

/** Whether printed lines are those expected, where each `[…]` stands for any lines (none included). */
export const matchesShown = (printed: ReadonlyArray<string>, shown: ReadonlyArray<string>): boolean => {
  const at = shown.indexOf(ANY_LINES);
  if (at < 0) return printed.length === shown.length && printed.every((l, i) => l === shown[i]);
  const head = shown.slice(0, at);
  const rest = shown.slice(at + 1);
  if (!head.every((l, i) => printed[i] === l)) return false;
  for (let from = head.length; from <= printed.length; from += 1) if (matchesShown(printed.slice(from), rest)) return true;
  return false;
};

/**
 * The set-up each session of a page names, in the order of sessionsOf: `<!-- session: NAME -->`
 * on the line above its ```console block, or undefined for a directory holding only the transcription.
 */
export const sessionSetupsOf = (markdown: string): ReadonlyArray<string | undefined> => {
  const lines = markdown.split('\n');
  return lines.flatMap((line, i) => (line.trim() === '```console' ? [/^<!--\s*session:\s*(\S+)\s*-->$/.exec(lines[i - 1]?.trim() ?? '')?.[1]] : []));
};

/** The bodies of a page's fenced blocks of one language (```sql, ```json), to check that a set-up writes what the page shows. */
export const blocksOf = (markdown: string, lang: string): ReadonlyArray<string> => {
  const lines = markdown.split('\n');
  const bodies: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i]?.trim() !== `\`\`\`${lang}`) continue;
    const end = lines.indexOf('```', i + 1);
    bodies.push(lines.slice(i + 1, end < 0 ? lines.length : end).join('\n'));
    i = end < 0 ? lines.length : end;
  }
  return bodies;
};
