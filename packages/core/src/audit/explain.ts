import type { CountUnit } from '../model/countUnit';
import type { FigureKey } from '../model/figureKey';
import type { Label } from '../model/labels';
import { periodKey } from '../model/period';
import type { Qualifier } from '../model/qualifier';
import type { CampaignFacts } from '../projections/campaignFacts';
import { termLabelOf } from '../projections/factsVocabulary';
import type { ComputedPercent, Contribution, Figure, FigureStatus } from '../projections/figure';
import { figureOf } from '../projections/figureOf';
import { figureLabel, type NameLookup } from '../text/figureLabel';

/**
 * What an event did to a figure: `added` (counted), `shadowed` (an operational fact under a
 * covering summary, listed but not added), `superseded` (an original replaced by its correction),
 * `retracted` (a fact of the cell a retraction withdrew, listed but not added), or `not-added` (a
 * part a report named that cannot be added, being in another count unit).
 */
export type LineageEffect = 'added' | 'shadowed' | 'superseded' | 'retracted' | 'not-added';

/** Which side of a fraction an event stands on; absent for a plain count. */
export type FractionSide = 'numerator' | 'denominator';

/** One event behind a figure: where it is in the store, which fact it carries, what it contributed and how. */
export interface LineageEntry {
  readonly eventId: string;
  readonly globalPosition: number;
  readonly eventType: string;
  /** The fact's own id inside its event (factId, classId, awardId, ...). */
  readonly factId: string;
  readonly value: number;
  readonly effect: LineageEffect;
  readonly countUnit?: CountUnit;
  readonly qualifier?: Qualifier;
  /** The sentence the fact was read from, when it came from a report. */
  readonly quote?: string;
  readonly side?: FractionSide;
  /** When this version of the fact came from a correction: which one, and why. */
  readonly correction?: { readonly correctionId: string; readonly reason: string };
  /** For a superseded version: the event id of the version that replaced it. */
  readonly supersededBy?: string;
  /** For a retracted fact: the retraction that withdrew it, and why. */
  readonly retraction?: { readonly retractionId: string; readonly reason: string };
}

/** The lineage of one computed figure: its value and every event that made it, in store order. */
export interface Explanation {
  readonly key: FigureKey;
  /** The figure's name and cell in both languages: "Số lớp — 2007, Huyện ủy Mường Tè". */
  readonly title: Label;
  readonly status: FigureStatus;
  /** The count, or null; for a rate, the numerator's count. */
  readonly value: number | null;
  readonly countUnit?: CountUnit;
  readonly qualifiers: ReadonlyArray<Qualifier>;
  /** For a rate: the fraction and its percentage (2 decimals, half away from zero). */
  readonly percent?: ComputedPercent;
  /** For a rate: the numerator's and the denominator's own values, null where not computed. */
  readonly fraction?: { readonly numerator: number | null; readonly denominator: number | null };
  /** Why the figure is `not-computable` or `no-data`, in plain English. */
  readonly reason?: string;
  /** Every contributing event; for a rate, the numerator's events first, then the denominator's. */
  readonly entries: ReadonlyArray<LineageEntry>;
}

// Widened by 'superseded' on purpose: the mapping stays total whichever roles Contribution lists.
type ContributionRole = Contribution['role'] | 'superseded';

const unknownRole = (role: never): never => {
  throw new TypeError(`explain: unknown contribution role ${JSON.stringify(role)}`);
};

const effectOf = (role: ContributionRole): LineageEffect => {
  switch (role) {
    case 'counted':
      return 'added';
    case 'shadowed':
      return 'shadowed';
    case 'superseded':
      return 'superseded';
    case 'retracted':
      return 'retracted';
    default:
      return unknownRole(role);
  }
};

