import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

export { closed, dispatch, expectation, isRecord, unknownField } from '../../model/codecFailures';

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
