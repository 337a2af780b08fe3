import type { TermKind } from '../model/termKind';
import { partitionsIn, relationIn, type TermRelation } from '../model/vocabulary';
import type { CampaignFacts } from './campaignFacts';
import { vocabularyOf } from './factsVocabulary';

export type { TermRelation } from '../model/vocabulary';

/**
 * The relation between two terms of one kind in a history's vocabulary (the built-in terms and
 * those the history defined), read from the declarations: same, narrower, broader, disjoint (a
 * term is disjoint from another when it or a term above it is declared disjoint from the other or
 * a term above that; the members of a partition are disjoint), or overlapping when nothing says
 * otherwise. The kind is that of participant categories unless one is given, as the callers that
 * compare categories read it.
 *
 * @example termRelation(facts, 'party-members', 'cadres-party-members-civil-servants') === 'narrower'
 */
export const termRelation = (facts: CampaignFacts, a: string, b: string, kind: TermKind = 'participant-category'): TermRelation =>
  relationIn(vocabularyOf(facts), kind, a, b);

/**
 * The partitions of a term declared in a history's vocabulary: sets of narrower terms, pairwise
 * disjoint, that together make it (of kind participant category unless one is given).
 */
export const termPartitions = (facts: CampaignFacts, term: string, kind: TermKind = 'participant-category'): ReadonlyArray<ReadonlyArray<string>> =>
  partitionsIn(vocabularyOf(facts), kind, term);
