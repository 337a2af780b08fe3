import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it, vi } from 'vitest';
import { CampaignEvent } from '../events/campaignEvent';
import { GENESIS_HASH } from '../integrity/eventSeal';
import { hashEvent } from '../integrity/hashEvent';
import type { EventEnvelope, NewEvent, StoredEventShape } from './eventEnvelope';
import type { EventStore } from './eventStore';
import { makeInMemoryEventStore } from './inMemoryEventStore';
import { makeInMemoryStorage } from './inMemoryStorage';

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const attendance = (count: number, classId = 'class:2010-summer'): CampaignEvent =>
  ({
    type: 'AttendanceRecorded',
    data: {
      classId,
      category: 'party-members',
      countUnit: 'person',
      count,
      provenance: { recordedBy: 'district-office', source: { document: 'report-2010' } },
    },
  }) as unknown as CampaignEvent;

const newEvent = (n: number, count = n, domainDate: string | null = '2010-08-10'): NewEvent<CampaignEvent> => ({
  id: uuid(n),
  event: attendance(count),
  domainDate,
});

interface Counted extends StoredEventShape {
  readonly type: 'Counted';
  readonly data: { readonly n: number };
}

const counted = (n: number, id = uuid(n)): NewEvent<Counted> => ({ id, event: { type: 'Counted', data: { n } }, domainDate: null });

const right = async <A>(task: () => Promise<E.Either<unknown, A>>): Promise<A> => {
  const result = await task();
  if (E.isLeft(result)) throw new Error(`expected Right, got ${JSON.stringify(result.left)}`);
  return result.right;
};

const left = async <L>(task: () => Promise<E.Either<L, unknown>>): Promise<L> => {
  const result = await task();
  if (E.isRight(result)) throw new Error(`expected Left, got ${JSON.stringify(result.right)}`);
  return result.left;
};

const positionsOf = (envelopes: ReadonlyArray<EventEnvelope<StoredEventShape>>) => envelopes.map((e) => e.globalPosition);
const pause = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

const storeWith = async (streams: Record<string, number[]>): Promise<EventStore<Counted>> => {
  const store = makeInMemoryEventStore<Counted>();
  for (const [stream, ns] of Object.entries(streams)) await right(store.append(stream, ns.map((n) => counted(n))));
  return store;
};

describe('makeInMemoryEventStore: expected revisions', () => {
  it("'any' appends to a missing stream and to an existing one", async () => {
    const store = makeInMemoryEventStore<Counted>();
    expect(await right(store.append('s', [counted(1)]))).toMatchObject({ nextExpectedRevision: 0, positions: [1] });
    expect(await right(store.append('s', [counted(2)], { expectedRevision: 'any' }))).toMatchObject({ nextExpectedRevision: 1, positions: [2] });
  });

  it("'no-stream' accepts a missing stream and rejects an existing one with its revision", async () => {
    const store = makeInMemoryEventStore<Counted>();
    expect(await right(store.append('s', [counted(1), counted(2)], { expectedRevision: 'no-stream' }))).toMatchObject({
      nextExpectedRevision: 1,
      positions: [1, 2],
    });
    expect(await left(store.append('s', [counted(3)], { expectedRevision: 'no-stream' }))).toEqual({
      _tag: 'WrongExpectedRevision',
      stream: 's',
      expected: 'no-stream',
      actual: 1,
    });
  });

  it("'stream-exists' rejects a missing stream with actual -1 and accepts an existing one", async () => {
    const store = makeInMemoryEventStore<Counted>();
    expect(await left(store.append('s', [counted(1)], { expectedRevision: 'stream-exists' }))).toEqual({
      _tag: 'WrongExpectedRevision',
      stream: 's',
      expected: 'stream-exists',
      actual: -1,
    });
    await right(store.append('s', [counted(2)]));
    expect(await right(store.append('s', [counted(3)], { expectedRevision: 'stream-exists' }))).toMatchObject({
      nextExpectedRevision: 1,
      positions: [2],
    });
  });

  it('an exact revision accepts the current revision only', async () => {
    const store = await storeWith({ s: [1, 2] });
    expect(await left(store.append('s', [counted(3)], { expectedRevision: 0 }))).toEqual({
      _tag: 'WrongExpectedRevision',
      stream: 's',
      expected: 0,
      actual: 1,
    });
    expect(await left(store.append('other', [counted(4)], { expectedRevision: 0 }))).toMatchObject({ expected: 0, actual: -1 });
    expect(await right(store.append('s', [counted(5)], { expectedRevision: 1 }))).toMatchObject({ nextExpectedRevision: 2, positions: [3] });
  });

  it('an empty append only checks the expected revision', async () => {
    const store = await storeWith({ s: [1, 2] });
    expect(await right(store.append('s', [], { expectedRevision: 1 }))).toMatchObject({ nextExpectedRevision: 1, positions: [] });
    expect(await right(store.append('missing', [], { expectedRevision: 'no-stream' }))).toMatchObject({ nextExpectedRevision: -1, positions: [] });
    expect(await left(store.append('s', [], { expectedRevision: 0 }))).toMatchObject({ _tag: 'WrongExpectedRevision', actual: 1 });
    expect(positionsOf(await right(store.readAll()))).toEqual([1, 2]);
  });

  it('throws a RangeError on an expected revision that is no revision', () => {
    const store = makeInMemoryEventStore<Counted>();
    expect(() => store.append('s', [counted(1)], { expectedRevision: -2 })).toThrow(RangeError);
    expect(() => store.append('s', [counted(1)], { expectedRevision: 1.5 })).toThrow(RangeError);
    expect(() => store.append('', [counted(1)])).toThrow(RangeError);
  });
});

