import * as t from 'io-ts';
import type { TermKind } from './termKind';

// The form of an Id: terms are named the way every other thing in a history is.
const TERM_ID = /^[a-z0-9][a-z0-9._:/-]{0,199}$/;

/**
 * The id of a term of the vocabulary ("party-members", "decided-by-district"): lower-case letters,
 * digits and . _ : / -, at most 200 characters. Whether a term of that id is defined is the
 * decider's question, which knows the history's vocabulary; a codec only checks the form.
 */
export type TermId = string;

const isTermId = (u: unknown): u is TermId => typeof u === 'string' && TERM_ID.test(u);

/** A codec of the ids of one kind of term, which remembers its kind so that the rules and the docs can find every term field. */
export interface TermCodec extends t.Type<TermId, TermId, unknown> {
  readonly kind: TermKind;
}

/**
 * The codec of a field that holds a term of one kind: it accepts an id of the term-id form, named
 * after the kind (`expected ParticipantCategory, a term id (a-z, 0-9, . _ : / -)`).
 *
 * @example export const Bloc = termCodec('bloc', 'Bloc');
 */
export const termCodec = (kind: TermKind, name: string): TermCodec =>
  Object.assign(
    new t.Type<TermId, TermId, unknown>(
      name,
      isTermId,
      (u, c) => (isTermId(u) ? t.success(u) : t.failure(u, c, `${name}, a term id (a-z, 0-9, . _ : / -)`)),
      t.identity,
    ),
    { kind },
  );

/** Whether a codec holds terms, and of which kind. */
export const isTermCodec = (codec: t.Mixed): codec is t.Mixed & TermCodec => 'kind' in codec && typeof (codec as { kind?: unknown }).kind === 'string';

/** The id of a term of any kind (in a definition, the kind is given beside it). */
export const TermId = new t.Type<TermId, TermId, unknown>(
  'TermId',
  isTermId,
  (u, c) => (isTermId(u) ? t.success(u) : t.failure(u, c, 'TermId, a term id (a-z, 0-9, . _ : / -)')),
  t.identity,
);
