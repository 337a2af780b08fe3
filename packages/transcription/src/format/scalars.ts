import * as t from 'io-ts';

// A YAML file is read with the failsafe schema, so every scalar arrives as the text the analyst
// typed ("3.573" stays "3.573", never the float 3.573); a JSON file or a spreadsheet cell may give
// a number instead, which is taken as the text of that number.

/** Text as written, NFC-normalised and trimmed; never empty. */
export const Text = new t.Type<string, string, unknown>(
  'Text',
  (u): u is string => typeof u === 'string' && u.trim().length > 0,
  (u, c) => (typeof u === 'string' && u.trim().length > 0 ? t.success(u.normalize('NFC').trim()) : t.failure(u, c, 'a text that is not empty')),
  t.identity,
);

/** A scalar as written: text, or a number from a JSON file or a spreadsheet cell, as its text. */
export const Written = new t.Type<string, string, unknown>(
  'Written',
  (u): u is string => typeof u === 'string',
  (u, c) => {
    if (typeof u === 'number' && Number.isFinite(u)) return t.success(String(u));
    return typeof u === 'string' && u.trim().length > 0 ? t.success(u.normalize('NFC').trim()) : t.failure(u, c, 'a number or a text as the report writes it');
  },
  t.identity,
);

/** Any value of a field the core's own codecs check: a scalar as written, a list or a mapping of them. */
export const Value = new t.Type<unknown, unknown, unknown>('Value', (u): u is unknown => u !== undefined, (u, c) => (u === undefined ? t.failure(u, c, 'a value') : t.success(u)), t.identity);

/** The version of the transcription format this package reads. */
export const FORMAT_VERSION = 1;

/** `transcription: 1`: the version of the format, so that a later format can read this one. */
export const FormatVersion = new t.Type<1, number, unknown>(
  'FormatVersion',
  (u): u is 1 => u === FORMAT_VERSION,
  (u, c) => (u === FORMAT_VERSION || u === String(FORMAT_VERSION) ? t.success(1) : t.failure(u, c, `the format version ${FORMAT_VERSION}`)),
  (v) => v,
);

/** A paragraph and sentence number, "12.2": where a quote stands in its document. */
export interface Place {
  readonly paragraph: number;
  readonly sentence: number;
}

/** "12.2" (paragraph 12, sentence 2), or "12" for a whole paragraph or a heading. */
export const PlaceText = new t.Type<Place, string, unknown>(
  'Place',
  (u): u is Place => typeof u === 'object' && u !== null && 'paragraph' in u,
  (u, c) => {
    const text = typeof u === 'number' ? String(u) : u;
    if (typeof text !== 'string') return t.failure(u, c, 'a place "paragraph.sentence", such as "12.2"');
    const match = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(text);
    if (match === null || Number(match[1]) < 1 || (match[2] !== undefined && Number(match[2]) < 1)) {
      return t.failure(u, c, 'a place "paragraph.sentence", such as "12.2" (both from 1)');
    }
    return t.success({ paragraph: Number(match[1]), sentence: match[2] === undefined ? 0 : Number(match[2]) });
  },
  (p) => (p.sentence === 0 ? String(p.paragraph) : `${p.paragraph}.${p.sentence}`),
);

/** A place as the locator of a source: "12.2", or "12" for a whole paragraph. */
export const placeText = (p: Place): string => PlaceText.encode(p);
