import { CampaignEvent, exportDigest, makeInMemoryEventStore, verifyDigest, verifyLog } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { replayDeterministically } from './deterministicReplay';

// docs/audit.md quotes this digest and this finding, printed by its own examples (the docs tests
// run them, docs/check); here the same log is checked through the API.

describe('verifying the Mường Tè log', () => {
  it('exports the same digest on every replay, and the digest holds', async () => {
    const { store } = await replayDeterministically();
    const digest = await exportDigest(store)();
    const again = await exportDigest((await replayDeterministically()).store)();
    expect(again).toEqual(digest);
    expect(digest).toEqual(E.right(expect.objectContaining({ format: 'campaign-ledger.log-digest/1', headPosition: 180, eventCount: 180 })));
    if (E.isLeft(digest)) return;
    expect(await verifyDigest(store, digest.right)()).toEqual(E.right(expect.objectContaining({ _tag: 'Holds' })));
  });

  it('finds a count changed in storage at its position, and the digest no longer holds', async () => {
    const { store, storage } = await replayDeterministically();
    const digest = await exportDigest(store)();
    const index = storage.log.findIndex((e) => e.event.type === 'ParticipationReported' && e.event.data.factId === 'fact:2007/participants/party-members');
    const original = storage.log[index];
    if (original === undefined || original.event.type !== 'ParticipationReported') throw new Error('fact not found');
    storage.log[index] = { ...original, event: { ...original.event, data: { ...original.event.data, count: 1895 as typeof original.event.data.count } } };
    const reopened = makeInMemoryEventStore({ codec: CampaignEvent, storage });
    const verified = await verifyLog(reopened)();
    if (E.isLeft(verified) || verified.right._tag !== 'Broken') throw new Error('the tampering was not found');
    expect(verified.right.problem).toMatchObject({ kind: 'altered', globalPosition: 49, eventId: '00000000-0000-4000-8000-000000000031' });
    if (E.isLeft(digest)) throw new Error('no digest');
    const check = await verifyDigest(reopened, digest.right)();
    expect(E.isRight(check) && check.right._tag).toBe('Broken');
  });
});
