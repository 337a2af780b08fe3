import type * as t from 'io-ts';
import { byTag } from '../model/codecFailures';

/**
 * The union of `{ type, data }` codecs listed at run time (from the spec table) rather than
 * written out; the caller types the result. Decoding looks the `type` up, so a malformed record
 * is reported once, by its own member, and an unknown type with the known ones, nearest first.
 */
export const unionOf = (codecs: ReadonlyArray<t.Mixed>, name: string): t.Mixed => {
  if (codecs.length < 2) throw new TypeError(`${name}: a union needs at least two codecs`);
  return byTag(name, 'type', codecs as ReadonlyArray<t.Mixed & { readonly required: t.Props }>);
};
