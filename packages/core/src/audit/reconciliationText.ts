import type { Language } from '../text/language';
import { type AuditFinding, type Severity, findingKindLabels } from './finding';
import { type Arithmetic, type Reconciliation, type ReconciliationNote, reconciliationKindLabels } from './reconciliation';

/** The mark of each severity at the head of a line: `!` an alarm, `⚠` a warning, `–` a note. */
export const SEVERITY_MARKS: { readonly [s in Severity | 'none']: string } = { alarm: '!', warning: '⚠', note: '–', none: ' ' };

const WORDS = {
  vi: { localised: 'khoanh vùng', more: (n: number) => `(còn ${n} câu)` },
  en: { localised: 'localisation', more: (n: number) => `(and ${n} more sentences)` },
} as const;

// What a check says about its number: it agrees (✓), differs (≠) or could not be made (?).
const checkMark = (a: Arithmetic | undefined): string => {
  switch (a?._tag) {
    case 'Compare':
    case 'Percent':
      return a.equal ? '✓' : '≠';
    case 'Bound':
    case 'Sum':
    case 'Exempted':
      return a.holds ? '✓' : '≠';
    case 'Missing':
    case 'Coverage':
      return '?';
    default:
      return '·';
  }
};

// A check note says whether it agreed; the rest (the key's own cell, a computed bound, parts that
// cannot be added) is what surrounds the verdict, marked `·`.
const noteLine = (n: ReconciliationNote, lang: Language): string => `    ${n.kind === 'check' ? checkMark(n.arithmetic) : '·'} ${n.line[lang]}`;

const QUOTE_WIDTH = 100;
const BEFORE_NUMBER = 40;

// A long sentence is shown around the number the statement printed, so the reader sees it in its words.
const excerpt = (quote: string, printed: string): string => {
  const chars = Array.from(quote);
  if (chars.length <= QUOTE_WIDTH) return quote;
  const number = /\d[\d.,]*/.exec(printed)?.[0];
  const at = number === undefined ? -1 : Array.from(quote.slice(0, Math.max(0, quote.indexOf(number)))).length;
  const from = at < 0 ? 0 : Math.min(Math.max(0, at - BEFORE_NUMBER), chars.length - QUOTE_WIDTH);
  const to = from + QUOTE_WIDTH;
  // Cut between words: start after a space, end before one.
  const start = from === 0 ? 0 : from + Math.max(0, chars.slice(from, to).indexOf(' ') + 1);
  const lastSpace = chars.slice(start, to).lastIndexOf(' ');
  const end = to >= chars.length || lastSpace < 0 ? to : start + lastSpace;
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('').trim()}${end < chars.length ? '…' : ''}`;
};

// What follows a contradiction: the number to look at first, then the slips that would explain it.
const followUps = (f: AuditFinding, lang: Language): ReadonlyArray<string> => [
  ...(f.localisation === undefined ? [] : [`    → ${WORDS[lang].localised}: ${f.localisation.line[lang]}`]),
  ...f.hypotheses.map((h) => `    → ${h.line[lang]}`),
];

/**
 * A reconciliation as text lines: the statement's figure in words, its verdict and arithmetic
 * ("! Số lớp — 2010, Huyện ủy Mường Tè: tổng khác tổng các phần — 2 + 33 = 35 ≠ 36"), marked by
 * its severity (`!` alarm, `⚠` warning, `–` note); then each check under it, saying what it is
 * (`✓` agrees, `≠` differs, `?` could not be checked, `·` what surrounds the verdict); then its
 * other findings, and under a contradiction the number to look at first and the hypotheses.
 */
export const formatReconciliation = (r: Reconciliation, lang: Language): ReadonlyArray<string> => {
  const own = r.findings.find((f) => f.figureIds[0] === r.figureId && (f.kind === r.kind || (r.kind === 'not-computable' && f.kind === 'partial-coverage')));
  const others = r.findings.filter((f) => f !== own);
  return [
    `${SEVERITY_MARKS[own?.severity ?? (r.severity === 'alarm' ? 'alarm' : 'none')]} ${r.subject[lang]}: ${reconciliationKindLabels[r.kind][lang]} — ${r.arithmetic.line[lang]}`,
    ...r.notes.map((n) => noteLine(n, lang)),
    ...(own === undefined ? [] : followUps(own, lang)),
    ...others.flatMap((f) => [`  ${SEVERITY_MARKS[f.severity]} ${findingKindLabels[f.kind][lang]} — ${f.arithmetic.line[lang]}`, ...followUps(f, lang)]),
  ];
};

/** Several reconciliations as text lines, one block each, in the order given. */
export const formatReconciliations = (rs: ReadonlyArray<Reconciliation>, lang: Language): ReadonlyArray<string> =>
  rs.flatMap((r) => formatReconciliation(r, lang));

/**
 * A finding as text lines: its mark and figure, its class and arithmetic, the sentences it rests
 * on («...»), then, for a contradiction, the number to look at first and the hypotheses:
 * "! Tỷ lệ tham gia, đảng viên — 2009, Huyện ủy Mường Tè: tỷ lệ không khớp với phân số của chính
 * nó — 2.181/2.321 = 93,97% ≠ 94,2%".
 */
export const formatFinding = (f: AuditFinding, lang: Language): ReadonlyArray<string> => {
  const seen = new Set<string>();
  const quotes = f.statements.filter((s) => s.quote !== undefined && !seen.has(s.quote) && (seen.add(s.quote), true));
  const shown = quotes.slice(0, 3).map((s) => `    «${excerpt(s.quote ?? '', s.printed.vi)}»`);
  return [
    `${SEVERITY_MARKS[f.severity]} ${f.subject[lang]}: ${findingKindLabels[f.kind][lang]} — ${f.arithmetic.line[lang]}`,
    ...shown,
    ...(quotes.length > 3 ? [`    ${WORDS[lang].more(quotes.length - 3)}`] : []),
    ...followUps(f, lang),
  ];
};

/** Several findings as text lines, one block each, in the order given (an audit gives them gravest first). */
export const formatFindings = (fs: ReadonlyArray<AuditFinding>, lang: Language): ReadonlyArray<string> => fs.flatMap((f) => formatFinding(f, lang));
