import * as t from 'io-ts';

/**
 * The io-ts union of codecs listed at run time (from the spec table) rather than written out;
 * the caller types the result. Members tagged by a literal `type` make it a tagged union, which
 * decodes by looking the tag up.
 */
export const unionOf = (codecs: ReadonlyArray<t.Mixed>, name: string): t.Mixed => {
  const [first, second, ...rest] = codecs;
  if (first === undefined || second === undefined) throw new TypeError(`${name}: a union needs at least two codecs`);
  return t.union([first, second, ...rest], name);
};
