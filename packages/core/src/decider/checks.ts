import type { DomainError } from '../errors/domainError';

/** The outcome of one rule: the error it found, or nothing when the command passes it. */
export type Check = DomainError | undefined;

/** The first error found among the items of a list, each checked with its index. */
export const firstOf = <A>(items: ReadonlyArray<A> | undefined, check: (item: A, index: number) => Check): Check => {
  for (const [i, item] of (items ?? []).entries()) {
    const c = check(item, i);
    if (c !== undefined) return c;
  }
  return undefined;
};
