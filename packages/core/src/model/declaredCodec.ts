import type * as t from 'io-ts';

/**
 * A value of type A as plain data, every brand removed (an Id is a string, a Count a number): the
 * shape a codec of A decodes from and encodes to, and what an application writes.
 */
export type Unbranded<A> = A extends t.Brand<unknown>
  ? A extends string
    ? string
    : A extends number
      ? number
      : A
  : A extends ReadonlyArray<infer I>
    ? Array<Unbranded<I>>
    : A extends object
      ? { [K in keyof A]: Unbranded<A[K]> }
      : A;

/**
 * A codec of A that decodes from and encodes to A's plain data. Exported codecs are annotated
 * with it, so that published declarations name the type (`Codec<ClassHeldData>`) instead of
 * spelling out its plain form.
 */
export type Codec<A> = t.Type<A, Unbranded<A>, unknown>;

// Intersections flattened into one object at every depth, so that `{ a } & { b? }` (what io-ts
// infers for required and optional fields) compares equal to an interface `{ a; b? }`.
type Flat<A> = A extends t.Brand<unknown> ? A : A extends object ? { [K in keyof A]: Flat<A[K]> } : A;

/**
 * Whether two types are the same, field for field: same names, same optionality, same readonly
 * modifiers and same field types. Intersections count as the object they make up.
 */
export type SameType<A, B> =
  (<X>() => X extends Flat<A> ? 1 : 2) extends <X>() => X extends Flat<B> ? 1 : 2 ? true : false;

type Proof<A, C extends t.Mixed> =
  SameType<A, t.TypeOf<C>> extends true
    ? SameType<Unbranded<A>, t.OutputOf<C>> extends true
      ? []
      : [mismatch: 'the plain form of the declared type differs from what the codec encodes to']
    : [mismatch: 'the declared type differs from the type the codec decodes to'];

/**
 * Types a codec by a declared interface instead of the type io-ts infers from its combinators.
 * Published declarations then name `ClassHeldData` rather than spell out the combinator tree,
 * which keeps them small and quick to check. The call compiles only when the declared type is
 * the codec's type, field for field; the codec itself is returned unchanged and stays the single
 * source of runtime validation.
 *
 * @example
 * export interface StudyTopicSetData { topicId: Id; year: Year; ... }
 * export const StudyTopicSetData: Codec<StudyTopicSetData> = declared<StudyTopicSetData>()(fields({ topicId: Id, ... }, {}));
 */
export const declared =
  <A>() =>
  <C extends t.Mixed>(codec: C, ..._proof: Proof<A, C>): Codec<A> =>
    codec as Codec<A>;
