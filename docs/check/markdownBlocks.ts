/** One marker comment above a fenced block: `<!-- setup: muongTe -->` is `{ key: 'setup', value: 'muongTe' }`. */
export interface Marker {
  readonly key: string;
  /** The text after the colon, trimmed; empty for a bare marker such as `<!-- output -->`. */
  readonly value: string;
}

/** A fenced code block of a markdown page. */
export interface CodeBlock {
  /** The page, relative to the repository root, with forward slashes: `docs/audit.md`. */
  readonly page: string;
  /** The 1-based line of the opening fence. */
  readonly line: number;
  /** The first word of the info string (`ts`, `text`, `json`), or '' for a bare fence. */
  readonly lang: string;
  /** The block's lines, without the fences and without the indentation of the opening fence. */
  readonly code: string;
  /** The HTML comments on the lines right above the fence, nearest last. */
  readonly markers: ReadonlyArray<Marker>;
  /** The last line of prose before the block (its markers skipped), trimmed. */
  readonly lead: string;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/;
const COMMENT = /^\s*<!--\s*([\w:.-]+)\s*(?::\s*(.*?))?\s*-->\s*$/;

/** Where a block is, as a reader finds it: `docs/audit.md:13`. */
export const whereIs = (block: Pick<CodeBlock, 'page' | 'line'>): string => `${block.page}:${block.line}`;

/**
 * The fenced code blocks of a markdown page, in order, with the markers right above each. A fence
 * closes on a line of the same character at least as long, so a page can show a ```ts block inside
 * a ````markdown block and only the outer one is a block.
 */
export const codeBlocks = (page: string, markdown: string): ReadonlyArray<CodeBlock> => {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE.exec(lines[i] ?? '');
    if (open === null) continue;
    const [, indent = '', fence = '', lang = ''] = open;
    const closes = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !closes.test(lines[end] ?? '')) end += 1;
    if (end >= lines.length) throw new Error(`${page}:${i + 1}: the code block opened here is never closed`);
    const code = lines
      .slice(i + 1, end)
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()))
      .join('\n');
    const markers: Marker[] = [];
    let above = i - 1;
    for (; above >= 0; above -= 1) {
      const comment = COMMENT.exec(lines[above] ?? '');
      if (comment === null) break;
      markers.unshift({ key: comment[1] ?? '', value: comment[2] ?? '' });
    }
    while (above >= 0 && (lines[above] ?? '').trim() === '') above -= 1;
    blocks.push({ page, line: i + 1, lang: lang.toLowerCase(), code: code === '' ? '' : `${code}\n`, markers, lead: (lines[above] ?? '').trim() });
    i = end;
  }
  return blocks;
};

/** The value of a block's marker, or undefined when the block has none of that key. */
export const markerOf = (block: CodeBlock, key: string): string | undefined => block.markers.find((m) => m.key === key)?.value;

/** Whether a block holds TypeScript. */
export const isTypeScript = (block: CodeBlock): boolean => block.lang === 'ts' || block.lang === 'typescript';

/** Whether a block is shown as text a program or command printed. */
export const isText = (block: CodeBlock): boolean => block.lang === 'text' || block.lang === '';
