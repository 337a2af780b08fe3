import { nearestFirst } from '../text/nearestFirst';
import type { TermKind } from '../model/termKind';
import { termIdsOf, termOf, type Vocabulary } from '../model/vocabulary';
import type { Check } from './checks';

/**
 * Refuses a term, when one is given, that the vocabulary does not define for its kind: the error
 * names the kind, the term, and the known terms of that kind, nearest first.
 */
export const requireTerm = (vocabulary: Vocabulary, kind: TermKind, termId: string | undefined, field: string): Check =>
  termId === undefined || termOf(vocabulary, kind, termId) !== undefined
    ? undefined
    : { _tag: 'UnknownTerm', kind, termId, field, known: nearestFirst(termId, termIdsOf(vocabulary, kind)) };

/** Refuses a list of terms when any is undefined, naming it by index (`audience.1`). */
export const requireTerms = (vocabulary: Vocabulary, kind: TermKind, termIds: ReadonlyArray<string> | undefined, field: string): Check => {
  for (const [i, termId] of (termIds ?? []).entries()) {
    const broken = requireTerm(vocabulary, kind, termId, `${field}.${i}`);
    if (broken !== undefined) return broken;
  }
  return undefined;
};
