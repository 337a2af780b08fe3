import type { Bloc } from '../model/bloc';
import type { Id } from '../model/identifiers';
import { OrganiserLevel } from '../model/organiserLevel';
import type { Period } from '../model/period';
import { factsOf, type CampaignFacts } from './campaignFacts';
import { classesFigure } from './classesFigure';
import { vocabularyOf } from './factsVocabulary';
import { inVocabularyOrder, termIdsOf } from '../model/vocabulary';
import type { Figure } from './figure';
import { distinctPeriods, hasData, scopeFields, type ViewScope } from './viewSupport';

/** The classes of one period: the total and its breakdowns, each with data only. */
export interface ClassesPeriod {
  readonly period: Period;
  readonly total: Figure;
  readonly byBloc: ReadonlyArray<{ readonly bloc: Bloc; readonly figure: Figure }>;
  readonly byOrganiserLevel: ReadonlyArray<{ readonly organiserLevel: OrganiserLevel; readonly figure: Figure }>;
  readonly byTopic: ReadonlyArray<{ readonly topicId: Id; readonly figure: Figure }>;
}

/** Classes per period present in the data. */
export type ClassesView = ReadonlyArray<ClassesPeriod>;

/** Classes of an organisation's subtree (or the campaign) per period: total, by bloc, by organiser level, by topic. */
export const classesView = (facts: CampaignFacts, scope: ViewScope = {}): ClassesView => {
  const reported = factsOf(facts, 'ClassesReported');
  const held = [...facts.classes.values()];
  const periods = distinctPeriods([...reported.map((f) => f.data.period), ...held.map((f) => f.data.year)]);
  const topics = [...new Set([...reported, ...held].flatMap((f) => (f.data.topicId === undefined ? [] : [f.data.topicId])))];
  // Every bloc of the vocabulary, and any a fact or an organisation names, in vocabulary order.
  const vocabulary = vocabularyOf(facts);
  const named = [...reported, ...held, ...facts.organisations.values()].flatMap((f) => (f.data.bloc === undefined ? [] : [f.data.bloc]));
  const blocs: ReadonlyArray<Bloc> = inVocabularyOrder(vocabulary, 'bloc', [...termIdsOf(vocabulary, 'bloc'), ...named]);
  return periods.flatMap((period): ClassesPeriod[] => {
    const base = { measure: 'classes' as const, period, ...scopeFields(scope) };
    const total = classesFigure(facts, base);
    if (!hasData(total)) return [];
    const byBloc = blocs
      .map((bloc) => ({ bloc, figure: classesFigure(facts, { ...base, bloc }) }))
      .filter((c) => hasData(c.figure));
    const byOrganiserLevel = (Object.keys(OrganiserLevel.keys) as OrganiserLevel[])
      .map((organiserLevel) => ({ organiserLevel, figure: classesFigure(facts, { ...base, organiserLevel }) }))
      .filter((c) => hasData(c.figure));
    const byTopic = topics
      .map((topicId) => ({ topicId, figure: classesFigure(facts, { ...base, topicId }) }))
      .filter((c) => hasData(c.figure));
    return [{ period, total, byBloc, byOrganiserLevel, byTopic }];
  });
};
