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
import { envelopesAsOf } from './envelopesAsOf';
import { replayAsOf } from './replayAsOf';
import { runProjection } from '../projections/projection';

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

  it('streams the same envelopes envelopesAsOf keeps of the whole log, at every page size and for every kind of point', async () => {
    const store = await storeWithHistory();
    const all = await store.readAll()();
    if (E.isLeft(all)) return expect.unreachable('a readable store');
    const positions: Projection<CampaignEvent, ReadonlyArray<number>> = { init: () => [], evolve: (s, e) => [...s, e.globalPosition] };
    const pointsToTry: ReadonlyArray<AsOfPoints> = [
      [],
      asOfPosition(3),
      asOfRecordedAt('2008-01-08T23:59:59Z'),
      asOfDomainDate('2007-12-31'),
      asOfDomainDate('2006-12-31'),
      [asOfRecordedAt('2008-01-08T23:59:59Z'), asOfDomainDate('2007-12-31')],
      [asOfPosition(8), asOfDomainDate('2008-12-31')],
    ];
    for (const points of pointsToTry) {
      const expected = envelopesAsOf(all.right, points).map((e) => e.globalPosition);
      for (const pageSize of [1, 2, 3, 1000]) {
        expect(await replayAsOf(store, points, positions, { pageSize })(), `${JSON.stringify(points)}, pages of ${pageSize}`).toStrictEqual(E.right(expected));
      }
    }
  });

  it('with a domain date, reads dates in a first pass and folds up to where that pass ended, whatever is appended in between', async () => {
    const store = await storeWithHistory();
    const reads: ReadAllOptions[] = [];
    let appended = false;
    const growing = {
      ...store,
      readAll: (options?: ReadAllOptions) => async () => {
        reads.push(options ?? {});
        const page = await store.readAll(options)();
        // The log grows once the first pass has read its end.
        if (!appended && E.isRight(page) && page.right.length < (options?.limit ?? Infinity)) {
          appended = true;
          await store.append('campaign-test', [{ id: '00000000-0000-4000-8000-000000000099', event: classes(99), domainDate: '2007-06-01' }])();
        }
        return page;
      },
    };
    const facts = await replayAsOf(growing, asOfDomainDate('2007-12-31'), campaignFactsProjection, { pageSize: 4 })();
    if (E.isLeft(facts)) return expect.unreachable(facts.left._tag);
    expect(facts.right.lastGlobalPosition).toBe(history.length);
    expect(figureOf(facts.right, classes2007).value).toBe(24);
    expect(reads.map((r) => r.fromPosition)).toEqual([1, 5, 9, 1, 5, 9]);
    // The facts of the whole log, read afresh, do see the event appended since.
    expect(runProjection(campaignFactsProjection, E.getOrElseW(() => [])(await store.readAll()())).lastGlobalPosition).toBe(history.length + 1);
  });
});
