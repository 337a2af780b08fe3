import { muongTeEvents } from '@campaign-ledger/fixtures';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaignDomainDate } from '../decider/campaignDomainDate';
import { CampaignEvent } from '../events/campaignEvent';
import { campaignFactsProjection } from '../projections/campaignFacts';
import { buildCampaignReport } from './campaignReport';
import type { CampaignReport } from './reportModel';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import { asOfDomainDate, asOfPosition, type AsOfPoints } from '../audit/asOf';
import { replayAsOf } from '../audit/replayAsOf';

// The Mường Tè history, one event per append, replayed page by page: whatever the page size, the
// report as of any position or domain date is the one a single page gives, and a second replay
// gives it again.
describe('replayAsOf, as a property of the Mường Tè log', () => {
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  let size = 0;
  let dates: ReadonlyArray<string> = [];
  beforeAll(async () => {
    const events = await muongTeEvents();
    for (const [i, event] of events.entries()) {
      const id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
      const appended = await store.append('campaign-muong-te', [{ id, event, domainDate: campaignDomainDate(event) }])();
      expect(E.isRight(appended)).toBe(true);
    }
    size = events.length;
    dates = [...new Set(events.map(campaignDomainDate).filter((d): d is string => d !== null))];
  });

  const reportAsOf = async (points: AsOfPoints, pageSize: number): Promise<CampaignReport> => {
    const facts = await replayAsOf(store, points, campaignFactsProjection, { pageSize })();
    if (E.isLeft(facts)) return expect.unreachable(facts.left._tag);
    return buildCampaignReport(facts.right);
  };

  it('gives the same report whatever the page size, as of any position or domain date, and the same again when replayed twice', async () => {
    expect(size).toBeGreaterThan(100);
    const point = fc.oneof(
      fc.integer({ min: 0, max: size }).map((p) => asOfPosition(p)),
      fc.integer({ min: 0, max: dates.length - 1 }).map((i) => asOfDomainDate(dates[i] as string)),
    );
    await fc.assert(
      fc.asyncProperty(point, fc.integer({ min: 1, max: size + 5 }), async (points, pageSize) => {
        const whole = await reportAsOf(points, size + 1);
        expect(await reportAsOf(points, pageSize)).toEqual(whole);
        expect(await reportAsOf(points, pageSize)).toEqual(whole);
      }),
      { numRuns: 40, seed: 20_070_101 },
    );
  });
});