describe('makeInMemoryEventStore: validation and atomicity', () => {
  it('decodes every event with the codec and appends nothing when one fails, naming its index and path', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>({ codec: CampaignEvent });
    const error = await left(store.append('campaign', [newEvent(1, 10), newEvent(2, -3), newEvent(3, 30)]));
    expect(error).toMatchObject({ _tag: 'InvalidEvent', index: 1, eventId: uuid(2) });
    if (error._tag !== 'InvalidEvent' || typeof error.reason === 'string') throw new Error('expected an InvalidInput reason');
    expect(error.reason._tag).toBe('InvalidInput');
    expect(error.reason.problems).toEqual([{ path: 'data.count', expected: 'Count', actual: '-3' }]);
    expect(await right(store.readAll())).toEqual([]);
  });

  it('refuses an event with a field its codec does not name, storing nothing', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>({ codec: CampaignEvent });
    const withExtra = { ...newEvent(1), event: { ...attendance(5), data: { ...attendance(5).data, unknownField: 'x' } } as unknown as CampaignEvent };
    const error = await left(store.append('campaign', [withExtra]));
    expect(error).toMatchObject({ _tag: 'InvalidEvent', index: 0, reason: { _tag: 'InvalidInput', problems: [{ path: 'data.unknownField' }] } });
    expect(await right(store.readAll())).toEqual([]);
  });

  it('refuses ids that are not UUIDs, with a reason', async () => {
    const store = makeInMemoryEventStore<Counted>();
    const error = await left(store.append('s', [counted(1), counted(2, 'event-2')]));
    expect(error).toMatchObject({ _tag: 'InvalidEvent', index: 1, eventId: 'event-2' });
    expect(error._tag === 'InvalidEvent' && typeof error.reason === 'string' && error.reason).toMatch(/UUID/);
    expect(await right(store.readAll())).toEqual([]);
  });

  it('refuses an id repeated within one batch, whatever its case', async () => {
    const store = makeInMemoryEventStore<Counted>();
    const id = 'AAAAAAAA-0000-4000-8000-000000000001';
    const error = await left(store.append('s', [counted(1, id), counted(2, id.toLowerCase())]));
    expect(error).toMatchObject({ _tag: 'InvalidEvent', index: 1, reason: 'the id repeats the id of event #0 of the same batch' });
    expect(await right(store.readAll())).toEqual([]);
  });

  it('refuses values that a JSON store could not keep, and a malformed domain date', async () => {
    const store = makeInMemoryEventStore<StoredEventShape>();
    const withDate = { id: uuid(1), event: { type: 'Dated', data: { on: new Date(0) } }, domainDate: null };
    expect(await left(store.append('s', [withDate]))).toEqual({
      _tag: 'InvalidEvent',
      index: 0,
      eventId: uuid(1),
      reason: 'event.data.on: a Date is not a JSON value',
    });
    const withNaN = { id: uuid(2), event: { type: 'N', data: { values: [1, Number.NaN] } }, domainDate: null };
    expect(await left(store.append('s', [withNaN]))).toMatchObject({ reason: 'event.data.values[1]: the number NaN is not a JSON value' });
    const badDate = { id: uuid(3), event: { type: 'N', data: {} }, domainDate: '26-11-2006' };
    expect(await left(store.append('s', [badDate]))).toMatchObject({ _tag: 'InvalidEvent', index: 0 });
    expect(await right(store.readAll())).toEqual([]);
  });

  it('leaves no trace of a rejected append: the next append gets the numbers it would have had', async () => {
    const store = makeInMemoryEventStore<Counted>();
    await right(store.append('a', [counted(1)]));
    await left(store.append('a', [counted(2), counted(3)], { expectedRevision: 5 }));
    await left(store.append('a', [counted(4), counted(5, 'not-a-uuid')]));
    await left(store.append('b', [counted(6)], { expectedRevision: 'stream-exists' }));
    expect(await right(store.append('a', [counted(7)], { expectedRevision: 0 }))).toMatchObject({ nextExpectedRevision: 1, positions: [2] });
    expect(await right(store.append('b', [counted(2)], { expectedRevision: 'no-stream' }))).toMatchObject({ nextExpectedRevision: 0, positions: [3] });
  });
});

