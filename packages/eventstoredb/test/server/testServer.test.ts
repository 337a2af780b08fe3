import { createRequire } from 'node:module';
import {
  EventStoreDBClient,
  NO_STREAM,
  START,
  StreamDeletedError,
  WrongExpectedVersionError,
  jsonEvent,
  type AllStreamResolvedEvent,
} from '@eventstore/db-client';
import type { ServiceError } from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { googleAnyPb, grpc, grpcResolvedByClient, sharedPb, streamsGrpc, streamsPb } from './generated';
import { TOMBSTONE_REVISION } from './serverLog';
import { startTestServer, type TestServer } from './startTestServer';

type ReadResp = InstanceType<typeof streamsPb.ReadResp>;
type StreamsClient = InstanceType<typeof streamsGrpc.StreamsClient>;

const running: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of running.splice(0)) await stop();
});

const start = async (options?: Parameters<typeof startTestServer>[0]): Promise<{ server: TestServer; client: EventStoreDBClient; raw: StreamsClient }> => {
  const server = await startTestServer(options);
  const client = EventStoreDBClient.connectionString(server.connectionString);
  const raw = new streamsGrpc.StreamsClient(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure());
  running.push(async () => {
    raw.close();
    await client.dispose();
    server.stop();
  });
  return { server, client, raw };
};

const id = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const event = (n: number) => jsonEvent({ id: id(n), type: 'Counted', data: { n } });

const proposed = (n: number) => {
  const message = new streamsPb.AppendReq.ProposedMessage().setId(new sharedPb.UUID().setString(id(n))).setData(Buffer.from(JSON.stringify({ n })));
  message.getMetadataMap().set('type', 'Counted').set('content-type', 'application/json');
  return message;
};

// Streams.Append through the generated client, to see the server's reply as it is on the wire.
const rawAppend = (raw: StreamsClient, stream: string, options: (o: InstanceType<typeof streamsPb.AppendReq.Options>) => void, ns: number[]) =>
  new Promise<InstanceType<typeof streamsPb.AppendResp>>((resolve, reject) => {
    const call = raw.append((error, response) => (error === null && response !== undefined ? resolve(response) : reject(error)));
    const header = new streamsPb.AppendReq.Options().setStreamIdentifier(new sharedPb.StreamIdentifier().setStreamName(Buffer.from(stream)));
    options(header);
    call.write(new streamsPb.AppendReq().setOptions(header));
    for (const n of ns) call.write(new streamsPb.AppendReq().setProposedMessage(proposed(n)));
    call.end();
  });

const readOptions = () =>
  new streamsPb.ReadReq.Options().setUuidOption(new streamsPb.ReadReq.Options.UUIDOption().setString(new sharedPb.Empty())).setNoFilter(new sharedPb.Empty());

// Streams.Read through the generated client: every response, or the error that ended the call.
const rawRead = (raw: StreamsClient, options: InstanceType<typeof streamsPb.ReadReq.Options>) =>
  new Promise<{ readonly responses: ReadResp[]; readonly error: ServiceError | null }>((resolve) => {
    const responses: ReadResp[] = [];
    const call = raw.read(new streamsPb.ReadReq().setOptions(options));
    call.on('data', (r: ReadResp) => responses.push(r));
    call.on('error', (error: ServiceError) => resolve({ responses, error }));
    call.on('end', () => resolve({ responses, error: null }));
  });

const streamOptions = (stream: string) =>
  new streamsPb.ReadReq.Options.StreamOptions().setStreamIdentifier(new sharedPb.StreamIdentifier().setStreamName(Buffer.from(stream)));

const revisionsOf = (responses: ReadonlyArray<ReadResp>): string[] => responses.flatMap((r) => (r.hasEvent() ? [r.getEvent()?.getEvent()?.getStreamRevision() ?? '?'] : []));

const kindOf = (r: ReadResp): string =>
  r.hasConfirmation() ? 'confirmation' : r.hasCaughtUp() ? 'caughtUp' : r.hasEvent() ? `event ${r.getEvent()?.getEvent()?.getMetadataMap().get('type')}` : 'other';

