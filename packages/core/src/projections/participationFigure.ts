import { PERSONS } from '../model/countUnit';
import { periodKey } from '../model/period';
import { factsOf, type CampaignFacts } from './campaignFacts';
import { termLabelOf } from './factsVocabulary';
import type { Figure } from './figure';
import { assembleFigure, byPosition, noDataReason, qualifiersOf, type FigureKeyOf } from './figureAssembly';
import {
  combineGrains,
  flowRules,
  operationalInCell,
  summaryInCell,
  type Cell,
  type OperationalCandidate,
  type SummaryCandidate,
} from './grains';
import { oncePerFacts } from './oncePerFacts';
import { blocOf } from './organisationTree';
import { percentOf } from './percent';
import { termPartitions } from './termRelations';
import { listingRetracted } from './retractedLineage';

/**
 * Participants (measure `participants`) of one category in one count unit: AttendanceRecorded
 * (placed by its class: year, organiser, bloc, organiser level) plus ParticipationReported. The
 * key always fixes category and unit, so persons are never added to attendances nor one category
 * to another. An attendance of an unknown class cannot be placed and counts nowhere.
 *
 * A category that narrower categories partition (see `termPartitions`) and whose
 * own facts only itemise it (by organiser level or bloc), or give nothing, is the sum of those
 * categories' figures when each of them is whole; its own itemised facts are then shadowed.
 */
export const participantsFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'participants'>): Figure => {
  const own = ownParticipantsFigure(facts, key);
  if (own.status === 'computed' && own.itemisedBy === undefined) return own;
  return fromCategoryParts(facts, key, own) ?? own;
});

// The first partition of the key's category whose every category has a whole figure in the same
// cell, as one figure: the parts' facts are added, the category's own (itemised) facts shadowed.
const fromCategoryParts = (facts: CampaignFacts, key: FigureKeyOf<'participants'>, own: Figure): Figure | undefined => {
  for (const partition of termPartitions(facts, key.category)) {
    const parts = partition.map((category) => participantsFigure(facts, { ...key, category }));
    if (!parts.every((p) => p.status === 'computed' && p.itemisedBy === undefined)) continue;
    const ownCounted = new Set(own.contributions.filter((c) => c.role === 'counted').map((c) => c.eventId));
    const shadowedOwn = own.contributions.map((c) => (c.role === 'counted' ? { ...c, role: 'shadowed' as const } : c));
    const contributions = [...parts.flatMap((p) => p.contributions), ...shadowedOwn].sort(byPosition);
    return {
      key,
      status: 'computed',
      value: parts.reduce((sum, p) => sum + (p.value ?? 0), 0),
      countUnit: key.countUnit,
      qualifiers: qualifiersOf(contributions),
      contributions,
      fromCategories: {
        categories: partition,
        ...(own.itemisedBy === undefined
          ? {}
          : { itemised: { by: own.itemisedBy, contributions: shadowedOwn.filter((c) => c.role === 'shadowed' && ownCounted.has(c.eventId)) } }),
      },
    };
  }
  return undefined;
};

const ownParticipantsFigure = (facts: CampaignFacts, key: FigureKeyOf<'participants'>): Figure => {
  const cell: Cell = {
    organisationId: key.organisationId,
    period: key.period,
    fixed: { category: key.category, countUnit: key.countUnit, bloc: key.bloc, organiserLevel: key.organiserLevel },
  };
  const summaries = participationSummaries(facts).filter((s) => summaryInCell(facts, cell, s));
  const operationals = attendanceOperationals(facts).filter((o) => operationalInCell(facts, cell, o));
  return assembleFigure(key, combineGrains(facts, summaries, operationals, flowRules, cell.fixed), { countUnit: key.countUnit });
};

// Every ParticipationReported as a candidate of any cell: placed once per facts value, then each figure only filters.
const participationSummaries = oncePerFacts((facts): ReadonlyArray<SummaryCandidate> =>
  factsOf(facts, 'ParticipationReported').map((f): SummaryCandidate => {
    const d = f.data;
    const stated = { category: d.category, countUnit: d.countUnit, bloc: d.bloc, organiserLevel: d.organiserLevel };
    return {
      ref: f.ref,
      value: d.count,
      qualifier: d.qualifier,
      organisationId: d.organisationId,
      period: d.period,
      stated,
      effective: { ...stated, bloc: d.bloc ?? blocOf(facts, d.organisationId) },
    };
  }),
);

