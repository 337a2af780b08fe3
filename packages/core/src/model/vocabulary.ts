import type { Label } from './labels';
import type { TermId } from './termCodec';
import type { TermKind } from './termKind';

/**
 * What a definition says of a term: its kind, its id, its words and how it stands to terms of its
 * kind defined before it. `TermDefined` carries it (with its provenance); so does every entry of
 * the built-in starter vocabulary.
 */
export interface TermDefinition {
  readonly kind: TermKind;
  readonly termId: TermId;
  readonly label: Label;
  /** Terms every member of this one belongs to. */
  readonly broader?: ReadonlyArray<TermId>;
  /** Terms whose every member belongs to this one (the inverse of broader). */
  readonly narrower?: ReadonlyArray<TermId>;
  /** Terms that share members with this one, neither holding the other. */
  readonly overlaps?: ReadonlyArray<TermId>;
  /** Terms that share no member with this one. */
  readonly disjointWith?: ReadonlyArray<TermId>;
  /** Sets of narrower terms, pairwise disjoint, that together make this one. */
  readonly partitions?: ReadonlyArray<ReadonlyArray<TermId>>;
}

/** One term of a vocabulary: its kind, id and words, and whether it is built in or defined by the history. */
export interface VocabularyTerm {
  readonly kind: TermKind;
  readonly termId: TermId;
  readonly label: Label;
  readonly builtIn: boolean;
}

/** The terms of one kind and how they stand to each other, every declaration folded in. */
export interface KindVocabulary {
  /** The terms in the order they were defined: the built-in ones first. */
  readonly terms: ReadonlyMap<TermId, VocabularyTerm>;
  /** The terms directly broader than each, from every declaration (broader, narrower, partitions). */
  readonly up: ReadonlyMap<TermId, ReadonlyArray<TermId>>;
  /** Pairs declared disjoint (`pairKey`), the members of each partition included. */
  readonly disjoint: ReadonlySet<string>;
  /** Pairs declared overlapping (`pairKey`). */
  readonly overlapping: ReadonlySet<string>;
  /** The partitions declared for each term. */
  readonly partitions: ReadonlyMap<TermId, ReadonlyArray<ReadonlyArray<TermId>>>;
}

/** A vocabulary: the terms of each kind with their relations. Immutable: `withTerm` makes a new one. */
export interface Vocabulary {
  readonly kinds: ReadonlyMap<TermKind, KindVocabulary>;
}

const EMPTY_KIND: KindVocabulary = { terms: new Map(), up: new Map(), disjoint: new Set(), overlapping: new Set(), partitions: new Map() };

/** A vocabulary without a term. */
export const emptyVocabulary: Vocabulary = { kinds: new Map() };

/** The key of an unordered pair of terms. */
export const pairKey = (a: TermId, b: TermId): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

const kindOf = (vocabulary: Vocabulary, kind: TermKind): KindVocabulary => vocabulary.kinds.get(kind) ?? EMPTY_KIND;

const withUp = (up: Map<TermId, ReadonlyArray<TermId>>, narrow: TermId, broad: TermId): void => {
  const current = up.get(narrow) ?? [];
  if (!current.includes(broad)) up.set(narrow, [...current, broad]);
};

/**
 * The vocabulary with one more term, its declarations folded into the relations of its kind. A
 * term already defined keeps its first definition: a second one is refused by the decider, and a
 * fold never lets it change the first. Relations to undefined terms are kept as written (the
 * decider refuses them); they relate nothing that is not defined.
 */
export const withTerm = (vocabulary: Vocabulary, definition: TermDefinition, builtIn: boolean): Vocabulary => {
  const current = kindOf(vocabulary, definition.kind);
  const { kind, termId, label } = definition;
  if (current.terms.has(termId)) return vocabulary;
  const up = new Map(current.up);
  const disjoint = new Set(current.disjoint);
  const overlapping = new Set(current.overlapping);
  for (const broad of definition.broader ?? []) withUp(up, termId, broad);
  for (const narrow of definition.narrower ?? []) withUp(up, narrow, termId);
  for (const other of definition.disjointWith ?? []) disjoint.add(pairKey(termId, other));
  for (const other of definition.overlaps ?? []) overlapping.add(pairKey(termId, other));
  const partitions = definition.partitions ?? [];
  for (const partition of partitions) {
    for (const [i, member] of partition.entries()) {
      withUp(up, member, termId);
      for (const other of partition.slice(i + 1)) disjoint.add(pairKey(member, other));
    }
  }
  const next: KindVocabulary = {
    terms: new Map(current.terms).set(termId, { kind, termId, label: { vi: label.vi, en: label.en }, builtIn }),
    up,
    disjoint,
    overlapping,
    partitions: partitions.length === 0 ? current.partitions : new Map(current.partitions).set(termId, partitions),
  };
  return { kinds: new Map(vocabulary.kinds).set(kind, next) };
};

