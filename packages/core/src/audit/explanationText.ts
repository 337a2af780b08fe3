import { qualifierLabels } from '../model/qualifier';
import type { Language } from '../text/language';
import { formatCount, formatFraction, formatPercent } from '../text/numberFormat';
import type { Explanation, LineageEffect, LineageEntry } from './explain';

/** How an explanation is written: the longest quote shown, in characters (the entries keep the whole sentence). */
export interface ExplanationTextOptions {
  readonly quoteWidth?: number;
}

/** The default quote width: long enough to recognise the sentence, short enough for one line. */
export const DEFAULT_QUOTE_WIDTH = 60;

const WORDS = {
  vi: {
    noData: 'không có số liệu',
    notComputable: 'không tính được',
    numerator: 'tử số',
    denominator: 'mẫu số',
    noEvent: '(không có sự kiện)',
    corrected: 'đính chính',
    retracted: 'rút lại',
    effect: {
      added: '',
      shadowed: 'bị che bởi số tổng hợp',
      superseded: 'đã được đính chính',
      retracted: 'đã rút lại, không cộng',
      'not-added': 'khác đơn vị, không cộng',
    },
  },
  en: {
    noData: 'no data',
    notComputable: 'not computable',
    numerator: 'numerator',
    denominator: 'denominator',
    noEvent: '(no event)',
    corrected: 'corrected by',
    retracted: 'retracted by',
    effect: {
      added: '',
      shadowed: 'shadowed by a summary',
      superseded: 'superseded by a correction',
      retracted: 'retracted, not added',
      'not-added': 'another count unit, not added',
    },
  },
} as const;

const MARK: { readonly [e in LineageEffect]: string } = { added: '+', shadowed: '·', superseded: '×', retracted: '−', 'not-added': '·' };

const shortened = (quote: string, width: number): string => {
  const chars = Array.from(quote);
  return chars.length <= width ? quote : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
};

const qualified = (text: string, qualifier: LineageEntry['qualifier'], lang: Language): string =>
  qualifier === undefined ? text : `${qualifierLabels[qualifier][lang]} ${text}`;

/** One event of a lineage as a line: "+ 3  ClassesReported fact:2007/classes/agencies @43 «Trong năm 2007 …»". */
export const formatLineageEntry = (entry: LineageEntry, lang: Language, options: ExplanationTextOptions = {}): string => {
  const width = options.quoteWidth ?? DEFAULT_QUOTE_WIDTH;
  const quote = entry.quote === undefined ? '' : ` «${shortened(entry.quote, width)}»`;
  const effect = WORDS[lang].effect[entry.effect];
  const value = qualified(formatCount(entry.value, lang), entry.qualifier, lang);
  const corrected =
    entry.correction === undefined ? '' : ` (${WORDS[lang].corrected} ${entry.correction.correctionId}: ${entry.correction.reason})`;
  const retracted =
    entry.retraction === undefined ? '' : ` (${WORDS[lang].retracted} ${entry.retraction.retractionId}: ${entry.retraction.reason})`;
  return `${MARK[entry.effect]} ${value}  ${entry.eventType} ${entry.factId} @${entry.globalPosition}${quote}${effect === '' ? '' : ` (${effect})`}${corrected}${retracted}`;
};

const valueText = (e: Explanation, lang: Language): string => {
  const w = WORDS[lang];
  if (e.percent !== undefined) return `${formatFraction(e.percent.numerator, e.percent.denominator, lang)} = ${formatPercent(e.percent, lang)}`;
  if (e.status === 'no-data') return w.noData;
  if (e.status === 'not-computable') {
    const reason = lang === 'en' && e.reason !== undefined ? ` (${e.reason})` : '';
    const fraction =
      e.fraction === undefined
        ? ''
        : `${e.fraction.numerator === null ? '?' : formatCount(e.fraction.numerator, lang)}/${e.fraction.denominator === null ? '?' : formatCount(e.fraction.denominator, lang)}, `;
    return `${fraction}${w.notComputable}${reason}`;
  }
  return qualified(formatCount(e.value ?? 0, lang), e.qualifiers[0], lang);
};

/**
 * An explanation as text lines: a heading with the figure and its value, then one line per event,
 * `+` for what was added, `·` for what was shadowed (or, for a report's parts, not added), `×`
 * for what a correction superseded and `−` for what a retraction withdrew. A rate lists its numerator's events, then its denominator's.
 */
export const formatExplanation = (explanation: Explanation, lang: Language, options: ExplanationTextOptions = {}): ReadonlyArray<string> => {
  const lines = [`${explanation.title[lang]}: ${valueText(explanation, lang)}`];
  if (explanation.fraction === undefined) {
    for (const entry of explanation.entries) lines.push(formatLineageEntry(entry, lang, options));
    return lines;
  }
  const sides = [
    ['numerator', explanation.fraction.numerator],
    ['denominator', explanation.fraction.denominator],
  ] as const;
  for (const [side, value] of sides) {
    lines.push(`  ${WORDS[lang][side]}: ${value === null ? '?' : formatCount(value, lang)}`);
    const entries = explanation.entries.filter((e) => e.side === side);
    if (entries.length === 0) lines.push(`    ${WORDS[lang].noEvent}`);
    for (const entry of entries) lines.push(`    ${formatLineageEntry(entry, lang, options)}`);
  }
  return lines;
};
