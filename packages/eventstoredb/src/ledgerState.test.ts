import { GENESIS_HASH, sealBatch } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { ReadRecord } from './clientPort';
import { BATCH_CLAIMED, BATCH_VOIDED, type BatchClaimed } from './headRecords';
import { applyHeadRecord, emptyLedgerState, type LedgerState } from './ledgerState';

const HEAD = 'campaign_ledger-head';
const id = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

// A claim sealed as a writer seals it, continuing the given state.
const claimOn = (state: LedgerState, stream: string, ns: ReadonlyArray<number>): BatchClaimed => {
  const streamHead = state.streams.get(stream);
  const firstRevision = (streamHead?.revision ?? -1) + 1;
  const sealed = sealBatch(
    { previousGlobalHash: state.lastHash, previousStreamHash: streamHead?.hash ?? GENESIS_HASH },
    ns.map((n, i) => ({
      eventId: id(n),
      stream,
      streamRevision: firstRevision + i,
      globalPosition: state.lastPosition + 1 + i,
      recordedAt: '2024-01-01T00:00:00.000Z',
      domainDate: null,
      event: { type: 'Counted', data: { n } },
      metadata: {},
    })),
  );
  return {
    stream,
    firstRevision,
    events: sealed.map((s) => ({
      id: s.eventId,
      type: s.event.type,
      data: s.event.data,
      metadata: { campaignLedger: HEAD, globalPosition: s.globalPosition, recordedAt: s.recordedAt, domainDate: s.domainDate, hash: s.hash, previousStreamHash: s.previousStreamHash, previousGlobalHash: s.previousGlobalHash, metadata: s.metadata },
    })),
  };
};

const record = (revision: number, type: string, data: unknown, recordId = id(1000 + revision)): ReadRecord => ({
  stream: HEAD,
  revision: BigInt(revision),
  id: recordId,
  type,
  data,
  metadata: {},
  position: undefined,
});

describe('the ledger state folded from the head stream', () => {
  it('takes positions, revisions and ids from claims, and gives the last claim back on a void', () => {
    const state = emptyLedgerState();
    expect(applyHeadRecord(state, record(0, BATCH_CLAIMED, claimOn(state, 's', [1, 2])))).toEqual(E.right(undefined));
    const afterFirst = { position: state.lastPosition, hash: state.lastHash, stream: state.streams.get('s') };
    expect(applyHeadRecord(state, record(1, BATCH_CLAIMED, claimOn(state, 's', [3]), id(77)))).toEqual(E.right(undefined));
    expect([state.lastPosition, state.streams.get('s')?.revision, state.ids.get(id(3))?.position]).toEqual([3, 2, 3]);
    expect(state.pending?.claimId).toBe(id(77));

    expect(applyHeadRecord(state, record(2, BATCH_VOIDED, { claimId: id(77), reason: 'stream deleted' }))).toEqual(E.right(undefined));
    expect({ position: state.lastPosition, hash: state.lastHash, stream: state.streams.get('s') }).toEqual(afterFirst);
    expect(state.ids.has(id(3))).toBe(false);
    expect([state.headRevision, state.pending]).toEqual([2, null]);
    // The positions given back are taken again by the next claim.
    expect(applyHeadRecord(state, record(3, BATCH_CLAIMED, claimOn(state, 't', [4])))).toEqual(E.right(undefined));
    expect(state.ids.get(id(4))).toMatchObject({ stream: 't', revision: 0, position: 3 });
  });

  it('refuses a head stream that does not continue the ledger: a skipped revision, a claim at the wrong position, a void of another claim', () => {
    const state = emptyLedgerState();
    const first = claimOn(state, 's', [1]);
    expect(E.isLeft(applyHeadRecord(state, record(1, BATCH_CLAIMED, first)))).toBe(true);
    expect(applyHeadRecord(state, record(0, BATCH_CLAIMED, first))).toEqual(E.right(undefined));
    const stale = claimOn(emptyLedgerState(), 't', [2]);
    expect(applyHeadRecord(state, record(1, BATCH_CLAIMED, stale))).toMatchObject({ _tag: 'Left', left: expect.stringContaining('position 1, expected 2') });
    expect(E.isLeft(applyHeadRecord(state, record(1, BATCH_VOIDED, { claimId: id(5), reason: 'no' })))).toBe(true);
    expect(E.isLeft(applyHeadRecord(state, record(1, 'Something', {})))).toBe(true);
  });
});
