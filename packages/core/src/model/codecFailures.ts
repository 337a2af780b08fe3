import * as t from 'io-ts';
import { nearestFirst } from '../text/nearestFirst';

// How many names an error offers: enough to find the one meant, few enough to read.
const OFFERED = 6;

/** The names an error offers for a name it does not know, nearest first, at most a handful, with "…" when there are more. */
export const offered = (name: string, known: ReadonlyArray<string>): string => {
  const near = nearestFirst(name, known);
  return `${near.slice(0, OFFERED).join(', ')}${near.length > OFFERED ? ', …' : ''}`;
};

/** Whether a value is a plain JSON object (not null, not an array). */
export const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null && !Array.isArray(u);

/**
 * A codec that accepts nothing: it only names what was expected where a decode failed, so the
 * error reads `figure.stge: expected one of the fields of awards ...`.
 */
export const expectation = (name: string): t.Type<never, never, unknown> =>
  new t.Type<never, never, unknown>(
    name,
    (_u): _u is never => false,
    (u, c) => t.failure(u, c),
    (a) => a,
  );

/** The failure for a field that does not belong where it was written, at its own path, naming the known fields nearest first. */
export const unknownField = (c: t.Context, field: string, value: unknown, known: ReadonlyArray<string>): t.ValidationError => ({
  value,
  context: t.appendContext(c, field, expectation(`a known field (nearest first: ${offered(field, known)})`), value),
});

/**
 * A record codec that rejects the fields it does not name, each at its own path: a misspelt
 * optional field ("organizerLevel") would otherwise be dropped in silence and change what a
 * command, a statement or a rule means.
 */
export const closed = <C extends t.Mixed>(codec: C, known: ReadonlyArray<string>): t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown> =>
  new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    codec.name,
    (u): u is t.TypeOf<C> => codec.is(u) && isRecord(u) && Object.keys(u).every((k) => known.includes(k)),
    (u, c) => {
      if (!isRecord(u)) return codec.validate(u, c);
      const extra = Object.keys(u).filter((k) => !known.includes(k));
      if (extra.length === 0) return codec.validate(u, c);
      // Every problem at once: the unknown fields, and what the known ones get wrong.
      const inner = codec.validate(u, c);
      return t.failures([...extra.map((k) => unknownField(c, k, u[k], known)), ...(inner._tag === 'Left' ? inner.left : [])]);
    },
    (a) => codec.encode(a),
  );

/**
 * A union decided by the shape of the input rather than by trying every member, so a malformed
 * member is reported once, at its own path, instead of once per member. `choose` answers the
 * member, or the failures to report when none fits (undefined: the union's name is what was expected).
 */
export const dispatch = <C extends t.Mixed>(
  name: string,
  members: ReadonlyArray<C>,
  choose: (u: unknown, c: t.Context) => C | t.Errors | undefined,
): t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown> =>
  new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    name,
    (u): u is t.TypeOf<C> => members.some((m) => m.is(u)),
    (u, c) => {
      const member = choose(u, c);
      if (member === undefined) return t.failure(u, c);
      return Array.isArray(member) ? t.failures(member) : (member as C).validate(u, c);
    },
    (a) => members.find((m) => m.is(a))?.encode(a) ?? a,
  );

/**
 * A closed list of words (a `t.keyof`) whose error lists the allowed words, nearest to the one
 * written first: `expected CountUnit, one of person, attendance`.
 */
export const oneOf = <D extends { readonly [k: string]: unknown }>(keys: D, name: string): t.KeyofC<D> => {
  const words = Object.keys(keys);
  const is = (u: unknown): u is keyof D => typeof u === 'string' && Object.prototype.hasOwnProperty.call(keys, u);
  return new t.KeyofType<D>(
    name,
    is,
    (u, c) => (is(u) ? t.success(u) : t.failure(u, c, `${name}, one of ${offered(typeof u === 'string' ? u : '', words)}`)),
    t.identity,
    keys,
  );
};

/** What `byTag` needs of a member: a codec made by `fields` whose required props hold the tag as a literal. */
interface TaggedMember extends t.Mixed {
  readonly required: t.Props;
}

const tagOf = (member: TaggedMember, tagField: string): string => {
  const tag = member.required[tagField];
  if (!(tag instanceof t.LiteralType) || typeof tag.value !== 'string') throw new TypeError(`${member.name}: no literal ${tagField}`);
  return tag.value;
};

/**
 * A union of records told apart by one field (`type`, `measure`, `_tag`): decoding looks the tag
 * up and decodes with that member alone, so its errors are reported once; an unknown tag is
 * reported at the tag's path with the known tags, nearest first.
 */
export const byTag = <C extends TaggedMember>(name: string, tagField: string, members: ReadonlyArray<C>): t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown> => {
  const byTagValue = new Map(members.map((m) => [tagOf(m, tagField), m]));
  const tags = [...byTagValue.keys()];
  return dispatch(name, members, (u, c) => {
    if (!isRecord(u)) return [{ value: u, context: t.appendContext(c, '', expectation(`${name}: an object with a ${tagField}`), u) }];
    const tag = u[tagField];
    const member = typeof tag === 'string' ? byTagValue.get(tag) : undefined;
    if (member !== undefined) return member;
    const wanted = `a ${tagField} of ${name}, one of ${offered(typeof tag === 'string' ? tag : '', tags)}`;
    return [{ value: tag, context: t.appendContext(c, tagField, expectation(wanted), tag) }];
  });
};
