import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

/** Whether a value is a plain JSON object (not null, not an array). */
export const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);

/**
 * A codec that accepts nothing: it only names what was expected where a decode failed, so the
 * error reads `left.0.figure.stge: expected one of the fields of awards ...`.
 */
export const expectation = (name: string): t.Type<never, never, unknown> =>
  new t.Type<never, never, unknown>(
    name,
    (_u): _u is never => false,
    (u, c) => t.failure(u, c),
    (a) => a,
  );

/** The failure for a field that does not belong where it was written, at its own path. */
export const unknownField = (c: t.Context, field: string, value: unknown, allowed: ReadonlyArray<string>): t.ValidationError => ({
  value,
  context: t.appendContext(c, field, expectation(`one of the fields ${allowed.join(', ')} (there is no field "${field}")`), value),
});

/**
 * A record codec that rejects fields it does not name. Rules are written by hand, and a misspelt
 * optional field ("missingValueStratgy") would otherwise be dropped in silence and change what the
 * rule means.
 */
export const closed = <C extends t.Mixed>(codec: C, allowed: ReadonlyArray<string>): t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown> =>
  new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    codec.name,
    (u): u is t.TypeOf<C> => codec.is(u),
    (u, c) => {
      if (!isRecord(u)) return codec.validate(u, c);
      const extra = Object.keys(u).filter((k) => !allowed.includes(k));
      return extra.length === 0 ? codec.validate(u, c) : t.failures(extra.map((k) => unknownField(c, k, u[k], allowed)));
    },
    (a) => codec.encode(a),
  );

/**
 * A union decided by the shape of the input rather than by trying every member, so a malformed
 * member is reported once, at its own path, instead of once per member.
 */
export const dispatch = <C extends t.Mixed>(
  name: string,
  members: ReadonlyArray<C>,
  choose: (u: unknown) => C | undefined,
): t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown> =>
  new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    name,
    (u): u is t.TypeOf<C> => members.some((m) => m.is(u)),
    (u, c) => {
      const member = choose(u);
      return member === undefined ? t.failure(u, c) : member.validate(u, c);
    },
    (a) => members.find((m) => m.is(a))?.encode(a) ?? a,
  );

/** A list with at least one item. */
export const nonEmptyArray = <C extends t.Mixed>(
  item: C,
  name: string,
): t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.OutputOf<C>>, unknown> => {
  const array = t.readonlyArray(item);
  return new t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.OutputOf<C>>, unknown>(
    name,
    (u): u is ReadonlyArray<t.TypeOf<C>> => array.is(u) && u.length > 0,
    (u, c) => {
      const decoded = array.validate(u, c);
      if (E.isLeft(decoded)) return decoded;
      return decoded.right.length === 0 ? t.failure(u, c) : t.success(decoded.right);
    },
    (a) => array.encode(a),
  );
};

const isSafeInteger = (u: unknown): u is number => typeof u === 'number' && Number.isSafeInteger(u);

/** A whole number, negative or not: a rule's constant. */
export const Integer = new t.Type<number, number, unknown>(
  'Integer',
  isSafeInteger,
  (u, c) => (isSafeInteger(u) ? t.success(u) : t.failure(u, c)),
  (a) => a,
);

/** A whole number other than 0: a coefficient (a 0 would drop its figure from the rule in silence). */
export const Coefficient = new t.Type<number, number, unknown>(
  'Coefficient (a whole number other than 0)',
  (u): u is number => isSafeInteger(u) && u !== 0,
  (u, c) => (isSafeInteger(u) && u !== 0 ? t.success(u) : t.failure(u, c)),
  (a) => a,
);
