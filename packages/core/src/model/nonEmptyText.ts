import * as t from 'io-ts';
import { normalizeText } from '../text/normalizeText';

/** The brand that marks a checked NonEmptyText. */
export interface NonEmptyTextBrand {
  readonly NonEmptyText: unique symbol;
}

/** Text with at least one visible character. Names are normalised with `normalizeText` on the way in. */
export const NonEmptyText = t.brand(
  t.string,
  (s): s is t.Branded<string, NonEmptyTextBrand> => normalizeText(s).length > 0,
  'NonEmptyText',
);
/** Text with at least one visible character. */
export type NonEmptyText = t.TypeOf<typeof NonEmptyText>;

/** Builds a NonEmptyText, normalised; throws on a programmer error. */
export const text = (s: string): NonEmptyText => {
  const n = normalizeText(s);
  if (!NonEmptyText.is(n)) throw new RangeError('text: empty text');
  return n;
};
