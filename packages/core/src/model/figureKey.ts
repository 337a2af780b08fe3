import * as t from 'io-ts';
import { problemsOf } from '../errors/invalidInput';
import { AwardKind, AwardStage, RecipientKind } from './awardVocabulary';
import { Bloc } from './bloc';
import { ContestRating, PrizeGrade } from './contestVocabulary';
import { CountUnit } from './countUnit';
import { byTag } from './codecFailures';
import { type FieldsShape, fields } from './fields';
import { Id } from './identifiers';
import { OrganisationKind } from './organisationKind';
import { OrganiserLevel } from './organiserLevel';
import { ParticipantCategory } from './participantCategory';
import { Period } from './period';

const scope = { organisationId: Id };

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
    fields({ measure: t.literal('eligible'), period: Period, category: ParticipantCategory }, { ...scope }),
    fields({ measure: t.literal('participation-rate'), period: Period, category: ParticipantCategory }, { ...scope }),
    fields({ measure: t.literal('areas-reached'), period: Period }, { ...scope }),
    fields({ measure: t.literal('areas-registered'), period: Period }, { ...scope }),
    fields({ measure: t.literal('outreach-attendances'), period: Period }, { ...scope }),
    fields({ measure: t.literal('organisations') }, { ...scope, kind: OrganisationKind, period: Period }),
    fields({ measure: t.literal('steering-committees') }, { ...scope, memberKind: OrganisationKind }),
    fields({ measure: t.literal('steering-committee-members') }, { ...scope, memberKind: OrganisationKind }),
    fields({ measure: t.literal('pilot-units') }, { ...scope }),
    fields({ measure: t.literal('commitments'), period: Period }, { ...scope }),
    fields({ measure: t.literal('contest-units'), contestId: Id }, { period: Period }),
    fields({ measure: t.literal('contest-entries'), contestId: Id }, { period: Period }),
    fields({ measure: t.literal('contest-contestants'), contestId: Id }, { period: Period }),
    fields({ measure: t.literal('prizes'), contestId: Id }, { period: Period, grade: PrizeGrade }),
    fields({ measure: t.literal('ratings'), contestId: Id }, { period: Period, rating: ContestRating }),
    fields({ measure: t.literal('selections'), contestId: Id }, { period: Period }),
    fields({ measure: t.literal('awards'), period: Period }, { stage: AwardStage, kind: AwardKind, recipientKind: RecipientKind }),
    fields({ measure: t.literal('materials'), period: Period }, { ...scope }),
    fields({ measure: t.literal('inspections'), period: Period }, { ...scope }),
  ],
  'FigureKey',
);

/** The shape of the key of each measure: its required fields (with `measure`) and its optional ones. */
export const figureKeyMembers = FigureKeyUnion.types as unknown as ReadonlyArray<t.Mixed & FieldsShape>;

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