describe('makeInMemoryEventStore: idempotency', () => {
  it('a re-append of the same ids and content returns the original positions and appends nothing', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>({ codec: CampaignEvent });
    const batch = [newEvent(1), newEvent(2)];
    expect(await right(store.append('campaign', batch, { expectedRevision: 'no-stream' }))).toMatchObject({
      nextExpectedRevision: 1,
      positions: [1, 2],
    });
    await right(store.append('other', [newEvent(3)]));
    // The expected revision no longer matches, but the first attempt did land.
    expect(await right(store.append('campaign', batch, { expectedRevision: 'no-stream' }))).toMatchObject({
      nextExpectedRevision: 1,
      positions: [1, 2],
    });
    expect(positionsOf(await right(store.readAll()))).toEqual([1, 2, 3]);
  });

  it('compares content as canonical JSON, so key order does not matter', async () => {
    const store = makeInMemoryEventStore<StoredEventShape>();
    const first = { id: uuid(1), event: { type: 'T', data: { a: 1, b: [1, 2] } }, domainDate: '2010-01-01', metadata: { x: '1', y: '2' } };
    const reordered = { id: uuid(1), event: { data: { b: [1, 2], a: 1 }, type: 'T' }, domainDate: '2010-01-01', metadata: { y: '2', x: '1' } };
    await right(store.append('s', [first]));
    expect(await right(store.append('s', [reordered]))).toMatchObject({ nextExpectedRevision: 0, positions: [1] });
  });

  it('the same id with different content is a DuplicateEventId', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>({ codec: CampaignEvent });
    await right(store.append('campaign', [newEvent(1, 10)]));
    expect(await left(store.append('campaign', [newEvent(1, 11)]))).toEqual({ _tag: 'DuplicateEventId', eventId: uuid(1), stream: 'campaign' });
    expect(await left(store.append('campaign', [newEvent(1, 10, '2011-01-01')]))).toMatchObject({ _tag: 'DuplicateEventId' });
    expect(await left(store.append('campaign', [{ ...newEvent(1, 10), metadata: { by: 'x' } }]))).toMatchObject({ _tag: 'DuplicateEventId' });
    expect(positionsOf(await right(store.readAll()))).toEqual([1]);
  });

  it('an id stored in another stream, or a batch mixing stored and new ids, is a DuplicateEventId', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>({ codec: CampaignEvent });
    await right(store.append('campaign', [newEvent(1), newEvent(2)]));
    expect(await left(store.append('elsewhere', [newEvent(1)]))).toEqual({ _tag: 'DuplicateEventId', eventId: uuid(1), stream: 'campaign' });
    expect(await left(store.append('campaign', [newEvent(3), newEvent(2)]))).toEqual({ _tag: 'DuplicateEventId', eventId: uuid(2), stream: 'campaign' });
    expect(positionsOf(await right(store.readAll()))).toEqual([1, 2]);
    expect(await right(store.append('campaign', [newEvent(3)]))).toMatchObject({ nextExpectedRevision: 2, positions: [3] });
  });
});