const waitFor = async (what: string, condition: () => boolean): Promise<void> => {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('the test server', () => {
  it('uses the @grpc/grpc-js that the client resolves, so both share its classes', () => {
    expect(createRequire(import.meta.url).resolve('@grpc/grpc-js')).toBe(grpcResolvedByClient);
  });

  it('answers a wrong expected version on Append with an OK reply carrying the wrongExpectedVersion oneof', async () => {
    const { raw, client } = await start({ batchAppend: false });
    const created = await rawAppend(raw, 's', (o) => o.setNoStream(new sharedPb.Empty()), [1]);
    expect(created.hasSuccess()).toBe(true);
    expect(created.getSuccess()?.getCurrentRevision()).toBe('0');

    const refused = await rawAppend(raw, 's', (o) => o.setNoStream(new sharedPb.Empty()), [2]);
    expect(refused.hasSuccess()).toBe(false);
    const wrong = refused.getWrongExpectedVersion();
    expect(wrong?.hasExpectedNoStream()).toBe(true);
    expect(wrong?.getCurrentRevision()).toBe('0');
    expect(wrong?.getCurrentRevision2060()).toBe(0);

    const stale = await rawAppend(raw, 's', (o) => o.setRevision('5'), [3]);
    expect(stale.getWrongExpectedVersion()?.getExpectedRevision()).toBe('5');
    expect(stale.getWrongExpectedVersion()?.getCurrentRevision()).toBe('0');
    const missing = await rawAppend(raw, 't', (o) => o.setStreamExists(new sharedPb.Empty()), [4]);
    expect(missing.getWrongExpectedVersion()?.hasCurrentNoStream()).toBe(true);
    expect(missing.getWrongExpectedVersion()?.hasExpectedStreamExists()).toBe(true);

    const error: unknown = await client.appendToStream('s', [event(5)], { expectedRevision: NO_STREAM }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({ streamName: 's', expectedVersion: NO_STREAM, actualVersion: 0n });
  });

  it('answers a wrong expected version on BatchAppend with a google.rpc.Status packing event_store.client.WrongExpectedVersion', async () => {
    const { raw, client, server } = await start();
    await client.appendToStream('s', [event(1), event(2)], { expectedRevision: NO_STREAM });
    expect(server.calls.get('BatchAppend')).toBe(1);

    const response = await new Promise<InstanceType<typeof streamsPb.BatchAppendResp>>((resolve, reject) => {
      const call = raw.batchAppend();
      call.on('data', (r: InstanceType<typeof streamsPb.BatchAppendResp>) => {
        resolve(r);
        call.end();
      });
      call.on('error', reject);
      const options = new streamsPb.BatchAppendReq.Options()
        .setStreamIdentifier(new sharedPb.StreamIdentifier().setStreamName(Buffer.from('s')))
        .setStreamPosition('0');
      const message = new streamsPb.BatchAppendReq.ProposedMessage().setId(new sharedPb.UUID().setString(id(3))).setData(Buffer.from('{}'));
      message.getMetadataMap().set('type', 'Counted').set('content-type', 'application/json');
      call.write(
        new streamsPb.BatchAppendReq()
          .setCorrelationId(new sharedPb.UUID().setString(id(99)))
          .setOptions(options)
          .setProposedMessagesList([message])
          .setIsFinal(true),
      );
    });
    expect(response.getCorrelationId()?.getString()).toBe(id(99));
    expect(response.hasSuccess()).toBe(false);
    const status = response.getError();
    expect(status?.getCode()).toBe(grpc.status.ALREADY_EXISTS);
    expect(status?.getMessage()).toBe('WrongExpectedVersion');
    const details = status?.getDetails() as InstanceType<typeof googleAnyPb.Any>;
    expect(details.getTypeName()).toBe('event_store.client.WrongExpectedVersion');
    const unpacked = details.unpack(sharedPb.WrongExpectedVersion.deserializeBinary, 'event_store.client.WrongExpectedVersion');
    expect(unpacked?.getCurrentStreamRevision()).toBe('1');
    expect(unpacked?.getExpectedStreamPosition()).toBe('0');

    const error: unknown = await client.appendToStream('s', [event(4)], { expectedRevision: 0n }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({ streamName: 's', expectedVersion: 0n, actualVersion: 1n });
  });

  it('lists BatchAppend only when asked to, and the client then appends through Append', async () => {
    const { client, server } = await start({ batchAppend: false });
    await client.appendToStream('s', [event(1)]);
    await client.appendToStream('s', [event(2)]);
    expect(server.calls.get('GetSupportedMethods')).toBe(1);
    expect(server.calls.get('Append')).toBe(2);
    expect(server.calls.has('BatchAppend')).toBe(false);
  });

  it('acknowledges a re-append of the same event ids without writing them again, and refuses ids that only partly match', async () => {
    const { client, server } = await start();
    const first = await client.appendToStream('s', [event(1), event(2)], { expectedRevision: NO_STREAM });
    // With the exact expectation of the first write, and with any: the ids are recognised.
    expect(await client.appendToStream('s', [event(1), event(2)], { expectedRevision: NO_STREAM })).toMatchObject({ success: true, nextExpectedRevision: 1n });
    expect(await client.appendToStream('s', [event(1), event(2)])).toMatchObject({ success: true, nextExpectedRevision: 1n, position: first.position });
    await expect(client.appendToStream('s', [event(1), event(3)], { expectedRevision: NO_STREAM })).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(server.log.records().map((r) => r.id)).toEqual([id(1), id(2)]);
  });

  it('reads streams forwards and backwards from a revision, clamping a backwards read past the end, and reports a missing stream', async () => {
    const { raw, client } = await start();
    await client.appendToStream('s', [event(1), event(2), event(3), event(4)]);
    const forwards = await rawRead(raw, readOptions().setStream(streamOptions('s').setRevision('1')).setCount('2').setReadDirection(0));
    expect(revisionsOf(forwards.responses)).toEqual(['1', '2']);
    const backwards = await rawRead(raw, readOptions().setStream(streamOptions('s').setRevision('50')).setCount('3').setReadDirection(1));
    expect(revisionsOf(backwards.responses)).toEqual(['3', '2', '1']);
    const missing = await rawRead(raw, readOptions().setStream(streamOptions('nowhere').setStart(new sharedPb.Empty())).setCount('10'));
    expect(missing.error).toBeNull();
    expect(missing.responses.map((r) => r.hasStreamNotFound())).toEqual([true]);
  });

  it('keeps $all in commit order with byte-offset positions; forwards from a position includes it, backwards excludes it', async () => {
    const { client } = await start();
    await client.appendToStream('a', [event(1)]);
    await client.appendToStream('b', [event(2), event(3)]);
    await client.appendToStream('a', [event(4)]);
    const all: AllStreamResolvedEvent[] = [];
    for await (const resolved of client.readAll({ fromPosition: START })) all.push(resolved);
    expect(all.map((r) => r.event?.id)).toEqual([1, 2, 3, 4].map(id));
    const commits = all.map((r) => r.event?.position.commit ?? -1n);
    expect(commits[0]).toBeGreaterThan(4n);
    expect([...commits].sort((x, y) => (x < y ? -1 : 1))).toEqual(commits);
    const third = all[2]?.event?.position;
    if (third === undefined) throw new Error('no third event');
    const forwards: string[] = [];
    for await (const r of client.readAll({ fromPosition: third })) forwards.push(r.event?.id ?? '?');
    expect(forwards).toEqual([id(3), id(4)]);
    const backwards: string[] = [];
    for await (const r of client.readAll({ fromPosition: third, direction: 'backwards' })) backwards.push(r.event?.id ?? '?');
    expect(backwards).toEqual([id(2), id(1)]);
  });

  it('answers reads and appends of a tombstoned stream with a gRPC error whose trailing metadata says exception: stream-deleted', async () => {
    const { raw, client, server } = await start();
    await client.appendToStream('s', [event(1)]);
    await client.tombstoneStream('s');
    const read = await rawRead(raw, readOptions().setStream(streamOptions('s').setStart(new sharedPb.Empty())).setCount('10'));
    expect(read.error?.code).toBe(grpc.status.FAILED_PRECONDITION);
    expect(read.error?.metadata.get('exception')).toEqual(['stream-deleted']);
    expect(read.error?.metadata.get('stream-name')).toEqual(['s']);
    const append = await rawAppend(raw, 's', (o) => o.setAny(new sharedPb.Empty()), [2]).catch((e: ServiceError) => e);
    expect((append as ServiceError).metadata.get('exception')).toEqual(['stream-deleted']);
    await expect(client.appendToStream('s', [event(3)])).rejects.toBeInstanceOf(StreamDeletedError);
    // The tombstone is itself a record in $all, as on a real server.
    expect(server.log.records().map((r) => [r.type, r.revision])).toEqual([
      ['Counted', 0n],
      ['$streamDeleted', TOMBSTONE_REVISION],
    ]);
  });

  it('runs a catch-up subscription as a real server does: confirmation, history, caughtUp, then live events', async () => {
    const { raw, client } = await start();
    await client.appendToStream('a', [event(1), event(2)]);
    await client.appendToStream('other', [event(3)]);
    const responses: ReadResp[] = [];
    const call = raw.read(
      new streamsPb.ReadReq().setOptions(
        readOptions()
          .setAll(new streamsPb.ReadReq.Options.AllOptions().setStart(new sharedPb.Empty()))
          .setSubscription(new streamsPb.ReadReq.Options.SubscriptionOptions())
          .setFilter(
            new streamsPb.ReadReq.Options.FilterOptions()
              .setStreamIdentifier(new streamsPb.ReadReq.Options.FilterOptions.Expression().setPrefixList(['a']))
              .setCount(new sharedPb.Empty()),
          ),
      ),
    );
    call.on('data', (r: ReadResp) => responses.push(r));
    call.on('error', () => undefined);
    await waitFor('caughtUp', () => responses.some((r) => r.hasCaughtUp()));
    await client.appendToStream('a', [event(4)]);
    await client.appendToStream('other', [event(5)]);
    await client.appendToStream('a', [event(6)]);
    await waitFor('two live events', () => responses.length >= 6);
    call.cancel();
    expect(responses.map(kindOf)).toEqual(['confirmation', 'event Counted', 'event Counted', 'caughtUp', 'event Counted', 'event Counted']);
    expect(responses.flatMap((r) => (r.hasEvent() ? [r.getEvent()?.getEvent()?.getId()?.getString()] : []))).toEqual([1, 2, 4, 6].map(id));
  });

  it('starts a subscription from a position strictly after it, and the client sees confirmation and caughtUp', async () => {
    const { client } = await start();
    await client.appendToStream('a', [event(1), event(2), event(3)]);
    const history: AllStreamResolvedEvent[] = [];
    for await (const r of client.readAll({ fromPosition: START })) history.push(r);
    const second = history[1]?.event?.position;
    if (second === undefined) throw new Error('no second event');
    const seen: string[] = [];
    const subscription = client.subscribeToAll({ fromPosition: second });
    subscription.on('confirmation', () => seen.push('confirmation'));
    subscription.on('caughtUp', () => seen.push('caughtUp'));
    subscription.on('data', (r: AllStreamResolvedEvent) => seen.push(r.event?.id ?? '?'));
    await waitFor('caughtUp', () => seen.includes('caughtUp'));
    await client.appendToStream('b', [event(4)]);
    await waitFor('a live event', () => seen.length >= 4);
    await subscription.unsubscribe();
    expect(seen).toEqual(['confirmation', id(3), 'caughtUp', id(4)]);
  });

  it('answers gossip as a one-node cluster, so a connection string with several seeds and a node preference connects', async () => {
    const { server } = await start();
    const closed = await startTestServer();
    closed.stop();
    const cluster = EventStoreDBClient.connectionString(
      `esdb://127.0.0.1:${closed.port},127.0.0.1:${server.port}?tls=false&nodePreference=leader&maxDiscoverAttempts=3&discoveryInterval=10`,
    );
    try {
      await cluster.appendToStream('s', [event(1)]);
      expect(server.calls.get('Gossip')).toBeGreaterThanOrEqual(1);
      expect(server.log.records().map((r) => r.id)).toEqual([id(1)]);
    } finally {
      await cluster.dispose();
    }
  });
});
