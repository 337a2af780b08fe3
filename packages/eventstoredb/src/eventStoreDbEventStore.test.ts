import { verifyLog, type EventEnvelope, type EventStore, type NewEvent, type StoreError } from '@campaign-ledger/core';
import { ContractEvent, contractEventId } from '@campaign-ledger/testing';
import { EventStoreDBClient, UnavailableError, jsonEvent } from '@eventstore/db-client';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { afterEach, describe, expect, it } from 'vitest';
import { counted } from '../test/counted';
import { startTestServer, type TestServer } from '../test/server/startTestServer';
import { makeEventStoreDbEventStore } from './eventStoreDbEventStore';
import { categoryOf } from './streamNaming';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const serve = async (options?: Parameters<typeof startTestServer>[0]): Promise<TestServer> => {
  const server = await startTestServer(options);
  cleanups.push(() => server.stop());
  return server;
};

const connect = (server: TestServer): EventStoreDBClient => {
  const client = EventStoreDBClient.connectionString(server.connectionString);
  cleanups.push(() => client.dispose());
  return client;
};

const open = (client: EventStoreDBClient, options: { readonly streamPrefix?: string; readonly clock?: () => Date } = {}): EventStore<ContractEvent> => {
  const store = makeEventStoreDbEventStore(client, { codec: ContractEvent, ...options });
  cleanups.push(() => store.close());
  return store;
};

const right = async <A>(task: TE.TaskEither<StoreError, A>): Promise<A> => {
  const result = await task();
  if (E.isLeft(result)) throw new Error(`expected success, got ${JSON.stringify(result.left)}`);
  return result.right;
};

const left = async <A>(task: TE.TaskEither<StoreError, A>): Promise<StoreError> => {
  const result = await task();
  if (E.isRight(result)) throw new Error(`expected a StoreError, got ${JSON.stringify(result.right)}`);
  return result.left;
};

const positionsOf = (envelopes: ReadonlyArray<EventEnvelope<ContractEvent>>): number[] => envelopes.map((e) => e.globalPosition);
const idsOf = (envelopes: ReadonlyArray<EventEnvelope<ContractEvent>>): string[] => envelopes.map((e) => e.eventId);
const metadataOf = (bytes: Uint8Array): unknown => JSON.parse(Buffer.from(bytes).toString('utf8'));