describe('makeInMemoryEventStore: reads', () => {
  it('reads a stream forwards, backwards, from a revision and with a limit', async () => {
    const store = await storeWith({ a: [1, 2], b: [3], c: [] });
    await right(store.append('a', [counted(4), counted(5)]));
    const ns = (envelopes: ReadonlyArray<EventEnvelope<Counted>>) => envelopes.map((e) => e.event.data.n);
    expect(ns(await right(store.readStream('a')))).toEqual([1, 2, 4, 5]);
    expect((await right(store.readStream('a'))).map((e) => e.streamRevision)).toEqual([0, 1, 2, 3]);
    expect(ns(await right(store.readStream('a', { direction: 'backwards' })))).toEqual([5, 4, 2, 1]);
    expect(ns(await right(store.readStream('a', { fromRevision: 2 })))).toEqual([4, 5]);
    expect(ns(await right(store.readStream('a', { fromRevision: 1, limit: 2 })))).toEqual([2, 4]);
    expect(ns(await right(store.readStream('a', { direction: 'backwards', fromRevision: 2, limit: 2 })))).toEqual([4, 2]);
    expect(ns(await right(store.readStream('a', { direction: 'backwards', fromRevision: 99 })))).toEqual([5, 4, 2, 1]);
    expect(ns(await right(store.readStream('a', { fromRevision: 99 })))).toEqual([]);
    expect(ns(await right(store.readStream('a', { limit: 0 })))).toEqual([]);
    expect(await right(store.readStream('missing'))).toEqual([]);
    expect(await right(store.readStream('missing', { direction: 'backwards' }))).toEqual([]);
  });

  it('reads $all forwards, backwards, from a position and with a limit', async () => {
    const store = await storeWith({ a: [1, 2], b: [3] });
    await right(store.append('a', [counted(4)]));
    expect(positionsOf(await right(store.readAll()))).toEqual([1, 2, 3, 4]);
    expect((await right(store.readAll())).map((e) => e.stream)).toEqual(['a', 'a', 'b', 'a']);
    expect(positionsOf(await right(store.readAll({ direction: 'backwards' })))).toEqual([4, 3, 2, 1]);
    expect(positionsOf(await right(store.readAll({ fromPosition: 3 })))).toEqual([3, 4]);
    expect(positionsOf(await right(store.readAll({ fromPosition: 2, limit: 2 })))).toEqual([2, 3]);
    expect(positionsOf(await right(store.readAll({ direction: 'backwards', fromPosition: 3, limit: 2 })))).toEqual([3, 2]);
    expect(positionsOf(await right(store.readAll({ direction: 'backwards', fromPosition: 0 })))).toEqual([]);
    expect(positionsOf(await right(store.readAll({ fromPosition: 5 })))).toEqual([]);
  });

  it('throws a RangeError on read options that make no sense', () => {
    const store = makeInMemoryEventStore<Counted>();
    expect(() => store.readStream('a', { limit: -1 })).toThrow(RangeError);
    expect(() => store.readStream('a', { fromRevision: 1.5 })).toThrow(RangeError);
    expect(() => store.readAll({ fromPosition: -1 })).toThrow(RangeError);
    expect(() => store.readAll({ limit: 2.5 })).toThrow(RangeError);
    expect(() => store.readAll({ direction: 'sideways' as 'forwards' })).toThrow(RangeError);
  });

  it('stamps recordedAt from the injected clock, once per append', async () => {
    let tick = 0;
    const clock = () => new Date(Date.UTC(2024, 0, 1, 0, 0, tick++));
    const store = makeInMemoryEventStore<Counted>({ clock });
    await right(store.append('a', [counted(1), counted(2)]));
    await right(store.append('a', [counted(3)]));
    expect((await right(store.readAll())).map((e) => e.recordedAt)).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-01-01T00:00:00.000Z',
      '2024-01-01T00:00:01.000Z',
    ]);
  });

  it('returns envelopes with the event, its id in lower case, domain date, metadata and seal', async () => {
    const store = makeInMemoryEventStore<Counted>({ clock: () => new Date('2024-05-01T10:00:00Z') });
    await right(store.append('a', [{ ...counted(7, 'ABCDEF00-0000-4000-8000-000000000007'), domainDate: '2010-08-10', metadata: { by: 'cli' } }]));
    expect(await right(store.readStream('a'))).toEqual([
      {
        eventId: 'abcdef00-0000-4000-8000-000000000007',
        stream: 'a',
        streamRevision: 0,
        globalPosition: 1,
        recordedAt: '2024-05-01T10:00:00.000Z',
        domainDate: '2010-08-10',
        event: { type: 'Counted', data: { n: 7 } },
        metadata: { by: 'cli' },
        hash: '9e8d3511c5748b157846e6c52c2c777fea616247e7f202a0bd3ca32d6a6cc7a8',
        previousStreamHash: GENESIS_HASH,
        previousGlobalHash: GENESIS_HASH,
      },
    ]);
  });

  it('cannot be altered through the objects a caller appended or received', async () => {
    const store = makeInMemoryEventStore<StoredEventShape>();
    const data = { list: [1, 2], nested: { x: 1 } };
    const metadata: Record<string, string> = { by: 'cli' };
    await right(store.append('a', [{ id: uuid(1), event: { type: 'T', data }, domainDate: null, metadata }]));
    data.list.push(3);
    data.nested.x = 99;
    metadata.by = 'someone else';

    const [received] = await right(store.readStream('a'));
    const receivedData = received?.event.data as { list: number[]; nested: { x: number } };
    expect(() => receivedData.list.push(4)).toThrow(TypeError);
    expect(() => {
      receivedData.nested.x = 100;
    }).toThrow(TypeError);
    expect(() => {
      (received as { stream: string }).stream = 'b';
    }).toThrow(TypeError);

    const [again] = await right(store.readAll());
    expect(again?.event.data).toEqual({ list: [1, 2], nested: { x: 1 } });
    expect(again?.metadata).toEqual({ by: 'cli' });
    expect(again?.stream).toBe('a');
  });
});

