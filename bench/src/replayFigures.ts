import { figureKey, figureOf, type CampaignFacts, type FigureKeyInput } from '@campaign-ledger/core';
import { createHash } from 'node:crypto';

/** The participation and commendation figures of a replay, with what it counted: what every subject must agree on. */
export interface ReplayFigures {
  /** Envelopes folded. */
  readonly events: number;
  readonly organisations: number;
  readonly classes: number;
  /** Participants in persons, by `year/category`, over every organisation. */
  readonly participants: Readonly<Record<string, number | null>>;
  /** Awards over 2007–2010, by `stage/kind`. */
  readonly awards: Readonly<Record<string, number | null>>;
  /** A short SHA-256 of everything above: equal digests, equal figures. */
  readonly digest: string;
}

const YEARS = [2007, 2008, 2009, 2010] as const;
const CATEGORIES = ['party-members', 'cadres-civil-servants', 'public', 'union-members-pupils'] as const;
const STAGES = ['proposed-by-unit', 'decided-by-district'] as const;
const AWARD_KINDS = ['reward', 'commendation'] as const;

const valueOf = (facts: CampaignFacts, key: FigureKeyInput): number | null => figureOf(facts, figureKey(key)).value;

/**
 * The figures a replay computes from the campaign's facts (figureOf, the function the report
 * uses): participants of each year and category, awards of each stage and kind, and the counts of
 * organisations and classes.
 */
export const replayFigures = (facts: CampaignFacts, events: number): ReplayFigures => {
  const participants: Record<string, number | null> = {};
  for (const year of YEARS) {
    for (const category of CATEGORIES) {
      participants[`${year}/${category}`] = valueOf(facts, { measure: 'participants', period: year, category, countUnit: 'person' });
    }
  }
  const awards: Record<string, number | null> = {};
  for (const stage of STAGES) {
    for (const kind of AWARD_KINDS) awards[`${stage}/${kind}`] = valueOf(facts, { measure: 'awards', period: { from: 2007, to: 2010 }, stage, kind });
  }
  const figures = { events, organisations: facts.organisations.size, classes: facts.classes.size, participants, awards };
  // Keys are written in one order above, so the JSON text of equal figures is equal.
  const digest = createHash('sha256').update(JSON.stringify(figures)).digest('hex').slice(0, 12);
  return { ...figures, digest };
};
