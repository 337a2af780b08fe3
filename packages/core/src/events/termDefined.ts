import * as t from 'io-ts';
import { normalizeName, normalizeProvenance } from '../decider/normalizeFields';
import {
  requireConsistentRelations,
  requireNewTerm,
  requireNewTermLabel,
  requireNoSelfRelation,
  requireRelatedTermsDefined,
} from '../decider/termDefinitionRules';
import { type Codec, declared } from '../model/declaredCodec';
import { fields } from '../model/fields';
import { NonEmptyText } from '../model/nonEmptyText';
import { Provenance } from '../model/provenance';
import { TermId } from '../model/termCodec';
import { TermKind } from '../model/termKind';
import { withTerm } from '../model/vocabulary';
import type { EventSpec } from './eventSpec';
import { tagged } from './tagged';

/** The words of a term: in the report's language (Vietnamese, normalised with `normalizeText`) and in English. */
export interface TermLabel {
  vi: NonEmptyText;
  en: NonEmptyText;
}
/** The words of a term, in Vietnamese and in English. */
export const TermLabel: Codec<TermLabel> = declared<TermLabel>()(fields({ vi: NonEmptyText, en: NonEmptyText }, {}, 'TermLabel'));

/** A set of at least two narrower terms that are pairwise disjoint and together make a term. */
export const TermPartition = t.refinement(t.array(TermId), (ids) => ids.length >= 2, 'TermPartition');

/** The payload of TermDefined. */
export interface TermDefinedData {
  kind: TermKind;
  termId: TermId;
  label: TermLabel;
  provenance: Provenance;
  broader?: Array<TermId>;
  narrower?: Array<TermId>;
  overlaps?: Array<TermId>;
  disjointWith?: Array<TermId>;
  partitions?: Array<Array<TermId>>;
}
/** The payload of TermDefined. */
export const TermDefinedData: Codec<TermDefinedData> = declared<TermDefinedData>()(
  fields(
    {
      kind: TermKind,
      termId: TermId,
      label: TermLabel,
      provenance: Provenance,
    },
    {
      broader: t.array(TermId),
      narrower: t.array(TermId),
      overlaps: t.array(TermId),
      disjointWith: t.array(TermId),
      partitions: t.array(TermPartition),
    },
    'TermDefinedData',
  ),
);

/**
 * A term of the history's vocabulary (a participant category, a bloc, a deciding body, ...): its
 * kind, its words, and how it stands to the terms of its kind defined before it.
 */
export interface TermDefined {
  type: 'TermDefined';
  data: TermDefinedData;
}
/** A term of the history's vocabulary: its kind, its words, and how it stands to the terms of its kind defined before it. */
export const TermDefined: Codec<TermDefined> = tagged<TermDefined>()('TermDefined', TermDefinedData);

/** Asks to record TermDefined: a term of the history's vocabulary, its words and its relations. */
export interface DefineTerm {
  type: 'DefineTerm';
  data: TermDefinedData;
}
/** Asks to record TermDefined. */
export const DefineTerm: Codec<DefineTerm> = tagged<DefineTerm>()('DefineTerm', TermDefinedData);

/** How the ledger handles TermDefined: its codecs, the rules of DefineTerm, and how each fold takes it in. */
export const termDefinedSpec: EventSpec<'TermDefined'> = {
  codec: TermDefined,
  data: TermDefinedData,
  command: { type: 'DefineTerm', codec: DefineTerm },
  catalog: { grain: 'registry', says: 'a term of the vocabulary: its kind, its words and its relations to terms of its kind' },
  factId: (d) => `${d.kind}/${d.termId}`,
  decide: {
    // A term is defined once: a built-in term, or one the history defined, is never redefined.
    identity: (d, state) => requireNewTerm(state.vocabulary, d.kind, d.termId),
    wellFormed: [requireNoSelfRelation],
    references: [
      (d, state) => requireRelatedTermsDefined(state.vocabulary, d),
      (d, state) => requireNewTermLabel(state.vocabulary, d),
      (d, state) => requireConsistentRelations(state.vocabulary, d),
    ],
    record: (d) => ({ ...d, label: { vi: normalizeName(d.label.vi), en: normalizeName(d.label.en) }, provenance: normalizeProvenance(d.provenance) }),
  },
  evolve: (state, d) => ({ ...state, vocabulary: withTerm(state.vocabulary, d, false) }),
  domainDate: () => null,
  registry: 'terms',
  partNumber: () => undefined,
  correction: null,
};
