import * as t from 'io-ts';

/** The brand that marks a checked IsoDate. */
export interface IsoDateBrand {
  readonly IsoDate: unique symbol;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isRealDate = (s: string): boolean => {
  const m = ISO_DATE.exec(s);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};

/** A calendar date without time or zone, written YYYY-MM-DD (26-11-2006 in a report is 2006-11-26). */
export const IsoDate = t.brand(
  t.string,
  (s): s is t.Branded<string, IsoDateBrand> => isRealDate(s),
  'IsoDate',
);
/** A calendar date written YYYY-MM-DD. */
export type IsoDate = t.TypeOf<typeof IsoDate>;

/** Builds an IsoDate from a literal known to be valid; throws on a programmer error. */
export const isoDate = (s: string): IsoDate => {
  if (!IsoDate.is(s)) throw new RangeError(`isoDate: "${s}" is not a real date written YYYY-MM-DD`);
  return s;
};

/** The year of an ISO date. */
export const yearOfDate = (d: IsoDate): number => Number(d.slice(0, 4));
