import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

/** One problem found while decoding input: where it is (an io-ts path) and what was expected there. */
export interface DecodeProblem {
  readonly path: string;
  readonly expected: string;
  readonly actual: string;
}

/** Input that does not match its codec: a malformed command, event or stored record. */
export interface InvalidInput {
  readonly _tag: 'InvalidInput';
  /** What was being decoded ("command", "event #2", "stored event at position 17"). */
  readonly subject: string;
  readonly problems: ReadonlyArray<DecodeProblem>;
  /** One line per problem: `data.count: expected Count, got -3`. */
  readonly message: string;
}

const show = (u: unknown): string => {
  if (u === undefined) return 'nothing (the field is missing)';
  if (typeof u === 'string') return JSON.stringify(u.length > 60 ? `${u.slice(0, 57)}...` : u);
  if (typeof u === 'number' || typeof u === 'boolean' || u === null) return String(u);
  if (Array.isArray(u)) return `an array of ${u.length}`;
  return 'an object';
};

// io-ts puts union and intersection member indices in the context as numeric keys; only a
// numeric key under an array is a real path step.
const problemOf = (e: t.ValidationError): DecodeProblem => {
  const steps = e.context.filter(
    (c, i) => i > 0 && c.key !== '' && (!/^\d+$/.test(c.key) || Array.isArray(e.context[i - 1]?.actual)),
  );
  const last = e.context[e.context.length - 1];
  const rootIsTagged = steps.length === 0 && typeof e.value === 'object' && e.value !== null && 'type' in e.value;
  if (rootIsTagged) {
    const tag = (e.value as { readonly type: unknown }).type;
    return { path: 'type', expected: e.message ?? `a type of ${last?.type.name ?? 'the union'}`, actual: show(tag) };
  }
  // A codec that knows better what it expected (the allowed words, nearest first) says so in the message.
  return { path: steps.map((c) => c.key).join('.') || '(root)', expected: e.message ?? last?.type.name ?? 'a value', actual: show(e.value) };
};

/** Turns io-ts validation errors into problems that name each path and what it expected. */
export const problemsOf = (errors: t.Errors): ReadonlyArray<DecodeProblem> => {
  const seen = new Set<string>();
  const out: DecodeProblem[] = [];
  for (const e of errors) {
    const p = problemOf(e);
    const key = `${p.path}|${p.expected}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
};

/** Builds the InvalidInput error for a subject from io-ts validation errors. */
export const invalidInput = (subject: string, errors: t.Errors): InvalidInput => {
  const problems = problemsOf(errors);
  return {
    _tag: 'InvalidInput',
    subject,
    problems,
    message: `${subject} is invalid:\n${problems.map((p) => `  ${p.path}: expected ${p.expected}, got ${p.actual}`).join('\n')}`,
  };
};

/** Decodes unknown input with a codec, naming the subject in the error. */
export const decodeWith =
  <A, O>(codec: t.Type<A, O, unknown>, subject: string) =>
  (input: unknown): E.Either<InvalidInput, A> => {
    const r = codec.decode(input);
    return E.isRight(r) ? r : E.left(invalidInput(subject, r.left));
  };
