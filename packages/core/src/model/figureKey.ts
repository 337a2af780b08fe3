import * as t from 'io-ts';
import { problemsOf } from '../errors/invalidInput';
import { Activity } from './activity';
import { CommitmentKind } from './areaVocabulary';
import { AwardInstrument, AwardKind, AwardStage, DecidingBody, RecipientKind } from './awardVocabulary';
import { Bloc } from './bloc';
import { ContestKind, ContestRating, PrizeGrade } from './contestVocabulary';
import { CountUnit } from './countUnit';
import { byTag } from './codecFailures';
import { type FieldsShape, fields } from './fields';
import { Id } from './identifiers';
import { OrganisationKind } from './organisationKind';
import { OrganiserLevel } from './organiserLevel';
import { ParticipantCategory } from './participantCategory';
import { Period } from './period';
import { isTermCodec } from './termCodec';
import type { TermKind } from './termKind';

const scope = { organisationId: Id };
// A contest figure is taken over one contest, or over the contests of a kind or of an organiser
// (one of its organisers, or an organisation under it), or over every contest.
const contests = { contestId: Id, period: Period, contestKind: ContestKind, organiserId: Id };

// The union of the members types the key; decoding dispatches on `measure` instead of trying
// every member, so a wrong field is reported once, by the member it was written for.
const FigureKeyUnion = t.union(
  [
    fields(
      { measure: t.literal('classes'), period: Period },
      { ...scope, bloc: Bloc, organiserLevel: OrganiserLevel, topicId: Id, audience: ParticipantCategory },
    ),
    fields(
      { measure: t.literal('participants'), period: Period, category: ParticipantCategory, countUnit: CountUnit },
      { ...scope, bloc: Bloc, organiserLevel: OrganiserLevel },
    ),
    fields({ measure: t.literal('eligible'), period: Period, category: ParticipantCategory }, { ...scope, bloc: Bloc, countUnit: CountUnit }),
    fields({ measure: t.literal('participation-rate'), period: Period, category: ParticipantCategory }, { ...scope, bloc: Bloc, countUnit: CountUnit }),
    fields({ measure: t.literal('areas-reached'), period: Period }, { ...scope }),
    fields({ measure: t.literal('areas-registered'), period: Period }, { ...scope }),
    fields({ measure: t.literal('outreach-attendances'), period: Period }, { ...scope }),
    fields({ measure: t.literal('organisations') }, { ...scope, kind: OrganisationKind, period: Period }),
    fields({ measure: t.literal('acting-organisations'), period: Period, activity: Activity }, { ...scope, kind: OrganisationKind }),
    fields({ measure: t.literal('steering-committees') }, { ...scope, memberKind: OrganisationKind }),
    fields({ measure: t.literal('steering-committee-members') }, { ...scope, memberKind: OrganisationKind }),
    fields({ measure: t.literal('pilot-units') }, { ...scope }),
    fields({ measure: t.literal('commitments'), period: Period }, { ...scope, kind: CommitmentKind }),
    fields({ measure: t.literal('contest-units') }, { ...contests }),
    fields({ measure: t.literal('contest-entries') }, { ...contests }),
    fields({ measure: t.literal('contest-contestants') }, { ...contests }),
    fields({ measure: t.literal('prizes') }, { ...contests, grade: PrizeGrade }),
    fields({ measure: t.literal('ratings') }, { ...contests, rating: ContestRating }),
    fields({ measure: t.literal('selections') }, { ...contests }),
    fields(
      { measure: t.literal('awards'), period: Period },
      { stage: AwardStage, kind: AwardKind, recipientKind: RecipientKind, decidingBody: DecidingBody, instrument: AwardInstrument },
    ),
    fields({ measure: t.literal('materials'), period: Period }, { ...scope }),
    fields({ measure: t.literal('inspections'), period: Period }, { ...scope }),
  ],
  'FigureKey',
);

/** The shape of the key of each measure: its required fields (with `measure`) and its optional ones. */
export const figureKeyMembers = FigureKeyUnion.types as unknown as ReadonlyArray<t.Mixed & FieldsShape>;

const termFieldsByMeasure: ReadonlyMap<string, ReadonlyArray<{ readonly field: string; readonly kind: TermKind }>> = new Map(
  figureKeyMembers.map((member) => {
    const measure = (member.required['measure'] as t.LiteralC<string>).value;
    const props = { ...member.required, ...member.optional };
    return [measure, Object.entries(props).flatMap(([field, codec]) => (isTermCodec(codec) ? [{ field, kind: codec.kind }] : []))];
  }),
);

/** The fields of a measure's key that hold terms, with the kind of each: what the decider checks against the vocabulary and labels read. */
export const figureKeyTermFields = (measure: string): ReadonlyArray<{ readonly field: string; readonly kind: TermKind }> =>
  termFieldsByMeasure.get(measure) ?? [];

/**
 * Names one figure the projections can compute: a measure and the cell it is taken over. A
 * report's stated figures point at the figure they state through a key; the printed report and
 * the audit look the computed value up with the same key. An omitted dimension means "all".
 */
export const FigureKey: t.Type<t.TypeOf<typeof FigureKeyUnion>, t.OutputOf<typeof FigureKeyUnion>, unknown> = byTag(
  'FigureKey',
  'measure',
  figureKeyMembers,
);
/** Names one figure the projections can compute. */
export type FigureKey = t.TypeOf<typeof FigureKey>;
/** The measure names a figure key can take. */
export type Measure = FigureKey['measure'];

/** A figure key as plain data (unbranded ids and years), as an application writes it. */
export type FigureKeyInput = t.OutputOf<typeof FigureKey>;

/**
 * Checks a figure key written as plain data (or one already checked). A key that is not one is a
 * mistake in the calling code, not an expected failure, so it throws a RangeError naming each
 * path and what was expected there.
 *
 * @example
 * figureOf(facts, figureKey({ measure: 'classes', period: 2007, organisationId: 'org:muong-te' }));
 */
export const figureKey = (input: FigureKeyInput | FigureKey): FigureKey => {
  const decoded = FigureKey.decode(input);
  if (decoded._tag === 'Right') return decoded.right;
  const problems = problemsOf(decoded.left).map((p) => `${p.path}: expected ${p.expected}, got ${p.actual}`);
  throw new RangeError(`figureKey: ${JSON.stringify(input)} is not a figure key: ${problems.join('; ')}`);
};

/** The dimensions a measure's key takes: the required ones (with `measure`) and the optional ones. */
export interface FigureKeyShape {
  readonly measure: Measure;
  readonly required: ReadonlyArray<string>;
  readonly optional: ReadonlyArray<string>;
}

/** Every measure with the dimensions its key takes, in the order the key codec lists them: what tools that write keys from files read. */
export const figureKeyShapes = (): ReadonlyArray<FigureKeyShape> =>
  figureKeyMembers.map((member) => ({
    measure: (member.required['measure'] as t.LiteralC<Measure>).value,
    required: Object.keys(member.required).filter((k) => k !== 'measure'),
    optional: Object.keys(member.optional),
  }));