/** The vocabulary made of these definitions, in order. */
export const vocabularyOfDefinitions = (definitions: ReadonlyArray<TermDefinition>, builtIn: boolean, from: Vocabulary = emptyVocabulary): Vocabulary =>
  definitions.reduce((v, d) => withTerm(v, d, builtIn), from);

/** The term of a kind with this id, if it is defined. */
export const termOf = (vocabulary: Vocabulary, kind: TermKind, termId: TermId): VocabularyTerm | undefined =>
  kindOf(vocabulary, kind).terms.get(termId);

/** The terms of a kind, in the order they were defined (built-in first). */
export const termsOf = (vocabulary: Vocabulary, kind: TermKind): ReadonlyArray<VocabularyTerm> => [...kindOf(vocabulary, kind).terms.values()];

/** The ids of the terms of a kind, in the order they were defined. */
export const termIdsOf = (vocabulary: Vocabulary, kind: TermKind): ReadonlyArray<TermId> => [...kindOf(vocabulary, kind).terms.keys()];

/** The words of a term; a term the vocabulary does not hold reads as its id, so nothing is shown blank. */
export const termLabel = (vocabulary: Vocabulary, kind: TermKind, termId: TermId): Label =>
  termOf(vocabulary, kind, termId)?.label ?? { vi: termId, en: termId };

/** The given ids of a kind in vocabulary order, each once; ids it does not define follow, in their first order. */
export const inVocabularyOrder = (vocabulary: Vocabulary, kind: TermKind, ids: Iterable<TermId>): ReadonlyArray<TermId> => {
  const present = new Set(ids);
  const known = termIdsOf(vocabulary, kind).filter((id) => present.has(id));
  return [...known, ...[...present].filter((id) => !known.includes(id))];
};

/**
 * How one term stands to another of the same kind: the same term, narrower (every member of the
 * first is a member of the second), broader, disjoint (no member in common), or overlapping
 * (members in common, or nothing declared: such terms are never added together).
 */
export type TermRelation = 'same' | 'narrower' | 'broader' | 'disjoint' | 'overlaps';

/** Every term above `termId` in its kind, through any chain of broader terms. */
export const broaderTermsOf = (vocabulary: Vocabulary, kind: TermKind, termId: TermId): ReadonlySet<TermId> => {
  const { up } = kindOf(vocabulary, kind);
  const seen = new Set<TermId>();
  const walk = (t: TermId): void => {
    for (const above of up.get(t) ?? []) {
      if (!seen.has(above)) {
        seen.add(above);
        walk(above);
      }
    }
  };
  walk(termId);
  return seen;
};

/**
 * The relation between two terms of a kind, read from the declarations: a term is disjoint from
 * another when it or a term above it is declared disjoint from the other or a term above that
 * (the members of a partition are disjoint from each other).
 */
export const relationIn = (vocabulary: Vocabulary, kind: TermKind, a: TermId, b: TermId): TermRelation => {
  if (a === b) return 'same';
  const aboveA = broaderTermsOf(vocabulary, kind, a);
  const aboveB = broaderTermsOf(vocabulary, kind, b);
  if (aboveA.has(b)) return 'narrower';
  if (aboveB.has(a)) return 'broader';
  const { disjoint } = kindOf(vocabulary, kind);
  const withA = [a, ...aboveA];
  const withB = [b, ...aboveB];
  return withA.some((x) => withB.some((y) => disjoint.has(pairKey(x, y)))) ? 'disjoint' : 'overlaps';
};

/** Whether two terms were declared to overlap (members in common, neither holding the other). */
export const declaredOverlapIn = (vocabulary: Vocabulary, kind: TermKind, a: TermId, b: TermId): boolean =>
  kindOf(vocabulary, kind).overlapping.has(pairKey(a, b));

/** The partitions declared for a term: sets of narrower terms, pairwise disjoint, that together make it. */
export const partitionsIn = (vocabulary: Vocabulary, kind: TermKind, termId: TermId): ReadonlyArray<ReadonlyArray<TermId>> =>
  kindOf(vocabulary, kind).partitions.get(termId) ?? [];
