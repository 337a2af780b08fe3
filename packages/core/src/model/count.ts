import * as t from 'io-ts';

/** The brand that marks a checked Count. */
export interface CountBrand {
  readonly Count: unique symbol;
}

/** A count of things or people: a non-negative safe integer. Rates are never stored, only computed. */
export const Count = t.brand(
  t.number,
  (n): n is t.Branded<number, CountBrand> => Number.isSafeInteger(n) && n >= 0,
  'Count',
);
/** A count of things or people: a non-negative safe integer. */
export type Count = t.TypeOf<typeof Count>;

/** Builds a Count from a literal known to be valid; throws on a programmer error. */
export const count = (n: number): Count => {
  if (!Count.is(n)) throw new RangeError(`count: ${n} is not a non-negative integer`);
  return n;
};
