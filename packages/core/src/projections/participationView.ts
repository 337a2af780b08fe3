import { type CountUnit, PERSONS } from '../model/countUnit';
import type { ParticipantCategory } from '../model/participantCategory';
import type { Period } from '../model/period';
import { inVocabularyOrder } from '../model/vocabulary';
import { factsOf, type CampaignFacts } from './campaignFacts';
import { vocabularyOf } from './factsVocabulary';
import type { Figure } from './figure';
import { eligibleFigure, participantsFigure, participationRateFigure } from './participationFigure';
import { distinctPeriods, ifData, scopeFields, type ViewScope } from './viewSupport';

/**
 * One category counted in one unit: participants, and for persons (or a unit an eligible population
 * is declared in) the eligible population and the rate.
 */
export interface ParticipationCell {
  readonly category: ParticipantCategory;
  readonly countUnit: CountUnit;
  readonly participants?: Figure;
  readonly eligible?: Figure;
  readonly rate?: Figure;
}

/** The participation cells of one period. */
export interface ParticipationPeriod {
  readonly period: Period;
  readonly cells: ReadonlyArray<ParticipationCell>;
}

/** Participation per period present in the data, per category and count unit, with data only. */
export type ParticipationView = ReadonlyArray<ParticipationPeriod>;

/**
 * Participation of an organisation's subtree (or the campaign) per period, category and unit, in
 * the vocabulary's order, with the eligible population and the rate for persons and for any unit
 * an eligible population is declared in.
 */
export const participationView = (facts: CampaignFacts, scope: ViewScope = {}): ParticipationView => {
  const reported = factsOf(facts, 'ParticipationReported');
  const attended = factsOf(facts, 'AttendanceRecorded');
  const eligible = factsOf(facts, 'EligiblePopulationDeclared');
  const periods = distinctPeriods([
    ...reported.map((f) => f.data.period),
    ...attended.flatMap((f) => {
      const held = facts.classes.get(f.data.classId);
      return held === undefined ? [] : [held.data.year];
    }),
    ...eligible.map((f) => f.data.period),
  ]);
  const declared = new Set(eligible.map((f) => `${f.data.category}|${f.data.countUnit ?? PERSONS}`));
  const counted = [...reported, ...attended].map((f) => ({ category: f.data.category, countUnit: f.data.countUnit }));
  const present = new Set([...counted.map((c) => `${c.category}|${c.countUnit}`), ...declared]);
  // Categories and units in vocabulary order (a history's own terms after the built-in ones).
  const vocabulary = vocabularyOf(facts);
  const categories = inVocabularyOrder(vocabulary, 'participant-category', [...counted, ...eligible.map((f) => f.data)].map((c) => c.category));
  const units = inVocabularyOrder(vocabulary, 'count-unit', [PERSONS, ...counted.map((c) => c.countUnit), ...eligible.map((f) => f.data.countUnit ?? PERSONS)]);
  const pairs = categories.flatMap((category: ParticipantCategory) =>
    units.filter((countUnit) => present.has(`${category}|${countUnit}`)).map((countUnit: CountUnit) => ({ category, countUnit })),
  );
  return periods
    .map((period): ParticipationPeriod => {
      const cells = pairs
        .map(({ category, countUnit }): ParticipationCell => {
          const base = { period, category, ...scopeFields(scope) };
          const participants = ifData('participants', participantsFigure(facts, { measure: 'participants', countUnit, ...base }));
          // Persons always offer a rate; another unit only where an eligible population is declared in it.
          if (countUnit !== PERSONS && !declared.has(`${category}|${countUnit}`)) return { category, countUnit, ...participants };
          const unit = countUnit === PERSONS ? {} : { countUnit };
          return {
            category,
            countUnit,
            ...participants,
            ...ifData('eligible', eligibleFigure(facts, { measure: 'eligible', ...base, ...unit })),
            ...ifData('rate', participationRateFigure(facts, { measure: 'participation-rate', ...base, ...unit })),
          };
        })
        .filter((c) => c.participants !== undefined || c.eligible !== undefined || c.rate !== undefined);
      return { period, cells };
    })
    .filter((p) => p.cells.length > 0);
};