const waitUntil = async (what: string, condition: () => boolean): Promise<void> => {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

// A client whose first append to a ledger stream (not the head stream) fails as a lost connection
// would: the writer has claimed its positions but not written its batch, as if it had crashed.
const losingFirstBatchWrite = (client: EventStoreDBClient): EventStoreDBClient => {
  let armed = true;
  return new Proxy(client, {
    get: (target, property) => {
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'appendToStream') {
        return (stream: string, ...rest: unknown[]) => {
          if (armed && !stream.endsWith('-head')) {
            armed = false;
            return Promise.reject(new UnavailableError(undefined, 'the connection was lost (injected by the test)'));
          }
          return (target.appendToStream as (...args: unknown[]) => unknown)(stream, ...rest);
        };
      }
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
};

describe('makeEventStoreDbEventStore', () => {
  it('lays a stream out as an EventStoreDB stream of the same name, after the prefix, sealed in JSON metadata, sequenced by its head stream', async () => {
    const server = await serve();
    const store = open(connect(server), { streamPrefix: 'ledger1_' });
    const event: NewEvent<ContractEvent> = { id: contractEventId(1), event: { type: 'Counted', data: { n: 1 } }, domainDate: '2010-08-10', metadata: { correlationId: 'c-1' } };
    expect(await right(store.append('campaign-muong-te', [event], { expectedRevision: 'no-stream' }))).toMatchObject({ nextExpectedRevision: 0, positions: [1] });

    const [claim, written] = server.log.records();
    expect([claim?.stream, claim?.revision, claim?.type]).toEqual(['ledger1_campaign_ledger-head', 0n, 'LedgerBatchClaimed']);
    expect([written?.stream, written?.revision, written?.type, written?.contentType]).toEqual(['ledger1_campaign-muong-te', 0n, 'Counted', 'application/json']);
    expect(categoryOf(written?.stream ?? '')).toBe('ledger1_campaign');
    expect(JSON.parse(Buffer.from(written?.data ?? []).toString('utf8'))).toEqual({ n: 1 });
    const [envelope] = await right(store.readAll());
    expect(metadataOf(written?.customMetadata ?? new Uint8Array())).toEqual({
      campaignLedger: 'ledger1_campaign_ledger-head',
      globalPosition: 1,
      recordedAt: envelope?.recordedAt,
      domainDate: '2010-08-10',
      hash: envelope?.hash,
      previousStreamHash: '0'.repeat(64),
      previousGlobalHash: '0'.repeat(64),
      metadata: { correlationId: 'c-1' },
    });
    expect(envelope).toMatchObject({ stream: 'campaign-muong-te', streamRevision: 0, globalPosition: 1, metadata: { correlationId: 'c-1' } });
  });

  it("reads only this ledger's events from $all: not system events, not another ledger's, not another application's", async () => {
    const server = await serve();
    const client = connect(server);
    const mine = open(client, { streamPrefix: 'mine_' });
    const theirs = open(client, { streamPrefix: 'theirs_' });
    await right(theirs.append('s', [counted(1)]));
    await right(mine.append('s', [counted(2)]));
    // Another application writes to a stream under the same prefix, without the ledger's marker.
    await client.appendToStream('mine_other', [jsonEvent({ type: 'Counted', data: { n: 3 } })]);
    await right(mine.append('t', [counted(4)]));
    // System events: stream metadata ($metadata in $$mine_s) and a tombstone ($streamDeleted).
    await client.setStreamMetadata('mine_s', { maxAge: 3600 });
    await client.appendToStream('scratch', [jsonEvent({ type: 'Counted', data: { n: 5 } })]);
    await client.tombstoneStream('scratch');
    await right(theirs.append('s', [counted(6)]));
    await right(mine.append('s', [counted(7)]));
    expect(server.log.records().some((r) => r.type === '$metadata')).toBe(true);

    const log = await right(mine.readAll());
    expect(idsOf(log)).toEqual([2, 4, 7].map(contractEventId));
    expect(positionsOf(log)).toEqual([1, 2, 3]);
    expect(positionsOf(await right(mine.readAll({ direction: 'backwards' })))).toEqual([3, 2, 1]);
    expect(idsOf(await right(theirs.readAll()))).toEqual([1, 6].map(contractEventId));
    const delivered: string[] = [];
    const subscription = mine.subscribe({ onEvent: (e) => void delivered.push(e.eventId) });
    await waitUntil('the history', () => delivered.length === 3);
    await subscription.close();
    expect(delivered).toEqual([2, 4, 7].map(contractEventId));
    expect(await right(verifyLog(mine))).toMatchObject({ _tag: 'Intact', eventCount: 3 });
  });

  it('lets two writers with their own connections share one ledger: one order, no gaps, one intact chain', async () => {
    const server = await serve();
    const [a, b] = [open(connect(server), { streamPrefix: 'shared_' }), open(connect(server), { streamPrefix: 'shared_' })];
    const writes = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? a : b).append(i % 3 === 0 ? 'same' : `own-${i}`, [counted(2 * i + 1), counted(2 * i + 2)])());
    const results = await Promise.all(writes);
    expect(results.filter(E.isLeft)).toEqual([]);
    const log = await right(a.readAll());
    expect(positionsOf(log)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(idsOf(await right(b.readAll()))).toEqual(idsOf(log));
    expect(await right(verifyLog(b))).toMatchObject({ _tag: 'Intact', headPosition: 24, eventCount: 24 });
    // Each writer learns the other's revisions from the head stream.
    expect(await left(a.append('same', [counted(99)], { expectedRevision: 1 }))).toEqual({ _tag: 'WrongExpectedRevision', stream: 'same', expected: 1, actual: 7 });
  });

  it("wakes a subscription with another writer's appends, through a live subscription to $all", async () => {
    const server = await serve();
    const reader = open(connect(server), { streamPrefix: 'live_' });
    const writer = open(connect(server), { streamPrefix: 'live_' });
    await right(writer.append('s', [counted(1)]));
    const delivered: number[] = [];
    let caughtUp = false;
    reader.subscribe({ onEvent: (e) => void delivered.push(e.globalPosition), onCaughtUp: () => (caughtUp = true) });
    await waitUntil('onCaughtUp', () => caughtUp);
    await right(writer.append('s', [counted(2), counted(3)]));
    await right(writer.append('t', [counted(4)]));
    await waitUntil('the live events', () => delivered.length === 4);
    expect(delivered).toEqual([1, 2, 3, 4]);
  });

  it('finishes the batch of a writer that claimed its positions and died before writing it, and its retry finds it', async () => {
    const server = await serve();
    const crashing = open(losingFirstBatchWrite(connect(server)), { streamPrefix: 'crash_' });
    const other = open(connect(server), { streamPrefix: 'crash_' });
    expect(await left(crashing.append('s', [counted(1)]))).toMatchObject({ _tag: 'StoreUnavailable' });
    expect(await right(other.readAll())).toEqual([]);
    expect(await right(other.append('t', [counted(2)]))).toMatchObject({ nextExpectedRevision: 0, positions: [2] });
    expect(await right(crashing.append('s', [counted(1)]))).toMatchObject({ nextExpectedRevision: 0, positions: [1] });
    const log = await right(other.readAll());
    expect(idsOf(log)).toEqual([1, 2].map(contractEventId));
    expect(log.map((e) => e.stream)).toEqual(['s', 't']);
    expect(await right(verifyLog(other))).toMatchObject({ _tag: 'Intact', eventCount: 2 });
  });

  it('reports a tombstoned stream as StreamDeleted, and an append to it leaves no trace', async () => {
    const server = await serve();
    const client = connect(server);
    const store = open(client, { streamPrefix: 'gone_' });
    await right(store.append('s', [counted(1)]));
    await client.tombstoneStream('gone_s');
    expect(await left(store.readStream('s'))).toEqual({ _tag: 'StreamDeleted', stream: 's' });
    expect(await left(store.append('s', [counted(2)]))).toEqual({ _tag: 'StreamDeleted', stream: 's' });
    expect(await right(store.append('t', [counted(3)]))).toMatchObject({ nextExpectedRevision: 0, positions: [2] });
    expect(server.log.records().filter((r) => r.stream === 'gone_campaign_ledger-head').map((r) => r.type)).toEqual([
      'LedgerBatchClaimed',
      'LedgerBatchClaimed',
      'LedgerBatchVoided',
      'LedgerBatchClaimed',
    ]);
    // A tombstone leaves the stream's events in $all until the server scavenges them.
    expect(idsOf(await right(store.readAll()))).toEqual([1, 3].map(contractEventId));
    expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 2 });
  });

  it('refuses an append to a stream written outside the ledger with its actual revision, and reports the stranger as corrupt', async () => {
    const server = await serve();
    const client = connect(server);
    const store = open(client, { streamPrefix: 'x_' });
    await right(store.append('s', [counted(1)]));
    await client.appendToStream('x_s', [jsonEvent({ type: 'Counted', data: { n: 2 } })]);
    expect(await left(store.append('s', [counted(3)], { expectedRevision: 0 }))).toEqual({ _tag: 'WrongExpectedRevision', stream: 's', expected: 0, actual: 1 });
    expect(await left(store.readStream('s'))).toMatchObject({ _tag: 'CorruptEvent', stream: 's', globalPosition: 0 });
    expect(await right(store.append('t', [counted(4)]))).toMatchObject({ nextExpectedRevision: 0, positions: [2] });
    expect(idsOf(await right(store.readAll()))).toEqual([1, 4].map(contractEventId));
  });

  it('appends through Streams.Append when the server does not offer BatchAppend', async () => {
    const server = await serve({ batchAppend: false });
    const store = open(connect(server));
    expect(await right(store.append('campaign-a', [counted(1), counted(2)], { expectedRevision: 'no-stream' }))).toMatchObject({ nextExpectedRevision: 1, positions: [1, 2] });
    expect(await left(store.append('campaign-a', [counted(3)], { expectedRevision: 'no-stream' }))).toEqual({
      _tag: 'WrongExpectedRevision',
      stream: 'campaign-a',
      expected: 'no-stream',
      actual: 1,
    });
    expect(await right(store.append('campaign-a', [counted(1), counted(2)]))).toMatchObject({ nextExpectedRevision: 1, positions: [1, 2] });
    expect(server.calls.get('Append')).toBe(2);
    expect(server.calls.has('BatchAppend')).toBe(false);
    expect(server.log.records().map((r) => r.stream)).toEqual(['campaign_ledger-head', 'campaign-a', 'campaign-a']);
  });

  it('answers StoreUnavailable, as a value, when the server cannot be reached', async () => {
    const server = await startTestServer();
    server.stop();
    const store = open(connect(server));
    expect(await left(store.append('s', [counted(1)]))).toMatchObject({ _tag: 'StoreUnavailable' });
    expect(await left(store.readAll())).toMatchObject({ _tag: 'StoreUnavailable' });
    expect(await left(store.readStream('s'))).toMatchObject({ _tag: 'StoreUnavailable' });
  });

  it("never stamps recordedAt before the ledger's last one, whatever a writer's clock says", async () => {
    const server = await serve();
    const ahead = open(connect(server), { clock: () => new Date('2024-06-01T12:00:00.000Z') });
    const behind = open(connect(server), { clock: () => new Date('2024-06-01T11:00:00.000Z') });
    await right(ahead.append('s', [counted(1)]));
    await right(behind.append('s', [counted(2)]));
    expect((await right(behind.readAll())).map((e) => e.recordedAt)).toEqual(['2024-06-01T12:00:00.000Z', '2024-06-01T12:00:00.000Z']);
  });

  it('refuses what EventStoreDB would not keep: system stream names, the head stream, event types starting with $', async () => {
    const server = await serve();
    const client = connect(server);
    const store = open(client);
    expect(() => store.append('$system', [counted(1)])).toThrow(RangeError);
    expect(() => store.readStream('campaign_ledger-head')).toThrow(RangeError);
    expect(() => makeEventStoreDbEventStore(client, { streamPrefix: '$x' })).toThrow(RangeError);
    const untyped = makeEventStoreDbEventStore(client, { streamPrefix: 'untyped_' });
    cleanups.push(() => untyped.close());
    expect(await left(untyped.append('s', [{ id: contractEventId(1), event: { type: '$Counted', data: {} }, domainDate: null }]))).toMatchObject({
      _tag: 'InvalidEvent',
      index: 0,
    });
    expect(server.log.records()).toEqual([]);
  });

  it('closes without closing the client: the store answers StoreUnavailable, the client still works', async () => {
    const server = await serve();
    const client = connect(server);
    const store = open(client);
    await right(store.append('s', [counted(1)]));
    await store.close();
    expect(await left(store.readAll())).toMatchObject({ _tag: 'StoreUnavailable' });
    const reopened = open(client);
    expect(positionsOf(await right(reopened.readAll()))).toEqual([1]);
  });
});
