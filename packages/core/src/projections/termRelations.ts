import { type ParticipantCategory, participantCategoryRelations } from '../model/participantCategory';
import type { CampaignFacts } from './campaignFacts';

/**
 * How one term stands to another of the same kind: the same term, narrower (every member of the
 * first is a member of the second), broader, disjoint (no member in common), or overlapping
 * (members in common, or nothing declared: such terms are never added together).
 */
export type TermRelation = 'same' | 'narrower' | 'broader' | 'disjoint' | 'overlaps';

const broaderOf = (term: string): ReadonlyArray<string> => participantCategoryRelations.broader[term as ParticipantCategory] ?? [];

// Every term above `term`, through any chain of broader terms.
const ancestors = (term: string): ReadonlySet<string> => {
  const seen = new Set<string>();
  const walk = (t: string) => {
    for (const up of broaderOf(t)) if (!seen.has(up)) (seen.add(up), walk(up));
  };
  walk(term);
  return seen;
};

const declaredDisjoint = (a: string, b: string): boolean =>
  participantCategoryRelations.disjoint.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/**
 * The relation between two participant categories, read from the vocabulary's declarations: a
 * term is disjoint from another when it or a term above it is declared disjoint from the other
 * or a term above that. The facts will carry the terms a history defines; today every category
 * is one of the built-in ones.
 */
export const termRelation = (_facts: CampaignFacts, a: string, b: string): TermRelation => {
  if (a === b) return 'same';
  const aboveA = ancestors(a);
  const aboveB = ancestors(b);
  if (aboveA.has(b)) return 'narrower';
  if (aboveB.has(a)) return 'broader';
  const withA = [a, ...aboveA];
  const withB = [b, ...aboveB];
  return withA.some((x) => withB.some((y) => declaredDisjoint(x, y))) ? 'disjoint' : 'overlaps';
};

/** The partitions of a category declared in the vocabulary: sets of narrower categories, pairwise disjoint, that together make it. */
export const termPartitions = (_facts: CampaignFacts, term: string): ReadonlyArray<ReadonlyArray<string>> =>
  participantCategoryRelations.partitions[term as ParticipantCategory] ?? [];
