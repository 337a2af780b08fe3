import { randomUUID } from 'node:crypto';
import type { AppendResult, EventEnvelope, ExpectedRevision, StoreError } from '@campaign-ledger/core';
import type { StoredEventShape } from '@campaign-ledger/core/adapter';
import {
  GENESIS_HASH,
  satisfiesExpectedRevision,
  sealAppend,
  storedAppendOutcome,
  type PreparedAppendEvent,
  type StoredRecord,
} from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { ClientFailure, EsdbPort, WriteExpectation } from './clientPort';
import { BATCH_CLAIMED, BATCH_VOIDED, type BatchClaimed, type BatchVoided, type ClaimedEvent } from './headRecords';
import { applyClaim, applyHeadRecord, emptyLedgerState, type PendingClaim, type StoredId } from './ledgerState';
import { kindOf, storedRecordOf } from './recordEnvelope';
import { storeErrorOf, unavailable } from './storeFailure';
import type { StreamNaming } from './streamNaming';

/** How the store writes to the ledger. */
export interface LedgerWriter<E extends StoredEventShape> {
  /** Appends a checked batch (possibly empty: then it only checks the expectation). */
  readonly append: (stream: string, batch: ReadonlyArray<PreparedAppendEvent<E>>, expected: ExpectedRevision) => Promise<E.Either<StoreError, AppendResult<E>>>;
}

/** What the writer needs besides the port. */
export interface LedgerWriterContext<E extends StoredEventShape> {
  readonly port: EsdbPort;
  readonly naming: StreamNaming;
  readonly clock: () => Date;
  /** Decodes the stored events an append meets, as reads do. */
  readonly codec: t.Decoder<unknown, E> | undefined;
  /** The ledger's last event id in $all, to tell whether a claimed batch was written. */
  readonly lastEventId: () => Promise<E.Either<StoreError, string | null>>;
  /** Called whenever a batch has been written (by this writer or, when it finished another's claim, for another). */
  readonly onWritten: () => void;
}

// How many times an append starts again because another writer moved the head stream first.
const MAX_ATTEMPTS = 64;
// How many head-stream events a catch-up reads per request.
const HEAD_PAGE = 256;

const pause = (milliseconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, milliseconds));

type Settled =
  /** No claim is pending any more: its batch is written (or there was none). */
  | { readonly _tag: 'Settled' }
  /** The batch of the pending claim could not be written and the claim was voided. */
  | { readonly _tag: 'Voided'; readonly claimId: string; readonly failure: ClientFailure }
  /** Another writer moved the head stream meanwhile: catch up and look again. */
  | { readonly _tag: 'Moved' };

/**
 * Appends under one total order, with EventStoreDB's per-stream atomicity only. A dedicated head
 * stream sequences the ledger: an append first writes a claim to it, at the head's expected
 * revision (optimistic concurrency), taking the next global positions and carrying the whole
 * sealed batch; then it writes the batch to its stream at the exact revision the claim took. Only
 * the last claim can be unwritten, and every writer finishes it (the write is idempotent by event
 * ids) before claiming again, so batches reach $all in position order, without gaps. A claimed
 * batch that can never be written (its stream was deleted, or written to outside the ledger) is
 * voided on the head stream, which gives its positions back: a refused append leaves no trace in
 * the ledger. The writer folds the head stream into its state (ids, stream revisions, the last
 * hash) and catches up from it before each append; appends of one writer run one at a time.
 */
