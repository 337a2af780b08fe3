import type { TermKind } from '../model/termKind';
import { declaredOverlapIn, relationIn, termsOf, type TermDefinition, type TermRelation, type Vocabulary } from '../model/vocabulary';
import { identityKey } from '../text/normalizeText';
import type { Check } from './checks';
import { requireTerm } from './terms';

/** A related term as written in a definition, with the path of its field (`broader.0`, `partitions.1.0`). */
interface Related {
  readonly field: string;
  readonly termId: string;
}

const listed = (field: string, ids: ReadonlyArray<string> | undefined): ReadonlyArray<Related> =>
  (ids ?? []).map((termId, i) => ({ field: `${field}.${i}`, termId }));

const partitionMembers = (d: TermDefinition): ReadonlyArray<ReadonlyArray<Related>> =>
  (d.partitions ?? []).map((partition, i) => listed(`partitions.${i}`, partition));

/** Every term a definition relates its term to, with the field that names it, in field order. */
const relatedTerms = (d: TermDefinition): ReadonlyArray<Related> => [
  ...listed('broader', d.broader),
  ...listed('narrower', d.narrower),
  ...listed('overlaps', d.overlaps),
  ...listed('disjointWith', d.disjointWith),
  ...partitionMembers(d).flat(),
];

type Problem = 'self' | 'cycle' | 'contradiction';

const invalid = (d: TermDefinition, related: Related, problem: Problem): Check => ({
  _tag: 'InvalidTermRelation',
  kind: d.kind,
  termId: d.termId,
  field: related.field,
  relatedTermId: related.termId,
  problem,
});

const first = <A>(items: ReadonlyArray<A>, check: (a: A, earlier: ReadonlyArray<A>) => Check): Check => {
  for (const [i, item] of items.entries()) {
    const broken = check(item, items.slice(0, i));
    if (broken !== undefined) return broken;
  }
  return undefined;
};

/** Refuses a term defined twice in its kind: a built-in term or one the history defined. */
export const requireNewTerm = (vocabulary: Vocabulary, kind: TermKind, termId: string): Check => {
  const existing = termsOf(vocabulary, kind).find((t) => t.termId === termId);
  return existing === undefined ? undefined : { _tag: 'DuplicateTerm', kind, termId, builtIn: existing.builtIn };
};

/** Refuses a Vietnamese label, once normalised, that already names another term of the kind: report rows would read alike. */
export const requireNewTermLabel = (vocabulary: Vocabulary, d: TermDefinition): Check => {
  const key = identityKey(d.label.vi);
  const existing = termsOf(vocabulary, d.kind).find((t) => identityKey(t.label.vi) === key);
  return existing === undefined ? undefined : { _tag: 'DuplicateTermLabel', kind: d.kind, label: d.label.vi, existingTermId: existing.termId };
};

/** Refuses a term related to itself, and a partition that names one term twice (its members are disjoint). */
export const requireNoSelfRelation = (d: TermDefinition): Check =>
  first(relatedTerms(d), (r) => (r.termId === d.termId ? invalid(d, r, 'self') : undefined)) ??
  first(partitionMembers(d), (members) =>
    first(members, (m, earlier) => (earlier.some((o) => o.termId === m.termId) ? invalid(d, m, 'contradiction') : undefined)),
  );

/** Refuses a relation to a term its kind does not define (broader.0, partitions.1.0, ...). */
export const requireRelatedTermsDefined = (vocabulary: Vocabulary, d: TermDefinition): Check =>
  first(relatedTerms(d), (r) => requireTerm(vocabulary, d.kind, r.termId, r.field));

/**
 * Refuses relations that contradict each other or what the vocabulary already says: a term both
 * under and over another (a cycle), disjoint from a term it lies in or holds, overlapping a term
 * it lies in, holds or is disjoint from, narrower than two disjoint terms, or partitioned into
 * members that are not disjoint. Only the direct consequences are checked: the declarations of one
 * definition against the relations of the terms it names.
 */
export const requireConsistentRelations = (vocabulary: Vocabulary, d: TermDefinition): Check => {
  const rel = (a: string, b: string): TermRelation => relationIn(vocabulary, d.kind, a, b);
  const is = (a: string, b: string, ...relations: ReadonlyArray<TermRelation>): boolean => relations.includes(rel(a, b));
  const broader = listed('broader', d.broader);
  const narrower = [...listed('narrower', d.narrower), ...partitionMembers(d).flat()];
  const disjoint = listed('disjointWith', d.disjointWith);
  const overlaps = listed('overlaps', d.overlaps);
  return (
    // x lies in b and holds n: n lies in b, and x is empty when two of its broader terms are disjoint.
    first(narrower, (n) =>
      first(broader, (b) => {
        if (is(n.termId, b.termId, 'same', 'broader')) return invalid(d, n, 'cycle');
        return is(n.termId, b.termId, 'disjoint') ? invalid(d, n, 'contradiction') : undefined;
      }),
    ) ??
    first(broader, (b, earlier) => (earlier.some((o) => is(o.termId, b.termId, 'disjoint')) ? invalid(d, b, 'contradiction') : undefined)) ??
    // x shares nothing with j: j neither holds x (through a broader term) nor lies in it (through a narrower one).
    first(disjoint, (j) =>
      first(broader, (b) => (is(j.termId, b.termId, 'same', 'broader') ? invalid(d, j, 'contradiction') : undefined)) ??
      first(narrower, (n) =>
        is(n.termId, j.termId, 'same', 'narrower') || declaredOverlapIn(vocabulary, d.kind, n.termId, j.termId) ? invalid(d, j, 'contradiction') : undefined,
      ) ??
      (overlaps.some((o) => o.termId === j.termId) ? invalid(d, j, 'contradiction') : undefined),
    ) ??
    // x shares members with o, neither holding the other.
    first(overlaps, (o) =>
      first(broader, (b) => (is(o.termId, b.termId, 'same', 'broader') || is(b.termId, o.termId, 'disjoint') ? invalid(d, o, 'contradiction') : undefined)) ??
      first(narrower, (n) => (is(o.termId, n.termId, 'same', 'narrower') ? invalid(d, o, 'contradiction') : undefined)),
    ) ??
    // The members of a partition are disjoint.
    first(partitionMembers(d), (members) =>
      first(members, (m, earlier) =>
        earlier.some((o) => is(m.termId, o.termId, 'narrower', 'broader') || declaredOverlapIn(vocabulary, d.kind, m.termId, o.termId))
          ? invalid(d, m, 'contradiction')
          : undefined,
      ),
    )
  );
};