/** A lineage entry for one contribution to a figure, with the figure's count unit and the fraction side. */
export const lineageEntryOf = (c: Contribution, countUnit?: CountUnit, side?: FractionSide): LineageEntry => ({
  eventId: c.eventId,
  globalPosition: c.globalPosition,
  eventType: c.eventType,
  factId: c.factId,
  value: c.value,
  effect: effectOf(c.role),
  ...(countUnit === undefined ? {} : { countUnit }),
  ...(c.qualifier === undefined ? {} : { qualifier: c.qualifier }),
  ...(c.quote === undefined ? {} : { quote: c.quote }),
  ...(side === undefined ? {} : { side }),
  ...(c.correction === undefined ? {} : { correction: c.correction }),
  ...(c.supersededBy === undefined ? {} : { supersededBy: c.supersededBy }),
  ...(c.retraction === undefined ? {} : { retraction: c.retraction }),
});

/** The names a label needs, looked up in the campaign's registries. */
export const namesIn = (facts: CampaignFacts): NameLookup => ({
  organisation: (id) => facts.organisations.get(id)?.data.name,
  contest: (id) => facts.contests.get(id)?.data.title,
  topic: (id) => facts.topics.get(id)?.data.title,
  term: (kind, termId) => termLabelOf(facts, kind, termId),
});

const titleOf = (facts: CampaignFacts, key: FigureKey): Label => {
  const names = namesIn(facts);
  const cell = (lang: 'vi' | 'en'): string => {
    const parts: string[] = [];
    if ('period' in key && key.period !== undefined) parts.push(periodKey(key.period).replace('-', '–'));
    if ('organisationId' in key && key.organisationId !== undefined) parts.push(names.organisation(key.organisationId) ?? key.organisationId);
    if (parts.length === 0) parts.push(lang === 'vi' ? 'toàn Cuộc vận động' : 'the whole campaign');
    return parts.join(', ');
  };
  return {
    vi: `${figureLabel(key, 'vi', names)} — ${cell('vi')}`,
    en: `${figureLabel(key, 'en', names)} — ${cell('en')}`,
  };
};

const isFigure = (target: Figure | FigureKey): target is Figure => 'contributions' in target && 'status' in target;

/**
 * The lineage of a figure: every event that made it, with its position, type, fact id, quoted
 * sentence, the value it contributed and whether it was added, shadowed, superseded or retracted. A rate
 * lists its numerator's events, then its denominator's. Give a key and the figure is computed with
 * `figureOf`; give a figure already computed and its own contributions are explained.
 *
 * @example
 * const explanation = explain(facts, { measure: 'classes', period: year(2007), organisationId: id('org:muong-te') });
 * formatExplanation(explanation, 'vi'); // ["Số lớp — 2007, Huyện ủy Mường Tè: 24", "+ 3  ClassesReported fact:2007/classes/agencies @44 «Trong năm 2007 …»", ...]
 */
export const explain = (facts: CampaignFacts, target: Figure | FigureKey): Explanation => {
  const figure = isFigure(target) ? target : figureOf(facts, target);
  const rate = figure.rate;
  const entries =
    rate === undefined
      ? figure.contributions.map((c) => lineageEntryOf(c, figure.countUnit))
      : [
          ...rate.numerator.contributions.map((c) => lineageEntryOf(c, rate.numerator.countUnit, 'numerator')),
          ...rate.denominator.contributions.map((c) => lineageEntryOf(c, rate.denominator.countUnit, 'denominator')),
        ];
  return {
    key: figure.key,
    title: titleOf(facts, figure.key),
    status: figure.status,
    value: figure.value,
    ...(figure.countUnit === undefined ? {} : { countUnit: figure.countUnit }),
    qualifiers: figure.qualifiers,
    ...(rate?.percent === undefined || rate.percent === null ? {} : { percent: rate.percent }),
    ...(rate === undefined
      ? {}
      : {
          fraction: {
            numerator: rate.numerator.status === 'computed' ? rate.numerator.value : null,
            denominator: rate.denominator.status === 'computed' ? rate.denominator.value : null,
          },
        }),
    ...(figure.reason === undefined ? {} : { reason: figure.reason }),
    entries,
  };
};
