import { describe, expect, it } from 'vitest';
import { emptyVocabulary, inVocabularyOrder, partitionsIn, relationIn, termIdsOf, termLabel, type TermDefinition, vocabularyOfDefinitions, withTerm } from './vocabulary';

const label = (vi: string) => ({ vi, en: vi });
const category = (termId: string, relations: Omit<TermDefinition, 'kind' | 'termId' | 'label'> = {}): TermDefinition => ({
  kind: 'participant-category',
  termId,
  label: label(termId),
  ...relations,
});

// Youth union members and association members make the mixed group; party members lie in neither
// the public nor the association.
const vocabulary = vocabularyOfDefinitions(
  [
    category('members'),
    category('youth', { broader: ['members'] }),
    category('association', { broader: ['members'] }),
    category('mixed', { partitions: [['youth', 'association']] }),
    category('public'),
    category('activists', { broader: ['public'] }),
    category('party', { disjointWith: ['public'], overlaps: ['youth'] }),
  ],
  false,
);

describe('a vocabulary', () => {
  it('relates terms through any chain of broader terms, each way', () => {
    expect(relationIn(vocabulary, 'participant-category', 'youth', 'members')).toBe('narrower');
    expect(relationIn(vocabulary, 'participant-category', 'members', 'youth')).toBe('broader');
    expect(relationIn(vocabulary, 'participant-category', 'youth', 'youth')).toBe('same');
  });

  it('makes the members of a partition narrower than the term and disjoint from each other', () => {
    expect(partitionsIn(vocabulary, 'participant-category', 'mixed')).toEqual([['youth', 'association']]);
    expect(relationIn(vocabulary, 'participant-category', 'association', 'mixed')).toBe('narrower');
    expect(relationIn(vocabulary, 'participant-category', 'youth', 'association')).toBe('disjoint');
  });

  it('inherits disjointness from broader terms, and calls undeclared pairs overlapping', () => {
    expect(relationIn(vocabulary, 'participant-category', 'activists', 'party')).toBe('disjoint');
    expect(relationIn(vocabulary, 'participant-category', 'party', 'members')).toBe('overlaps');
  });

  it('keeps each kind apart: the same id in two kinds is two terms', () => {
    const both = withTerm(vocabulary, { kind: 'bloc', termId: 'youth', label: label('khối thanh niên') }, false);
    expect(termLabel(both, 'bloc', 'youth').vi).toBe('khối thanh niên');
    expect(termLabel(both, 'participant-category', 'youth').vi).toBe('youth');
    expect(relationIn(both, 'bloc', 'youth', 'members')).toBe('overlaps');
  });

  it('keeps the first definition of a term', () => {
    const again = withTerm(vocabulary, category('youth', { broader: ['public'] }), false);
    expect(again).toBe(vocabulary);
    expect(relationIn(again, 'participant-category', 'youth', 'public')).toBe('overlaps');
  });

  it('reads an undefined term as its id, and orders ids as the vocabulary defines them', () => {
    expect(termLabel(emptyVocabulary, 'bloc', 'enterprises')).toEqual({ vi: 'enterprises', en: 'enterprises' });
    expect(termIdsOf(vocabulary, 'participant-category')).toEqual(['members', 'youth', 'association', 'mixed', 'public', 'activists', 'party']);
    expect(inVocabularyOrder(vocabulary, 'participant-category', ['unheard-of', 'party', 'youth', 'party'])).toEqual(['youth', 'party', 'unheard-of']);
  });
});
