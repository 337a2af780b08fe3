import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { event, figureKey, hierarchy } from '../../test/envelopes';
import { campaignDomainDate } from '../decider/campaignDomainDate';
import { CampaignEvent } from '../events/campaignEvent';
import type { CorrectableEvent } from '../events/factCorrected';
import { factIdOf } from '../events/factIdOf';
import { campaignFactsProjection, type CampaignFacts } from '../projections/campaignFacts';
import { figureOf } from '../projections/figureOf';
import type { Projection } from '../projections/projection';
import type { ReadAllOptions } from '../store/eventStore';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import { asOfDomainDate, asOfPosition, asOfRecordedAt, type AsOfPoints } from './asOf';
import { replayAsOf } from './replayAsOf';

const classes = (count: number) => event('ClassesReported', { factId: 'f:2007', organisationId: 'org:district-a', period: 2007, count });
const replacement = classes(24);
const history: ReadonlyArray<CampaignEvent> = [
  ...hierarchy,
  classes(20),
  event('FactCorrected', { correctionId: 'c:1', correctedFactId: factIdOf(replacement), replacement: replacement as CorrectableEvent, reason: 'đính chính' }),
];

// One event per append, each recorded one day after the last from 2008-01-01.
const storeWithHistory = async () => {
  let day = 0;
  const store = makeInMemoryEventStore({ codec: CampaignEvent, clock: () => new Date(Date.UTC(2008, 0, 1 + day)) });
  for (const [i, e] of history.entries()) {
    day = i;
    const id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    const appended = await store.append('campaign-test', [{ id, event: e, domainDate: campaignDomainDate(e) }])();
    expect(E.isRight(appended)).toBe(true);
  }
  return store;
};

const classes2007 = figureKey({ measure: 'classes', period: 2007, organisationId: 'org:district-a' });
const valueAsOf = async (points: AsOfPoints): Promise<number | null> => {
  const store = await storeWithHistory();
  const facts = await replayAsOf(store, points, campaignFactsProjection)();
  if (E.isLeft(facts)) return expect.unreachable(facts.left._tag);
  return figureOf(facts.right, classes2007).value;
};

describe('replayAsOf', () => {
  it('folds the campaign facts through the store port as of a position, a recorded time and a domain date', async () => {
    expect(await valueAsOf([])).toBe(24);
    expect(await valueAsOf(asOfPosition(8))).toBe(20);
    expect(await valueAsOf(asOfRecordedAt('2008-01-08T23:59:59Z'))).toBe(20);
    expect(await valueAsOf(asOfRecordedAt('2008-01-09T00:00:00Z'))).toBe(24);
    expect(await valueAsOf(asOfDomainDate('2007-12-31'))).toBe(24);
    expect(await valueAsOf(asOfDomainDate('2006-12-31'))).toBeNull();
  });

  it('reads page by page and stops once past the position asked for', async () => {
    const store = await storeWithHistory();
    const reads: ReadAllOptions[] = [];
    const spied = { ...store, readAll: (options?: ReadAllOptions) => (reads.push(options ?? {}), store.readAll(options)) };
    const positions: Projection<CampaignEvent, ReadonlyArray<number>> = { init: () => [], evolve: (s, e) => [...s, e.globalPosition] };

    expect(await replayAsOf(spied, asOfPosition(5), positions, { pageSize: 2 })()).toStrictEqual(E.right([1, 2, 3, 4, 5]));
    expect(reads.map((r) => r.fromPosition)).toEqual([1, 3, 5]);

    reads.length = 0;
    expect(await replayAsOf(spied, [], positions, { pageSize: 4 })()).toStrictEqual(E.right([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(reads.map((r) => r.fromPosition)).toEqual([1, 5, 9]);

    reads.length = 0;
    expect(await replayAsOf(spied, asOfPosition(0), positions)()).toStrictEqual(E.right([]));
    expect(reads).toEqual([]);
  });

  it('passes a store error through, and refuses a page size below 1', async () => {
    const store = await storeWithHistory();
    const failing = { ...store, readAll: () => () => Promise.resolve(E.left({ _tag: 'StoreUnavailable' as const, message: 'down' })) };
    const result = await replayAsOf(failing, [], campaignFactsProjection)();
    expect(result).toStrictEqual(E.left({ _tag: 'StoreUnavailable', message: 'down' }));
    expect(() => replayAsOf(store, [], campaignFactsProjection, { pageSize: 0 })).toThrow(RangeError);
  });

  it('gives the same facts as folding the whole log when no point bounds it', async () => {
    const store = await storeWithHistory();
    const all = await store.readAll()();
    const replayed = await replayAsOf(store, [], campaignFactsProjection)();
    if (E.isLeft(all) || E.isLeft(replayed)) return expect.unreachable('a readable store');
    const facts: CampaignFacts = replayed.right;
    expect(facts.lastGlobalPosition).toBe(all.right.length);
    expect(facts.corrections.size).toBe(1);
  });
});
