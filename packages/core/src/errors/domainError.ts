import { offered } from '../model/codecFailures';
import type { TermKind } from '../model/termKind';

/**
 * Why the campaign decider refused a command. Only rules that are truly invariant are enforced;
 * what real reports contain (more awards decided than proposed, parts that do not add up to a
 * stated total) is recorded as written and left to the audit.
 */
export type DomainError =
  | { readonly _tag: 'CampaignNotLaunched'; readonly commandType: string }
  | { readonly _tag: 'CampaignAlreadyLaunched'; readonly campaignId: string }
  | { readonly _tag: 'DuplicateId'; readonly entity: EntityKind; readonly id: string }
  | { readonly _tag: 'DuplicateName'; readonly entity: EntityKind; readonly name: string; readonly existingId: string }
  | { readonly _tag: 'UnknownOrganisation'; readonly organisationId: string; readonly field: string }
  | { readonly _tag: 'UnknownReference'; readonly entity: EntityKind; readonly id: string; readonly field: string }
  | { readonly _tag: 'ClassNotHeld'; readonly classId: string }
  | { readonly _tag: 'ContestNotFound'; readonly contestId: string; readonly field: string }
  | { readonly _tag: 'AttendanceAlreadyRecorded'; readonly classId: string; readonly category: string; readonly countUnit: string }
  | { readonly _tag: 'DateOutsidePeriod'; readonly field: string; readonly date: string; readonly period: string }
  | { readonly _tag: 'YearOutsidePeriod'; readonly field: string; readonly year: number; readonly period: string }
  | { readonly _tag: 'InvalidDateRange'; readonly from: string; readonly to: string }
  | { readonly _tag: 'InvalidPeriod'; readonly field: string; readonly from: number; readonly to: number }
  | { readonly _tag: 'EmptyFigure'; readonly figureId: string }
  | { readonly _tag: 'QualifierWithoutNumber'; readonly figureId: string; readonly field: string }
  | {
      readonly _tag: 'UnknownTerm';
      /** The kind of term the field holds (`participant-category`, `bloc`, ...). */
      readonly kind: TermKind;
      readonly termId: string;
      readonly field: string;
      /** The terms of that kind the history knows, nearest to `termId` first. */
      readonly known: ReadonlyArray<string>;
    }
  | { readonly _tag: 'DuplicateTerm'; readonly kind: TermKind; readonly termId: string; readonly builtIn: boolean }
  | { readonly _tag: 'DuplicateTermLabel'; readonly kind: TermKind; readonly label: string; readonly existingTermId: string }
  | {
      readonly _tag: 'InvalidTermRelation';
      readonly kind: TermKind;
      readonly termId: string;
      readonly field: string;
      readonly relatedTermId: string;
      /**
       * `self`: a term related to itself; `cycle`: broader and narrower at once, which would make
       * the terms one; `contradiction`: the relation says the opposite of what the vocabulary
       * already says of the two (disjoint from a term it holds or lies in, overlapping a disjoint
       * term, a partition whose members are not disjoint).
       */
      readonly problem: 'self' | 'cycle' | 'contradiction';
    }
  | {
      readonly _tag: 'CorrectionMismatch';
      readonly correctedFactId: string;
      /** The event type of the fact being corrected ("A or B" when facts of several types share the id). */
      readonly expectedType: string;
      readonly actualType: string;
      /** The id the replacement carries (its factIdOf), which must equal correctedFactId. */
      readonly actualFactId: string;
    }
  | {
      readonly _tag: 'FactAlreadyRetracted';
      /** The field that names the retracted fact: `retractedFactId`, `correctedFactId`, `classId`, ... */
      readonly field: string;
      readonly factId: string;
      /** The retraction that withdrew it. */
      readonly retractionId: string;
    }
  | {
      readonly _tag: 'AmbiguousRetraction';
      readonly retractedFactId: string;
      /** The event types of the facts that stand under the id (a class and a summary fact may share one). */
      readonly types: ReadonlyArray<string>;
    }
  | {
      readonly _tag: 'RetractionOfReferencedFact';
      readonly retractedFactId: string;
      /** The fact that stands on it (an attendance of a class), as factIdOf names it. */
      readonly referencedBy: string;
      readonly referencingType: string;
    };

/** The things the decider keeps identities for. */
export type EntityKind =
  | 'campaign'
  | 'phase'
  | 'document'
  | 'organisation'
  | 'residential-area'
  | 'fact'
  | 'topic'
  | 'class'
  | 'outreach-session'
  | 'contest'
  | 'award'
  | 'distribution'
  | 'inspection'
  | 'figure'
  | 'steering-committee'
  | 'pilot-unit'
  | 'correction'
  | 'retraction';

/** The tags of every domain error. */
export type DomainErrorTag = DomainError['_tag'];

