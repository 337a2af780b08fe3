import { initialVocabulary } from '../model/initialVocabulary';
import type { Label } from '../model/labels';
import type { TermKind } from '../model/termKind';
import { termLabel, type Vocabulary, withTerm } from '../model/vocabulary';
import type { CampaignFacts } from './campaignFacts';

// Facts are immutable and their term registry is replaced, never changed, when a term is defined:
// the vocabulary of one registry is built once.
const built = new WeakMap<CampaignFacts['terms'], Vocabulary>();

/**
 * The vocabulary of a history: the built-in starter vocabulary with every term the history defined
 * (TermDefined), in the order they were defined. Labels and term relations are read from it.
 *
 * @example termLabel(vocabularyOf(facts), 'participant-category', 'party-members').vi === 'đảng viên'
 */
export const vocabularyOf = (facts: CampaignFacts): Vocabulary => {
  const known = built.get(facts.terms);
  if (known !== undefined) return known;
  const vocabulary = [...facts.terms.values()].reduce((v, f) => withTerm(v, f.data, false), initialVocabulary);
  built.set(facts.terms, vocabulary);
  return vocabulary;
};

/** The words of a term in a history's vocabulary; a term it does not define reads as its id. */
export const termLabelOf = (facts: CampaignFacts, kind: TermKind, termId: string): Label => termLabel(vocabularyOf(facts), kind, termId);
