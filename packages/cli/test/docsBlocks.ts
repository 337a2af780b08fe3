import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A fenced block of a page, with the heading it stands under. */
export interface DocBlock {
  readonly heading: string;
  /** The 1-based line of its opening fence. */
  readonly line: number;
  readonly lang: string;
  readonly code: string;
}

/** A page of the repository's docs (`docs/cli.md`), as text. */
export const readDoc = (page: string): string => readFileSync(fileURLToPath(new URL(`../../../${page}`, import.meta.url)), 'utf8');

/** The fenced blocks of a markdown page, in order, each with the nearest heading above it. */
export const docBlocks = (markdown: string): ReadonlyArray<DocBlock> => {
  const lines = markdown.split('\n');
  const blocks: DocBlock[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i] ?? '';
    if (text.startsWith('#')) heading = text.replace(/^#+\s*/, '');
    const open = /^```(\S*)\s*$/.exec(text);
    if (open === null) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    if (end === -1) throw new Error(`line ${i + 1}: a block that is never closed`);
    blocks.push({ heading, line: i + 1, lang: open[1] ?? '', code: `${lines.slice(i + 1, end).join('\n')}\n` });
    i = end;
  }
  return blocks;
};

/** The rows of the first markdown table under a heading: each row's cells, without backticks; its header row and rule left out. */
export const tableUnder = (markdown: string, heading: string): ReadonlyArray<ReadonlyArray<string>> => {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^#+\s/.test(l) && l.replace(/^#+\s*/, '') === heading);
  if (start === -1) throw new Error(`no heading ${heading}`);
  const first = lines.findIndex((l, i) => i > start && l.startsWith('|'));
  const after = lines.findIndex((l, i) => i > first && !l.startsWith('|'));
  const nextHeading = lines.findIndex((l, i) => i > start && /^#+\s/.test(l));
  if (first === -1 || (nextHeading !== -1 && first > nextHeading)) throw new Error(`no table under ${heading}`);
  const rows = lines.slice(first, after === -1 ? lines.length : after).map((l) =>
    l
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim().replaceAll('`', '')),
  );
  return rows.slice(2);
};
