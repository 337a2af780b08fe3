import * as t from 'io-ts';

/** The brand that marks a checked Id. */
export interface IdBrand {
  readonly Id: unique symbol;
}

const ID = /^[a-z0-9][a-z0-9._:/-]{0,199}$/;

/**
 * An identifier chosen by the recording application: lower-case letters, digits and . _ : / -,
 * at most 200 characters ("org:muong-te/cong-an", "class:2010-summer"). Ids are never derived
 * from free text, so a renamed organisation keeps its id.
 */
export const Id = t.brand(t.string, (s): s is t.Branded<string, IdBrand> => ID.test(s), 'Id');
/** An identifier chosen by the recording application. */
export type Id = t.TypeOf<typeof Id>;

/** Builds an Id from a literal known to be valid; throws on a programmer error. */
export const id = (s: string): Id => {
  if (!Id.is(s)) throw new RangeError(`id: "${s}" is not an identifier (a-z, 0-9, . _ : / -)`);
  return s;
};
