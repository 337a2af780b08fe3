import { type CampaignReport, type FigureKey, type Language, type ReportRow, editDistance, identityKey } from '@campaign-ledger/core';

/** A figure of the report with the names `explain` knows it by, in both languages. */
export interface NamedFigure {
  /** `2009/tỷ-lệ-tham-gia/đảng-viên` and `2009/participation-rate/party-members`. */
  readonly names: { readonly vi: string; readonly en: string };
  readonly key: FigureKey;
  readonly row: ReportRow;
}

type Period = CampaignReport['groups'][number]['period'];

/** How a name starts: the period of the report's group, as `2009`, `2007-2010`, `unknown`, or `campaign` for the whole campaign. */
export const periodToken = (period: Period): string => {
  if (period === null) return 'campaign';
  if (period === 'unknown') return 'unknown';
  return typeof period === 'number' ? String(period) : `${period.from}-${period.to}`;
};

// The words of a text as identities: NFC, one tone-mark placement, lower case, punctuation dropped.
const wordsOf = (text: string): ReadonlyArray<string> => identityKey(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

/** The name of a row in one language: its period, then each part of its label (the label's commas) in lower-case words joined by hyphens. */
const nameOf = (period: Period, label: string): string => [periodToken(period), ...label.split(', ').map((part) => wordsOf(part).join('-'))].filter((p) => p !== '').join('/');

/**
 * What a name is matched by: its words, in order, whatever separates them (slashes, hyphens,
 * spaces, commas), so that `2009/Tỷ lệ tham gia, đảng viên` is `2009/tỷ-lệ-tham-gia/đảng-viên`.
 */
export const matchKeyOf = (name: string): string => wordsOf(name).join('-');

/** The match key without diacritics (`ty-le-tham-gia`), for a name typed on a keyboard without Vietnamese, and for the nearest names. */
export const foldedKeyOf = (name: string): string =>
  matchKeyOf(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd');

/** Every figure of the report, in report order, with its names. */
export const namedFigures = (report: CampaignReport): ReadonlyArray<NamedFigure> =>
  report.groups.flatMap((group) =>
    group.sections.flatMap((section) =>
      section.rows.map((row) => ({ names: { vi: nameOf(group.period, row.label.vi), en: nameOf(group.period, row.label.en) }, key: row.key, row })),
    ),
  );

/** What a name given on the command line names: one figure, several (a name two rows share), or none, with the nearest names. */
export type FigureByName =
  | { readonly _tag: 'Found'; readonly figure: NamedFigure }
  | { readonly _tag: 'Ambiguous'; readonly figures: ReadonlyArray<NamedFigure> }
  | { readonly _tag: 'Unknown'; readonly nearest: ReadonlyArray<string> };

const NEAREST = 5;

const matching = (figures: ReadonlyArray<NamedFigure>, key: string, keyOf: (name: string) => string): ReadonlyArray<NamedFigure> =>
  figures.filter((f) => keyOf(f.names.vi) === key || keyOf(f.names.en) === key);

// A typed word is found in a name when the name has it, begins with it (3 letters or more), or
// has it with one letter wrong, missing or added (4 letters or more): "member" in "party-members".
const foundIn = (word: string, words: ReadonlyArray<string>): boolean =>
  words.some((w) => w === word || (word.length >= 3 && w.startsWith(word)) || (word.length >= 4 && editDistance(word, w) <= 1));

// How far a name is from what was typed: first the typed words it lacks, then the edit distance.
const distanceTo = (typed: string, name: string): readonly [number, number] => {
  const words = foldedKeyOf(name).split('-');
  const missing = typed.split('-').filter((w) => w !== '' && !foundIn(w, words)).length;
  return [missing, editDistance(typed, foldedKeyOf(name))];
};

const closer = (a: readonly [number, number], b: readonly [number, number]): number => a[0] - b[0] || a[1] - b[1];

/**
 * Finds the figure a name names, in either language: by its words as written (with their
 * diacritics, in any tone-mark placement or case), else by its words without diacritics when that
 * names one figure only. An unknown name gets the nearest names, each in the language it is nearer
 * in: those that lack the fewest of its words (without diacritics), then by edit distance.
 */
export const figureByName = (figures: ReadonlyArray<NamedFigure>, name: string, lang: Language): FigureByName => {
  const exact = matching(figures, matchKeyOf(name), matchKeyOf);
  const found = exact.length > 0 ? exact : matching(figures, foldedKeyOf(name), foldedKeyOf);
  if (found.length === 1 && found[0] !== undefined) return { _tag: 'Found', figure: found[0] };
  if (found.length > 1) return { _tag: 'Ambiguous', figures: found };
  const typed = foldedKeyOf(name);
  const other: Language = lang === 'vi' ? 'en' : 'vi';
  const nearest = figures
    .map((f, index) => {
      const own = distanceTo(typed, f.names[lang]);
      const theOther = distanceTo(typed, f.names[other]);
      return closer(theOther, own) < 0 ? { name: f.names[other], distance: theOther, index } : { name: f.names[lang], distance: own, index };
    })
    .sort((a, b) => closer(a.distance, b.distance) || a.index - b.index)
    .slice(0, NEAREST)
    .map((n) => n.name);
  return { _tag: 'Unknown', nearest };
};
