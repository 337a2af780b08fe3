import {
  CampaignEvent,
  type CampaignFacts,
  type EventEnvelope,
  type EventStore,
  type RuleEvaluation,
  asOfDomainDate,
  asOfPosition,
  builtInRules,
  campaignFactsProjection,
  evaluateRules,
  makeInMemoryEventStore,
  replayAsOf,
  runProjection,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { muongTeHistory } from '@campaign-ledger/fixtures';
import { replayHistory } from '@campaign-ledger/fixtures';

// The built-in validation rules on the Mường Tè history. The report is consistent everywhere the
// rules look but in one place: the standing committee decided more awards than the units proposed.

let store: EventStore<CampaignEvent>;
let envelopes: ReadonlyArray<EventEnvelope<CampaignEvent>>;
let facts: CampaignFacts;
let result: RuleEvaluation;

beforeAll(async () => {
  store = makeInMemoryEventStore({ codec: CampaignEvent });
  const replayed = await replayHistory(store, muongTeHistory);
  expect(replayed).toEqual(E.right(muongTeHistory.length));
  const log = await store.readAll()();
  if (E.isLeft(log)) throw new Error(log.left._tag);
  envelopes = log.right;
  facts = runProjection(campaignFactsProjection, envelopes);
  result = evaluateRules(facts, builtInRules);
});

describe('the built-in rules on the Mường Tè history', () => {
  it('find that awards decided exceed awards proposed over 2007–2010, and nothing else', () => {
    expect(result.violations.map((v) => [v.ruleId, v.arithmetic.en])).toEqual([
      ['awards-decided-within-proposed', '15 + 29 = 44 > 43'],
      ['awards-decided-within-proposed', '59 + 122 = 181 > 172'],
    ]);
  });

  it('say so in the report’s language and in English', () => {
    expect(result.violations.map((v) => v.message.vi)).toEqual([
      'Số được khen thưởng, biểu dương không vượt số được đề nghị (2007–2010, tập thể): 15 + 29 = 44 > 43, yêu cầu ≤',
      'Số được khen thưởng, biểu dương không vượt số được đề nghị (2007–2010, cá nhân): 59 + 122 = 181 > 172, yêu cầu ≤',
    ]);
    expect(result.violations[0]?.message.en).toBe(
      'Awards decided do not exceed awards proposed (2007–2010, collectives): 15 + 29 = 44 > 43, expected ≤',
    );
    expect(result.violations.map((v) => v.importance)).toEqual(['high', 'high']);
  });

  it('trace each side to the sentences of the report', () => {
    const [collectives] = result.violations;
    const quotes = (side: 'left' | 'right') =>
      collectives?.[side].operands.flatMap((o) => (o.kind === 'figure' ? o.figure.contributions.map((c) => [c.value, c.quote ?? '']) : []));
    const left = quotes('left') ?? [];
    expect(left.map(([value]) => value)).toEqual([15, 29]);
    expect(left.every(([, quote]) => String(quote).includes('quyết định khen thưởng 15 tập thể, 59 cá nhân'))).toBe(true);
    const right = quotes('right') ?? [];
    expect(right.map(([value]) => value)).toEqual([43]);
    expect(String(right[0]?.[1])).toContain('đề nghị huyện biểu dương, khen thưởng cho 43 tập thể');
    const awardEvents = envelopes.filter((e) => e.event.type === 'AwardGranted').map((e) => e.eventId);
    expect(collectives?.eventIds).toHaveLength(3);
    expect(collectives?.eventIds.every((id) => awardEvents.includes(id))).toBe(true);
  });

  it('compare the consistent parts of the report and find them consistent', () => {
    const compared = Object.fromEntries(result.byRule.map((t) => [t.ruleId, [t.evaluated, t.violations]]));
    expect(compared).toEqual({
      // 2007: 3 + 20 + 1 = 24 classes; 2009 and 2010: the agencies classes within their year's total.
      'classes-by-bloc-within-total': [3, 0],
      // 2008: 1 + 52 = 53; 2009: (1 + 5) + 28 = 34; 2010: (2 + 5) + 33 = 40.
      'classes-by-organiser-level-within-total': [3, 0],
      'participants-by-organiser-level-within-category': [8, 0],
      // 2007: 1.795 and 1.483 within the 3.573 participants of every category.
      'participants-of-category-within-everyone': [4, 0],
      // 1.795/1.923 and 1.483/1.650 in 2007; 927/1.267 and 2.181/2.321 in 2009.
      'participants-within-eligible': [4, 0],
      // 117/160 areas in 2009 (2010 gives no number of areas registered).
      'areas-reached-within-registered': [1, 0],
      // The district's own committee of 1 district committee; 18 committees of 18 đảng bộ.
      'committees-within-organisations-of-kind': [2, 0],
      'committee-members-at-least-committees': [2, 0],
      // 29 units in 2009 and 33 in 2010, within the organisations the ledger counts.
      'contest-units-within-organisations': [2, 0],
      // 29 prizes of 242 entries in 2009, 16 of 166 in 2010.
      'prizes-within-entries': [2, 0],
      // No contest with prizes states its contestants.
      'prizes-within-contestants': [0, 0],
      // 2007: 1 + 7 = 8 rated and 1 sent on, of 20 contestants.
      'ratings-within-contestants': [1, 0],
      'selections-within-contestants': [1, 0],
      'awards-decided-within-proposed': [2, 2],
      // 1 collective and 1 individual proposed to the province.
      'awards-to-province-within-decided': [2, 0],
    });
  });

  it('can be evaluated as of any point of the log: before the commendations were recorded, the awards held', () => {
    const commendations = envelopes.findIndex(
      (e) => e.event.type === 'AwardGranted' && e.event.data.awardId === 'award:decided/commendation/collectives',
    );
    expect(commendations).toBeGreaterThan(0);
    const asOf = (n: number) => evaluateRules(runProjection(campaignFactsProjection, envelopes.slice(0, n)), builtInRules);
    expect(asOf(commendations).violations).toEqual([]);
    expect(asOf(commendations + 1).violations.map((v) => v.arithmetic.en)).toEqual(['15 + 29 = 44 > 43']);
  });

  it('can be evaluated on the facts replayAsOf folds from the store', async () => {
    const position = envelopes.find((e) => e.event.type === 'AwardGranted' && e.event.data.awardId === 'award:decided/commendation/collectives')?.globalPosition ?? 0;
    const before = await replayAsOf(store, asOfPosition(position - 1), campaignFactsProjection)();
    const after = await replayAsOf(store, asOfPosition(position), campaignFactsProjection)();
    if (E.isLeft(before) || E.isLeft(after)) throw new Error('the store could not be read');
    expect(evaluateRules(before.right, builtInRules).violations).toEqual([]);
    expect(evaluateRules(after.right, builtInRules).violations.map((v) => v.arithmetic.en)).toEqual(['15 + 29 = 44 > 43']);
    // The awards are filed under 2007–2010: by the end of 2009 none had been decided, as far as the ledger knows.
    const by2009 = await replayAsOf(store, asOfDomainDate('2009-12-31'), campaignFactsProjection)();
    if (E.isLeft(by2009)) throw new Error('the store could not be read');
    const tally = evaluateRules(by2009.right, builtInRules).byRule.find((t) => t.ruleId === 'awards-decided-within-proposed');
    expect(tally).toEqual({ ruleId: 'awards-decided-within-proposed', evaluated: 0, skipped: 0, notCompared: 0, violations: 0 });
  });
});
