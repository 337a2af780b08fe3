import { Writable } from 'node:stream';
import { CampaignEvent, type EventStore, makeCampaignLedger, makeInMemoryEventStore, verifyLog } from '@campaign-ledger/core';
import { CAMPAIGN_ID, muongTeHistory, replayHistory } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../output/progress';
import { reportingReads, withLogProgress } from './logProgress';

let store: EventStore<CampaignEvent>;
let head: number;
beforeAll(async () => {
  store = makeInMemoryEventStore({ codec: CampaignEvent });
  const replayed = await replayHistory(store, muongTeHistory);
  if (E.isLeft(replayed)) throw new Error(replayed.left.message);
  const last = await store.readAll({ direction: 'backwards', limit: 1 })();
  head = E.isRight(last) ? (last.right[0]?.globalPosition ?? 0) : 0;
});

// A progress that records each update.
const recording = (): Progress & { readonly seen: number[] } => {
  const seen: number[] = [];
  return { seen, update: (done) => void seen.push(done), stop: () => undefined };
};

describe('progress over the reads of the log', () => {
  it('reports the last position of each forward page, up to the head, and reads the same events', async () => {
    const progress = recording();
    const verified = await verifyLog(reportingReads(store, progress), { pageSize: 50 })();
    expect(E.isRight(verified) && verified.right._tag).toBe('Intact');
    expect(progress.seen.length).toBeGreaterThan(2);
    expect(progress.seen).toEqual([...progress.seen].sort((a, b) => a - b));
    expect(progress.seen[progress.seen.length - 1]).toBe(head);
  });

  it('ignores backward reads, which are not a pass over the log', async () => {
    const progress = recording();
    await reportingReads(store, progress).readAll({ direction: 'backwards', limit: 1 })();
    expect(progress.seen).toEqual([]);
  });

  it("starts again with each pass: a report reads the log to fold it, then to verify it", async () => {
    const progress = recording();
    const report = await makeCampaignLedger({ store: reportingReads(store, progress), campaignId: CAMPAIGN_ID }).report()();
    expect(E.isRight(report)).toBe(true);
    expect(progress.seen.filter((p) => p === head)).toHaveLength(2);
  });

  it('shows no bar off a terminal, and still runs the task on the store', async () => {
    const writes: string[] = [];
    const stderr = Object.assign(new Writable({ write: (chunk, _encoding, done) => (writes.push(String(chunk)), done()) }), { isTTY: false });
    const verified = await withLogProgress({ stderr, quiet: false }, store, 'verify', (s) => verifyLog(s)());
    expect(E.isRight(verified) && verified.right._tag).toBe('Intact');
    expect(writes).toEqual([]);
  });
});