describe('makeInMemoryEventStore: subscriptions', () => {
  const collect = (store: EventStore<Counted>, options: { afterPosition?: number; onEvent?: (e: EventEnvelope<Counted>) => void | Promise<void> } = {}) => {
    const seen: Array<number | 'caught-up'> = [];
    const errors: unknown[] = [];
    const subscription = store.subscribe({
      ...(options.afterPosition === undefined ? {} : { afterPosition: options.afterPosition }),
      onEvent: async (envelope) => {
        seen.push(envelope.globalPosition);
        await options.onEvent?.(envelope);
      },
      onCaughtUp: () => seen.push('caught-up'),
      onError: (error) => errors.push(error),
    });
    return { seen, errors, subscription };
  };

  it('delivers the history, reports catching up once, then delivers live events without gap or duplicate', async () => {
    const store = await storeWith({ a: [1, 2], b: [3] });
    const { seen, subscription } = collect(store);
    await vi.waitFor(() => expect(seen).toEqual([1, 2, 3, 'caught-up']));
    await right(store.append('a', [counted(4)]));
    await right(store.append('b', [counted(5), counted(6)]));
    await vi.waitFor(() => expect(seen).toEqual([1, 2, 3, 'caught-up', 4, 5, 6]));
    await pause();
    expect(seen).toEqual([1, 2, 3, 'caught-up', 4, 5, 6]);
    await subscription.close();
  });

  it('calls no handler inside subscribe() itself', async () => {
    const store = await storeWith({ a: [1] });
    const { seen, subscription } = collect(store);
    expect(seen).toEqual([]);
    await vi.waitFor(() => expect(seen).toEqual([1, 'caught-up']));
    await subscription.close();
  });

  it('delivers events appended while the history is being delivered, once and in order', async () => {
    const store = await storeWith({ a: [1, 2, 3] });
    let appended = false;
    const { seen, subscription } = collect(store, {
      onEvent: async (envelope) => {
        if (envelope.globalPosition === 1 && !appended) {
          appended = true;
          await right(store.append('b', [counted(10), counted(11)]));
        }
        await pause(1);
      },
    });
    await vi.waitFor(() => expect(seen).toEqual([1, 2, 3, 4, 5, 'caught-up']));
    await pause();
    expect(seen).toEqual([1, 2, 3, 4, 5, 'caught-up']);
    await subscription.close();
  });

  it('delivers events that a live handler appends, after the event that caused them', async () => {
    const store = makeInMemoryEventStore<Counted>();
    const { seen, subscription } = collect(store, {
      onEvent: async (envelope) => {
        if (envelope.event.data.n < 3) await right(store.append('chain', [counted(envelope.event.data.n + 1)]));
      },
    });
    await vi.waitFor(() => expect(seen).toEqual(['caught-up']));
    await right(store.append('chain', [counted(1)]));
    await vi.waitFor(() => expect(seen).toEqual(['caught-up', 1, 2, 3]));
    await pause();
    expect(seen).toEqual(['caught-up', 1, 2, 3]);
    await subscription.close();
  });

  it('does not miss an event appended while it is reading what turns out to be the end of the log', async () => {
    // The append lands after a different number of microtask hops each round, so that one of the
    // rounds hits the moment between the read of an empty page and the subscription going idle.
    for (let hops = 0; hops < 12; hops++) {
      const store = makeInMemoryEventStore<Counted>();
      const { seen, subscription } = collect(store, {
        onEvent: (envelope) => {
          if (envelope.event.data.n !== 1) return;
          let later = Promise.resolve();
          for (let i = 0; i < hops; i++) later = later.then(() => undefined);
          void later.then(() => store.append('s', [counted(2)])());
        },
      });
      await vi.waitFor(() => expect(seen).toEqual(['caught-up']));
      await right(store.append('s', [counted(1)]));
      await vi.waitFor(() => expect(seen).toEqual(['caught-up', 1, 2]), { timeout: 200 });
      await subscription.close();
    }
  });

  it('resumes after a checkpoint', async () => {
    const store = await storeWith({ a: [1, 2, 3, 4] });
    const { seen, subscription } = collect(store, { afterPosition: 2 });
    await vi.waitFor(() => expect(seen).toEqual([3, 4, 'caught-up']));
    await right(store.append('a', [counted(5)]));
    await vi.waitFor(() => expect(seen).toEqual([3, 4, 'caught-up', 5]));
    await subscription.close();
  });

  it('a checkpoint at the end of the log catches up at once', async () => {
    const store = await storeWith({ a: [1, 2] });
    const { seen, subscription } = collect(store, { afterPosition: 2 });
    await vi.waitFor(() => expect(seen).toEqual(['caught-up']));
    await subscription.close();
  });

  it('stops and reports the error when a handler throws or rejects', async () => {
    const store = await storeWith({ a: [1, 2, 3] });
    const failure = new Error('projection failed');
    const { seen, errors } = collect(store, {
      onEvent: (envelope) => {
        if (envelope.globalPosition === 2) throw failure;
      },
    });
    await vi.waitFor(() => expect(errors).toEqual([failure]));
    await right(store.append('a', [counted(4)]));
    await pause();
    expect(seen).toEqual([1, 2]);

    const rejected = collect(store, { onEvent: () => Promise.reject(new Error('rejected')) });
    await vi.waitFor(() => expect(rejected.errors).toEqual([new Error('rejected')]));
    expect(rejected.seen).toEqual([1]);
  });

  it('close() stops delivery and waits for the running handler', async () => {
    const store = await storeWith({ a: [1, 2, 3] });
    let release: () => void = () => undefined;
    let finished = false;
    const { seen, subscription } = collect(store, {
      onEvent: async () => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        finished = true;
      },
    });
    await vi.waitFor(() => expect(seen).toEqual([1]));
    let closed = false;
    const closing = subscription.close().then(() => {
      closed = true;
    });
    await pause();
    expect(closed).toBe(false);
    release();
    await closing;
    expect(finished).toBe(true);
    await right(store.append('a', [counted(4)]));
    await pause();
    expect(seen).toEqual([1]);
  });

  it('runs several subscriptions independently: a slow one does not hold back the others', async () => {
    const store = await storeWith({ a: [1, 2] });
    let release: () => void = () => undefined;
    const slow = collect(store, {
      onEvent: (envelope) =>
        envelope.globalPosition === 1
          ? new Promise<void>((resolve) => {
              release = resolve;
            })
          : undefined,
    });
    const fast = collect(store);
    await vi.waitFor(() => expect(fast.seen).toEqual([1, 2, 'caught-up']));
    await right(store.append('a', [counted(3)]));
    await vi.waitFor(() => expect(fast.seen).toEqual([1, 2, 'caught-up', 3]));
    expect(slow.seen).toEqual([1]);
    release();
    await vi.waitFor(() => expect(slow.seen).toEqual([1, 2, 3, 'caught-up']));
    await Promise.all([slow.subscription.close(), fast.subscription.close()]);
  });

  it("the store's close() stops every subscription and refuses further use", async () => {
    const store = await storeWith({ a: [1] });
    const first = collect(store);
    const second = collect(store, { afterPosition: 1 });
    await vi.waitFor(() => expect(first.seen).toEqual([1, 'caught-up']));
    await vi.waitFor(() => expect(second.seen).toEqual(['caught-up']));
    await store.close();
    await store.append('a', [counted(2)])();
    await pause();
    expect(first.seen).toEqual([1, 'caught-up']);
    expect(second.seen).toEqual(['caught-up']);
    expect(await left(store.append('a', [counted(3)]))).toMatchObject({ _tag: 'StoreUnavailable' });
    expect(await left(store.readAll())).toMatchObject({ _tag: 'StoreUnavailable' });
    const late = collect(store);
    await vi.waitFor(() => expect(late.errors).toMatchObject([{ _tag: 'StoreUnavailable' }]));
  });
});

