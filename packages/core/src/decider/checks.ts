import * as E from 'fp-ts/lib/Either.js';
import type { DomainError } from '../errors/domainError';

/** The outcome of one rule: the error it found, or nothing when the command passes it. */
export type Check = DomainError | undefined;

/**
 * The first error among a command's checks, in the order they are listed. Checks are listed
 * from the most basic (identity, well-formed periods) to the most contextual (dates inside
 * periods), so a command that breaks several rules reports the most basic one.
 */
export const firstFailure = (checks: ReadonlyArray<Check>): E.Either<DomainError, void> => {
  const failure = checks.find((c): c is DomainError => c !== undefined);
  return failure === undefined ? E.right(undefined) : E.left(failure);
};

/** The first error found among the items of a list, each checked with its index. */
export const firstOf = <A>(items: ReadonlyArray<A> | undefined, check: (item: A, index: number) => Check): Check => {
  for (const [i, item] of (items ?? []).entries()) {
    const c = check(item, i);
    if (c !== undefined) return c;
  }
  return undefined;
};
