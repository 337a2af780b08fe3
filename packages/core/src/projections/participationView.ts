import type { CountUnit } from '../model/countUnit';
import { ParticipantCategory } from '../model/participantCategory';
import type { Period } from '../model/period';
import { factsOf, type CampaignFacts } from './campaignFacts';
import type { Figure } from './figure';
import { eligibleFigure, participantsFigure, participationRateFigure } from './participationFigure';
import { distinctPeriods, ifData, scopeFields, type ViewScope } from './viewSupport';

/** One category counted in one unit: participants, and for persons the eligible population and the rate. */
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

const units: ReadonlyArray<CountUnit> = ['person', 'attendance'];

/** Participation of an organisation's subtree (or the campaign) per period, category and unit, with eligible and rate for persons. */
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
  const present = new Set([
    ...reported.map((f) => `${f.data.category}|${f.data.countUnit}`),
    ...attended.map((f) => `${f.data.category}|${f.data.countUnit}`),
    ...eligible.map((f) => `${f.data.category}|person`),
  ]);
  const pairs = (Object.keys(ParticipantCategory.keys) as ParticipantCategory[]).flatMap((category) =>
    units.filter((countUnit) => present.has(`${category}|${countUnit}`)).map((countUnit) => ({ category, countUnit })),
  );
  return periods
    .map((period): ParticipationPeriod => {
      const cells = pairs
        .map(({ category, countUnit }): ParticipationCell => {
          const base = { period, category, ...scopeFields(scope) };
          const participants = ifData('participants', participantsFigure(facts, { measure: 'participants', countUnit, ...base }));
          if (countUnit !== 'person') return { category, countUnit, ...participants };
          return {
            category,
            countUnit,
            ...participants,
            ...ifData('eligible', eligibleFigure(facts, { measure: 'eligible', ...base })),
            ...ifData('rate', participationRateFigure(facts, { measure: 'participation-rate', ...base })),
          };
        })
        .filter((c) => c.participants !== undefined || c.eligible !== undefined || c.rate !== undefined);
      return { period, cells };
    })
    .filter((p) => p.cells.length > 0);
};