describe('makeInMemoryEventStore: seals and storage', () => {
  it('seals every event in both chains: linked to the log and to its stream, hashed with hashEvent', async () => {
    const store = makeInMemoryEventStore<Counted>({ clock: () => new Date('2024-05-01T10:00:00Z') });
    await right(store.append('a', [counted(1), counted(2)]));
    await right(store.append('b', [counted(3)]));
    await right(store.append('a', [counted(4)]));
    const log = await right(store.readAll());
    const hashes = log.map((e) => e.hash);
    expect(log.map((e) => hashEvent(e))).toEqual(hashes);
    expect(new Set(hashes).size).toBe(4);
    expect(log.map((e) => e.previousGlobalHash)).toEqual([GENESIS_HASH, hashes[0], hashes[1], hashes[2]]);
    expect(log.map((e) => e.previousStreamHash)).toEqual([GENESIS_HASH, hashes[0], GENESIS_HASH, hashes[1]]);
  });

  it('an idempotent re-append returns the original events, seals unchanged, and a rejected append leaves the chain as it was', async () => {
    let tick = 0;
    const store = makeInMemoryEventStore<Counted>({ clock: () => new Date(Date.UTC(2024, 0, 1, 0, 0, tick++)) });
    await right(store.append('a', [counted(1)]));
    const [first] = await right(store.readAll());
    expect(await right(store.append('a', [counted(1)]))).toMatchObject({ nextExpectedRevision: 0, positions: [1] });
    await left(store.append('a', [counted(2)], { expectedRevision: 'no-stream' }));
    await left(store.append('a', [counted(3), counted(4, 'not-a-uuid')]));
    await right(store.append('a', [counted(5)]));
    const log = await right(store.readAll());
    expect(log[0]).toBe(first);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ globalPosition: 2, streamRevision: 1, previousGlobalHash: first?.hash, previousStreamHash: first?.hash });
  });

  it('keeps its events in the injected storage, and a store made over a filled storage reopens it and goes on with the chain', async () => {
    const storage = makeInMemoryStorage<Counted>();
    const store = makeInMemoryEventStore<Counted>({ storage });
    await right(store.append('a', [counted(1), counted(2)]));
    await right(store.append('b', [counted(3)]));
    expect(storage.log.map((e) => [e.globalPosition, e.event.data.n])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);

    const reopened = makeInMemoryEventStore<Counted>({ storage });
    expect((await right(reopened.readStream('a'))).map((e) => e.event.data.n)).toEqual([1, 2]);
    expect(await right(reopened.append('a', [counted(2)]))).toMatchObject({ nextExpectedRevision: 1, positions: [2] });
    expect(await left(reopened.append('a', [counted(4)], { expectedRevision: 0 }))).toMatchObject({ _tag: 'WrongExpectedRevision', actual: 1 });
    expect(await right(reopened.append('a', [counted(4)], { expectedRevision: 1 }))).toMatchObject({ nextExpectedRevision: 2, positions: [4] });
    const fourth = storage.log[3];
    expect(fourth).toMatchObject({ streamRevision: 2, previousGlobalHash: storage.log[2]?.hash, previousStreamHash: storage.log[1]?.hash });
  });

  it('reads the global log from the storage as it stands, by position, across a gap left by a deleted event', async () => {
    const storage = makeInMemoryStorage<Counted>();
    const store = makeInMemoryEventStore<Counted>({ storage });
    for (const n of [1, 2, 3, 4, 5]) await right(store.append('s', [counted(n)]));
    storage.log.splice(2, 1);
    expect(positionsOf(await right(store.readAll()))).toEqual([1, 2, 4, 5]);
    expect(positionsOf(await right(store.readAll({ fromPosition: 3, limit: 1 })))).toEqual([4]);
    expect(positionsOf(await right(store.readAll({ fromPosition: 4 })))).toEqual([4, 5]);
    expect(positionsOf(await right(store.readAll({ direction: 'backwards', fromPosition: 3 })))).toEqual([2, 1]);
    expect(positionsOf(await right(store.readAll({ direction: 'backwards', fromPosition: 4, limit: 2 })))).toEqual([4, 2]);
    const delivered: number[] = [];
    const subscription = store.subscribe({ afterPosition: 2, onEvent: (e) => void delivered.push(e.globalPosition) });
    await vi.waitFor(() => expect(delivered).toEqual([4, 5]));
    await subscription.close();
  });

  it('with a codec, reports an event altered in the storage into one that no longer decodes as CorruptEvent', async () => {
    const storage = makeInMemoryStorage<CampaignEvent>();
    const store = makeInMemoryEventStore<CampaignEvent>({ codec: CampaignEvent, storage });
    await right(store.append('campaign', [newEvent(1), newEvent(2), newEvent(3)]));
    const stored = storage.log[1] as EventEnvelope<CampaignEvent>;
    storage.log[1] = { ...stored, event: { ...stored.event, data: { ...stored.event.data, count: -1 } } as CampaignEvent };
    expect(await left(store.readAll())).toMatchObject({ _tag: 'CorruptEvent', stream: 'campaign', globalPosition: 2 });
    expect(positionsOf(await right(store.readAll({ fromPosition: 3 })))).toEqual([3]);
    const delivered: number[] = [];
    const errors: unknown[] = [];
    const subscription = store.subscribe({ onEvent: (e) => void delivered.push(e.globalPosition), onError: (e) => void errors.push(e) });
    await vi.waitFor(() => expect(errors).toMatchObject([{ _tag: 'CorruptEvent', globalPosition: 2 }]));
    expect(delivered).toEqual([1]);
    await subscription.close();
  });
});