export const makeLedgerWriter = <E extends StoredEventShape>(context: LedgerWriterContext<E>): LedgerWriter<E> => {
  const { port, naming, clock, codec } = context;
  const state = emptyLedgerState();
  let queue: Promise<unknown> = Promise.resolve();

  const exclusive = <A>(task: () => Promise<A>): Promise<A> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const headExpectation = (): WriteExpectation => (state.headRevision === -1 ? 'no-stream' : BigInt(state.headRevision));

  const catchUp = async (): Promise<E.Either<StoreError, void>> => {
    for (;;) {
      const page = await port.readStream(naming.headStream, { direction: 'forwards', from: BigInt(state.headRevision + 1), maxCount: HEAD_PAGE });
      if (E.isLeft(page)) return E.left(storeErrorOf(page.left, `reading the head stream ${naming.headStream}`));
      const records = page.right ?? [];
      for (const record of records) {
        const applied = applyHeadRecord(state, record);
        if (E.isLeft(applied)) {
          return E.left(unavailable(`reading the head stream ${naming.headStream}`, `it is inconsistent at revision ${record.revision}: ${applied.left}`));
        }
      }
      if (records.length < HEAD_PAGE) return E.right(undefined);
    }
  };

  const writeBatch = (claim: PendingClaim) =>
    port.append(
      naming.toEsdb(claim.stream),
      claim.events.map((e) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata })),
      claim.firstRevision === 0 ? 'no-stream' : BigInt(claim.firstRevision - 1),
    );

  // Writes the pending claim's batch; when it can never be written, voids the claim.
  const settle = async (): Promise<E.Either<StoreError, Settled>> => {
    const claim = state.pending;
    if (claim === null) return E.right({ _tag: 'Settled' });
    const doing = `writing the batch claimed for ${claim.stream}`;
    const written = await writeBatch(claim);
    if (E.isRight(written)) {
      state.pending = null;
      context.onWritten();
      return E.right({ _tag: 'Settled' });
    }
    if (written.left._tag === 'Unavailable') return E.left(storeErrorOf(written.left, doing));
    // Refused for good (deleted stream, or one written outside the ledger); unless the batch is
    // in $all after all (the stream was deleted after the batch was written), give the claim back.
    const last = await context.lastEventId();
    if (E.isLeft(last)) return last;
    if (last.right === claim.events[claim.events.length - 1]?.id) {
      state.pending = null;
      context.onWritten();
      return E.right({ _tag: 'Settled' });
    }
    const voided: BatchVoided = { claimId: claim.claimId, reason: `${doing}: ${written.left._tag}` };
    const recorded = await port.append(naming.headStream, [{ id: randomUUID(), type: BATCH_VOIDED, data: voided, metadata: {} }], headExpectation());
    if (E.isLeft(recorded)) {
      if (recorded.left._tag === 'WrongExpectedVersion') return E.right({ _tag: 'Moved' });
      return E.left(storeErrorOf(recorded.left, `voiding the claim for ${claim.stream}`));
    }
    const caughtUp = await catchUp();
    if (E.isLeft(caughtUp)) return caughtUp;
    return E.right({ _tag: 'Voided', claimId: claim.claimId, failure: written.left });
  };

  // The stored events of the batch's ids that the state locates, read from their streams as every
  // read reads them, then judged as every store judges them (storedAppendOutcome): the original
  // result of a retry, DuplicateEventId, or CorruptEvent for a stored event that no longer parses.
  const storedOutcome = async (stream: string, batch: ReadonlyArray<PreparedAppendEvent<E>>): Promise<E.Either<StoreError, AppendResult<E>> | null> => {
    const located = new Map<string, Array<StoredId & { readonly id: string }>>();
    for (const p of batch) {
      const at = state.ids.get(p.id);
      if (at !== undefined) located.set(at.stream, [...(located.get(at.stream) ?? []), { ...at, id: p.id }]);
    }
    if (located.size === 0) return null;
    const records: StoredRecord[] = [];
    for (const [storedIn, ids] of located) {
      const revisions = ids.map((at) => at.revision);
      const from = Math.min(...revisions);
      const read = await port.readStream(naming.toEsdb(storedIn), { direction: 'forwards', from: BigInt(from), maxCount: Math.max(...revisions) - from + 1 });
      if (E.isLeft(read)) return E.left(storeErrorOf(read.left, `reading ${storedIn}`, storedIn));
      const byId = new Map((read.right ?? []).map((r) => [r.id, r]));
      for (const at of ids) {
        const found = byId.get(at.id);
        const kind = found === undefined ? undefined : kindOf(found, naming);
        if (found === undefined || kind?._tag !== 'Ledger') {
          const reason =
            kind?._tag === 'Damaged'
              ? kind.reason
              : `the stored event at position ${at.position} is not at revision ${at.revision} of EventStoreDB stream ${naming.toEsdb(storedIn)}`;
          return E.left({ _tag: 'CorruptEvent', stream: storedIn, globalPosition: at.position, reason });
        }
        records.push(storedRecordOf(found, kind));
      }
    }
    return storedAppendOutcome(stream, batch, records, codec);
  };

  // The claim of a batch, and the envelopes it seals: what the append returns once the claim settles.
  const claimFor = (stream: string, batch: ReadonlyArray<PreparedAppendEvent<E>>, actual: number): { readonly claim: BatchClaimed; readonly envelopes: ReadonlyArray<EventEnvelope<E>> } => {
    const heads = {
      streamRevision: actual,
      streamHash: state.streams.get(stream)?.hash ?? GENESIS_HASH,
      globalPosition: state.lastPosition,
      globalHash: state.lastHash,
      recordedAt: state.lastRecordedAt,
    };
    const sealed = sealAppend(stream, heads, clock, batch);
    const events = sealed.map(
      ({ envelope: s }): ClaimedEvent => ({
        id: s.eventId,
        type: s.event.type,
        data: s.event.data,
        metadata: {
          campaignLedger: naming.headStream,
          globalPosition: s.globalPosition,
          recordedAt: s.recordedAt,
          domainDate: s.domainDate,
          hash: s.hash,
          previousStreamHash: s.previousStreamHash,
          previousGlobalHash: s.previousGlobalHash,
          metadata: s.metadata,
        },
      }),
    );
    return { claim: { stream, firstRevision: actual + 1, events }, envelopes: sealed.map((s) => s.envelope) };
  };

  // The stream's revision in EventStoreDB, to report when a write there was refused without saying it.
  const actualRevisionOf = async (stream: string, failure: Extract<ClientFailure, { _tag: 'WrongExpectedVersion' }>): Promise<number> => {
    if (failure.actual === 'no-stream') return -1;
    if (failure.actual !== 'unknown') return Number(failure.actual);
    const last = await port.readStream(naming.toEsdb(stream), { direction: 'backwards', from: 'end', maxCount: 1 });
    return E.isRight(last) ? Number(last.right?.[0]?.revision ?? -1n) : -1;
  };

  const refusal = async (stream: string, expected: ExpectedRevision, failure: ClientFailure): Promise<StoreError> => {
    switch (failure._tag) {
      case 'StreamDeleted':
        return { _tag: 'StreamDeleted', stream };
      case 'WrongExpectedVersion':
        return { _tag: 'WrongExpectedRevision', stream, expected, actual: await actualRevisionOf(stream, failure) };
      case 'Unavailable':
        return storeErrorOf(failure, `appending to ${stream}`);
    }
  };

  type Decision =
    | { readonly _tag: 'Done'; readonly result: E.Either<StoreError, AppendResult<E>> }
    | { readonly _tag: 'Claim'; readonly actual: number }
    | { readonly _tag: 'Retry' };

  const decide = async (stream: string, batch: ReadonlyArray<PreparedAppendEvent<E>>, expected: ExpectedRevision, refresh: boolean): Promise<Decision> => {
    if (refresh) {
      const caughtUp = await catchUp();
      if (E.isLeft(caughtUp)) return { _tag: 'Done', result: caughtUp };
    }
    const settled = await settle();
    if (E.isLeft(settled)) return { _tag: 'Done', result: settled };
    if (settled.right._tag === 'Moved') return { _tag: 'Retry' };
    // Idempotency comes before the revision check: a retried append whose first attempt did
    // land must succeed even though the stream has moved on.
    const stored = await storedOutcome(stream, batch);
    if (stored !== null) return { _tag: 'Done', result: stored };
    const actual = state.streams.get(stream)?.revision ?? -1;
    if (!satisfiesExpectedRevision(expected, actual)) return { _tag: 'Done', result: E.left({ _tag: 'WrongExpectedRevision', stream, expected, actual }) };
    if (batch.length === 0) return { _tag: 'Done', result: E.right({ nextExpectedRevision: actual, positions: [], envelopes: [] }) };
    return { _tag: 'Claim', actual };
  };

  // Whether this writer made the last claim it knows of: then it usually finds nothing new on the
  // head stream, so it claims on what it knows and lets the claim's expected revision tell it
  // otherwise. A decision not to claim (a refusal, an idempotent re-append) is only taken on a state
  // just caught up.
  let alone = false;

  const appendNow = async (stream: string, batch: ReadonlyArray<PreparedAppendEvent<E>>, expected: ExpectedRevision): Promise<E.Either<StoreError, AppendResult<E>>> => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (attempt > 0) await pause(Math.min(50, attempt * 2) * Math.random());
      const refreshed = !alone || attempt > 0;
      let decision = await decide(stream, batch, expected, refreshed);
      if (decision._tag === 'Done' && !refreshed) decision = await decide(stream, batch, expected, true);
      if (decision._tag === 'Retry') continue;
      if (decision._tag === 'Done') return decision.result;

      alone = false;
      const { claim, envelopes } = claimFor(stream, batch, decision.actual);
      const claimId = randomUUID();
      const claimed = await port.append(naming.headStream, [{ id: claimId, type: BATCH_CLAIMED, data: claim, metadata: {} }], headExpectation());
      if (E.isLeft(claimed)) {
        if (claimed.left._tag === 'WrongExpectedVersion') continue;
        // The claim may have landed: a retry with the same ids finds it and finishes it.
        return E.left(storeErrorOf(claimed.left, `claiming positions for ${stream} on ${naming.headStream}`));
      }
      alone = true;
      const applied = applyClaim(state, state.headRevision + 1, { ...claim, claimId });
      if (E.isLeft(applied)) throw new Error(`eventstoredb store: a claim this writer built does not continue its own state: ${applied.left}`);
      const outcome = await settle();
      // The claim stays pending: the next append, by any writer, finishes it.
      if (E.isLeft(outcome)) return outcome;
      switch (outcome.right._tag) {
        case 'Settled': {
          const positions = claim.events.map((e) => e.metadata.globalPosition);
          return E.right({ nextExpectedRevision: claim.firstRevision + claim.events.length - 1, positions, envelopes });
        }
        case 'Voided':
          return E.left(await refusal(stream, expected, outcome.right.failure));
        case 'Moved':
          // Another writer voided this claim first; the next attempt meets the same refusal or succeeds.
          continue;
      }
    }
    return E.left(unavailable(`appending to ${stream}`, `other writers moved the head stream ${naming.headStream} ${MAX_ATTEMPTS} times in a row`));
  };

  return {
    append: (stream, batch, expected) => exclusive(() => appendNow(stream, batch, expected)),
  };
};
