import * as t from 'io-ts';

/** The brand that marks a checked Year. */
export interface YearBrand {
  readonly Year: unique symbol;
}

/** A calendar year, the unit facts are filed under (1900–2999). */
export const Year = t.brand(
  t.number,
  (n): n is t.Branded<number, YearBrand> => Number.isInteger(n) && n >= 1900 && n <= 2999,
  'Year',
);
/** A calendar year. */
export type Year = t.TypeOf<typeof Year>;

/** Builds a Year from a literal known to be valid; throws on a programmer error. */
export const year = (n: number): Year => {
  if (!Year.is(n)) throw new RangeError(`year: ${n} is not a year between 1900 and 2999`);
  return n;
};