const DOMAIN_ERROR_TAGS: ReadonlySet<string> = new Set<DomainErrorTag>([
  'CampaignNotLaunched',
  'CampaignAlreadyLaunched',
  'DuplicateId',
  'DuplicateName',
  'UnknownOrganisation',
  'UnknownReference',
  'ClassNotHeld',
  'ContestNotFound',
  'AttendanceAlreadyRecorded',
  'DateOutsidePeriod',
  'YearOutsidePeriod',
  'InvalidDateRange',
  'InvalidPeriod',
  'EmptyFigure',
  'QualifierWithoutNumber',
  'UnknownTerm',
  'DuplicateTerm',
  'DuplicateTermLabel',
  'InvalidTermRelation',
  'CorrectionMismatch',
  'FactAlreadyRetracted',
  'AmbiguousRetraction',
  'RetractionOfReferencedFact',
]);

/** Whether a value is a DomainError. */
export const isDomainError = (u: unknown): u is DomainError =>
  typeof u === 'object' && u !== null && DOMAIN_ERROR_TAGS.has((u as { _tag?: unknown })._tag as string);

const TERM_RELATION_PROBLEMS = {
  self: 'a term is not related to itself',
  cycle: 'it would be both broader and narrower than it',
  contradiction: 'the vocabulary already says otherwise',
} as const;

// What a retracted fact can no longer be, by the field that named it.
const RETRACTED_FACT_USES: Readonly<Record<string, string>> = {
  retractedFactId: 'a fact is retracted once',
  correctedFactId: 'a retracted fact is not corrected',
};

/** A one-line English explanation of a domain error, for logs and command-line output. */
export const describeDomainError = (e: DomainError): string => {
  switch (e._tag) {
    case 'CampaignNotLaunched':
      return `${e.commandType}: the campaign has not been launched in this stream`;
    case 'CampaignAlreadyLaunched':
      return `the campaign ${e.campaignId} is already launched in this stream`;
    case 'DuplicateId':
      return `a ${e.entity} with id ${e.id} already exists`;
    case 'DuplicateName':
      return `a ${e.entity} named "${e.name}" already exists (${e.existingId})`;
    case 'UnknownOrganisation':
      return `${e.field}: no organisation ${e.organisationId} is registered`;
    case 'UnknownReference':
      return `${e.field}: no ${e.entity} ${e.id} is recorded`;
    case 'ClassNotHeld':
      return `classId: no class ${e.classId} was held`;
    case 'ContestNotFound':
      return `${e.field}: no contest ${e.contestId} was launched`;
    case 'AttendanceAlreadyRecorded':
      return `attendance of ${e.category} (${e.countUnit}) is already recorded for class ${e.classId}`;
    case 'DateOutsidePeriod':
      return `${e.field}: ${e.date} lies outside ${e.period}, the period the fact is filed under`;
    case 'YearOutsidePeriod':
      return `${e.field}: ${e.year} lies outside ${e.period}`;
    case 'InvalidDateRange':
      return `the range ${e.from} to ${e.to} ends before it starts`;
    case 'InvalidPeriod':
      return `${e.field}: the period ${e.from}-${e.to} ends before it starts`;
    case 'EmptyFigure':
      return `figure ${e.figureId} states neither a value, a percentage nor a fraction`;
    case 'QualifierWithoutNumber':
      return `figure ${e.figureId}: ${e.field} qualifies a percentage, and the figure states none`;
    case 'UnknownTerm':
      return `${e.field}: no ${e.kind} ${e.termId} is defined (known, nearest first: ${offered(e.termId, e.known)})`;
    case 'DuplicateTerm':
      return `the ${e.kind} ${e.termId} is already defined${e.builtIn ? ' (built in)' : ''}: a term is defined once`;
    case 'DuplicateTermLabel':
      return `the ${e.kind} ${e.existingTermId} is already labelled "${e.label}"`;
    case 'InvalidTermRelation':
      return `${e.field}: the ${e.kind} ${e.termId} cannot be related so to ${e.relatedTermId}: ${TERM_RELATION_PROBLEMS[e.problem]}`;
    case 'CorrectionMismatch':
      return e.expectedType !== e.actualType
        ? `replacement: ${e.correctedFactId} is a ${e.expectedType}, so its correction cannot be a ${e.actualType}`
        : `replacement: it carries the id ${e.actualFactId}, not ${e.correctedFactId}, the fact it corrects`;
    case 'FactAlreadyRetracted':
      return `${e.field}: ${e.factId} was retracted by ${e.retractionId}; ${RETRACTED_FACT_USES[e.field] ?? 'nothing is recorded against a retracted fact'}`;
    case 'AmbiguousRetraction':
      return `retractedFactId: ${e.retractedFactId} names facts of several types (${e.types.join(', ')}); a retraction withdraws one fact and cannot tell them apart`;
    case 'RetractionOfReferencedFact':
      return `retractedFactId: ${e.referencedBy} (${e.referencingType}) stands on ${e.retractedFactId}; retract it first`;
  }
};
