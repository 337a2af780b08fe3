import { GENESIS_HASH, invalidInput } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type { ReadRecord } from './clientPort';
import { BATCH_CLAIMED, BATCH_VOIDED, BatchClaimed, BatchVoided, type ClaimedEvent } from './headRecords';

/** Where a stored event is: an append that meets its id reads it from there (idempotent re-appends). */
export interface StoredId {
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
}

/** The last claim on the head stream, while no writer is known to have written its batch. */
export interface PendingClaim extends BatchClaimed {
  /** The id of the head-stream event that carries the claim. */
  readonly claimId: string;
}

/**
 * What a writer knows of the ledger, folded from the head stream: the head's revision, the last
 * global position, hash and recordedAt, each stream's last revision and hash, where every event id
 * is, and the last claim if its batch may not be written yet. A writer keeps it in memory and catches it up from
 * the head stream before each append.
 */
export interface LedgerState {
  headRevision: number;
  lastPosition: number;
  lastHash: string;
  lastRecordedAt: string | null;
  readonly streams: Map<string, { readonly revision: number; readonly hash: string }>;
  readonly ids: Map<string, StoredId>;
  pending: PendingClaim | null;
}

/** The state of a ledger whose head stream does not exist yet. */
export const emptyLedgerState = (): LedgerState => ({
  headRevision: -1,
  lastPosition: 0,
  lastHash: GENESIS_HASH,
  lastRecordedAt: null,
  streams: new Map(),
  ids: new Map(),
  pending: null,
});

/** Folds a claim into the state, after checking that it continues the ledger; Left says why it does not. */
export const applyClaim = (state: LedgerState, revision: number, claim: PendingClaim): E.Either<string, void> => {
  const first = claim.events[0];
  if (first === undefined) return E.left('a claim with no events');
  const streamHead = state.streams.get(claim.stream);
  if (claim.firstRevision !== (streamHead?.revision ?? -1) + 1) {
    return E.left(`the claim starts ${claim.stream} at revision ${claim.firstRevision}, but the stream is at ${streamHead?.revision ?? -1}`);
  }
  for (const [i, event] of claim.events.entries()) {
    if (event.metadata.globalPosition !== state.lastPosition + 1 + i) {
      return E.left(`the claim's event #${i} has position ${event.metadata.globalPosition}, expected ${state.lastPosition + 1 + i}`);
    }
  }
  if (first.metadata.previousGlobalHash !== state.lastHash || first.metadata.previousStreamHash !== (streamHead?.hash ?? GENESIS_HASH)) {
    return E.left('the claim does not link to the hashes of the ledger and of its stream');
  }
  for (const [i, event] of claim.events.entries()) {
    state.ids.set(event.id, { stream: claim.stream, revision: claim.firstRevision + i, position: event.metadata.globalPosition });
  }
  const last = claim.events[claim.events.length - 1] as ClaimedEvent;
  // A void does not give it back: the next claim is stamped no earlier than any claim before it.
  state.lastRecordedAt = last.metadata.recordedAt;
  state.streams.set(claim.stream, { revision: claim.firstRevision + claim.events.length - 1, hash: last.metadata.hash });
  state.lastPosition = last.metadata.globalPosition;
  state.lastHash = last.metadata.hash;
  state.pending = claim;
  state.headRevision = revision;
  return E.right(undefined);
};

/** Folds a void into the state: the last claim's positions, revisions and ids are given back. */
export const applyVoid = (state: LedgerState, revision: number, voided: BatchVoided): E.Either<string, void> => {
  const claim = state.pending;
  if (claim === null || claim.claimId !== voided.claimId) return E.left(`a void of claim ${voided.claimId}, which is not the last claim`);
  const first = claim.events[0] as ClaimedEvent;
  for (const event of claim.events) state.ids.delete(event.id);
  if (claim.firstRevision === 0) state.streams.delete(claim.stream);
  else state.streams.set(claim.stream, { revision: claim.firstRevision - 1, hash: first.metadata.previousStreamHash });
  state.lastPosition = first.metadata.globalPosition - 1;
  state.lastHash = first.metadata.previousGlobalHash;
  state.pending = null;
  state.headRevision = revision;
  return E.right(undefined);
};

/** Folds one event of the head stream into the state; Left says why the head stream is inconsistent. */
export const applyHeadRecord = (state: LedgerState, record: ReadRecord): E.Either<string, void> => {
  const revision = Number(record.revision);
  if (revision !== state.headRevision + 1) return E.left(`revision ${revision} follows ${state.headRevision}`);
  switch (record.type) {
    case BATCH_CLAIMED: {
      const claim = BatchClaimed.decode(record.data);
      if (E.isLeft(claim)) return E.left(invalidInput('the claim', claim.left).message);
      return applyClaim(state, revision, { ...claim.right, claimId: record.id });
    }
    case BATCH_VOIDED: {
      const voided = BatchVoided.decode(record.data);
      if (E.isLeft(voided)) return E.left(invalidInput('the void', voided.left).message);
      return applyVoid(state, revision, voided.right);
    }
    default:
      return E.left(`an event of type ${JSON.stringify(record.type)}, which the head stream never holds`);
  }
};
