import type { EntityKind } from '../errors/domainError';
import type { IsoDate } from '../model/isoDate';
import type { Period } from '../model/period';
import type { TermKind } from '../model/termKind';
import type { CampaignState } from './campaignState';
import { requireDateRange, requireDateWithin, requireOrderedYears, requireValidPeriod, requireYearWithin } from './periods';
import type { Rule } from './recordingRules';
import { requireContest, requireKnown, requireNewId, requireOrganisation, requireOrganisations } from './references';
import { requireTerm, requireTerms } from './terms';

/** The names of the fields of D whose value (when present) is a V: the fields a rule may name. */
export type FieldOf<D, V> = { [K in keyof D]-?: NonNullable<D[K]> extends V ? K : never }[keyof D] & string;

/** The things whose ids the decider keeps, each in its own namespace. */
export type IdEntity = Exclude<EntityKind, 'campaign'>;

/** The namespace of the decider's state each kind of id is kept in. */
export const idNamespaces = {
  phase: 'phases',
  document: 'documents',
  organisation: 'organisations',
  'residential-area': 'residentialAreas',
  fact: 'facts',
  topic: 'topics',
  class: 'classes',
  'outreach-session': 'outreachSessions',
  contest: 'contests',
  award: 'awards',
  distribution: 'distributions',
  inspection: 'inspections',
  figure: 'figures',
  'steering-committee': 'steeringCommittees',
  'pilot-unit': 'pilotUnits',
  correction: 'corrections',
  retraction: 'retractions',
} as const satisfies { readonly [K in IdEntity]: keyof CampaignState };

const idsOf = (state: CampaignState, entity: IdEntity): ReadonlySet<string> | ReadonlyMap<string, unknown> =>
  state[idNamespaces[entity]];

// The field names a rule takes are checked against D's fields and their types, so the value read is of that type.
const valueOf = <V>(data: unknown, field: string): V | undefined => (data as Readonly<Record<string, V | undefined>>)[field];
const idAt = (data: unknown, field: string): string => valueOf<string>(data, field) as string;

/** Refuses an id, in `field`, already taken in the namespace of its entity. */
export const newId =
  <D>(entity: IdEntity, field: FieldOf<D, string>): Rule<D> =>
  (d, state) =>
    requireNewId(idsOf(state, entity), entity, idAt(d, field));

/** Refuses a reference, when `field` holds one, to something not recorded in the namespace of its entity. */
export const known =
  <D>(entity: IdEntity, field: FieldOf<D, string>): Rule<D> =>
  (d, state) =>
    requireKnown(idsOf(state, entity), entity, valueOf<string>(d, field), field);

/** Refuses a reference, when `field` holds one, to an organisation that is not registered. */
export const organisation =
  <D>(field: FieldOf<D, string>): Rule<D> =>
  (d, state) =>
    requireOrganisation(state, valueOf<string>(d, field), field);

/** Refuses a list of organisation references, when `field` holds one, naming the first unknown by index. */
export const organisations =
  <D>(field: FieldOf<D, ReadonlyArray<string>>): Rule<D> =>
  (d, state) =>
    requireOrganisations(state, valueOf<ReadonlyArray<string>>(d, field), field);

/** Refuses a reference, when `field` holds one, to a contest that was not launched. */
export const contest =
  <D>(field: FieldOf<D, string>): Rule<D> =>
  (d, state) =>
    requireContest(state, valueOf<string>(d, field), field);

/** Refuses a span of years, when `field` holds one, that ends before it starts. */
export const validPeriod =
  <D>(field: FieldOf<D, Period>): Rule<D> =>
  (d) =>
    requireValidPeriod(valueOf<Period>(d, field), field);

/** Refuses a last year, when given, before the first; the error names the last year's field. */
export const orderedYears =
  <D>(from: FieldOf<D, number>, to: FieldOf<D, number>): Rule<D> =>
  (d) =>
    requireOrderedYears(valueOf<number>(d, from) as number, valueOf<number>(d, to), to);

/** Refuses a date range, when both ends are given, that ends before it starts. */
export const dateRange =
  <D>(from: FieldOf<D, IsoDate>, to: FieldOf<D, IsoDate>): Rule<D> =>
  (d) =>
    requireDateRange(valueOf<IsoDate>(d, from), valueOf<IsoDate>(d, to));

/** Refuses a date, when given, outside the year or period (in `period`) the fact is filed under. */
export const dateWithin =
  <D>(date: FieldOf<D, IsoDate>, period: FieldOf<D, Period>): Rule<D> =>
  (d) =>
    requireDateWithin(valueOf<IsoDate>(d, date), valueOf<Period>(d, period), date);

/** Refuses a year outside the period of the contest (in `contestField`) it belongs to, when that contest is known. */
export const yearInContest =
  <D>(year: FieldOf<D, number>, contestField: FieldOf<D, string>): Rule<D> =>
  (d, state) =>
    requireYearWithin(valueOf<number>(d, year) as number, state.contests.get(idAt(d, contestField)), year);

/** Refuses a term, when `field` holds one, that the history's vocabulary does not define for `kind`. */
export const term =
  <D>(kind: TermKind, field: FieldOf<D, string>): Rule<D> =>
  (d, state) =>
    requireTerm(state.vocabulary, kind, valueOf<string>(d, field), field);

/** Refuses a list of terms, when `field` holds one, naming the first the vocabulary does not define for `kind` by index. */
export const terms =
  <D>(kind: TermKind, field: FieldOf<D, ReadonlyArray<string>>): Rule<D> =>
  (d, state) =>
    requireTerms(state.vocabulary, kind, valueOf<ReadonlyArray<string>>(d, field), field);