// Every AttendanceRecorded placed by its class (year, organiser, bloc, level), once per facts value.
const attendanceOperationals = oncePerFacts((facts): ReadonlyArray<OperationalCandidate> =>
  factsOf(facts, 'AttendanceRecorded').flatMap((f): OperationalCandidate[] => {
    const held = facts.classes.get(f.data.classId)?.data;
    if (held === undefined) return [];
    const effective = {
      category: f.data.category,
      countUnit: f.data.countUnit,
      bloc: held.bloc ?? blocOf(facts, held.organiserId),
      organiserLevel: held.organiserLevel,
    };
    return [{ ref: f.ref, value: f.data.count, organisationId: held.organiserId, year: held.year, effective }];
  }),
);

/**
 * The eligible population (measure `eligible`) of a category: EligiblePopulationDeclared facts in
 * the cell. A declaration counts persons unless it names another count unit ("4.880 lượt đảng
 * viên" counts attendances), and the key's unit is persons unless it names another: units are
 * never added. A key that fixes a bloc takes the declarations of that bloc (the declaration's own,
 * else its organisation's). When one organisation declares the same category and period twice,
 * the later declaration counts and the earlier is shadowed; a declaration of an organisation
 * inside another declaring organisation, for a period inside the other's, is shadowed too.
 * Different organisations add up. Exempted members stay in the count, as reports keep them in the
 * denominator.
 */
export const eligibleFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'eligible'>): Figure => {
  const countUnit = key.countUnit ?? PERSONS;
  const cell: Cell = { organisationId: key.organisationId, period: key.period, fixed: { category: key.category, countUnit, bloc: key.bloc } };
  const summaries = factsOf(facts, 'EligiblePopulationDeclared')
    .map((f): SummaryCandidate => {
      const d = f.data;
      const stated = { category: d.category, countUnit: d.countUnit ?? PERSONS, bloc: d.bloc };
      return { ref: f.ref, value: d.count, organisationId: d.organisationId, period: d.period, stated, effective: { ...stated, bloc: d.bloc ?? blocOf(facts, d.organisationId) } };
    })
    .filter((s) => summaryInCell(facts, cell, s));
  return assembleFigure(key, combineGrains(facts, summaries, [], flowRules, cell.fixed), { countUnit });
});

/**
 * The participation rate (measure `participation-rate`): participants of the category over its
 * eligible population, both in the key's count unit (persons unless it names another, so that
 * "4.512/4.880 lượt đảng viên" is a rate in attendances) and of the key's bloc when it fixes one,
 * with `rate.percent` at 2 decimals. It is computed only when both figures are and the denominator
 * is above 0; otherwise `not-computable` with the missing part named (`no-data` when neither part
 * has a fact). The value is the numerator's count.
 */
export const participationRateFigure = listingRetracted((facts: CampaignFacts, key: FigureKeyOf<'participation-rate'>): Figure => {
  const countUnit = key.countUnit ?? PERSONS;
  const slice = {
    ...(key.organisationId === undefined ? {} : { organisationId: key.organisationId }),
    ...(key.bloc === undefined ? {} : { bloc: key.bloc }),
  };
  const numerator = participantsFigure(facts, { measure: 'participants', period: key.period, category: key.category, countUnit, ...slice });
  const denominator = eligibleFigure(facts, {
    measure: 'eligible',
    period: key.period,
    category: key.category,
    ...(key.countUnit === undefined ? {} : { countUnit }),
    ...slice,
  });
  const contributions = [...numerator.contributions, ...denominator.contributions].sort(byPosition);
  const label = termLabelOf(facts, 'participant-category', key.category).en;
  const unit = termLabelOf(facts, 'count-unit', countUnit).en;
  const period = periodKey(key.period);
  const base = { key, countUnit, qualifiers: numerator.qualifiers, contributions };
  if (numerator.status === 'computed' && denominator.status === 'computed' && denominator.value !== null && denominator.value > 0) {
    const percent = percentOf(numerator.value ?? 0, denominator.value, 2);
    return { ...base, status: 'computed', value: numerator.value, rate: { numerator, denominator, percent } };
  }
  const rate = { numerator, denominator, percent: null };
  if (numerator.status !== 'computed' && denominator.status !== 'computed')
    return { ...base, status: 'no-data', value: null, rate, reason: noDataReason(key) };
  const reason =
    denominator.status !== 'computed'
      ? `no eligible population of ${label} declared for ${period}`
      : numerator.status !== 'computed'
        ? `no participants of ${label} counted in ${unit} for ${period}`
        : `the eligible population of ${label} declared for ${period} is 0`;
  return { ...base, status: 'not-computable', value: null, rate, reason };
});
