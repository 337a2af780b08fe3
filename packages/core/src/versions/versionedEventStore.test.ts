import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { hashEvent } from '../integrity/hashEvent';
import { verifyLog } from '../integrity/verifyLog';
import type { EventEnvelope, NewEvent, StoredEventShape } from '../store/eventEnvelope';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import { makeInMemoryStorage } from '../store/inMemoryStorage';
import type { StoreError } from '../store/storeError';
import { eventVersioning } from './eventVersioning';
import { eventVersions } from './eventVersions';
import { versionedEventStore } from './versionedEventStore';

// An application whose ParticipantsCounted got a version 2 (the unit named) after a release had
// stored version-1 events, and whose Noted never changed.
const CountedV1 = t.type({ count: t.number }, 'CountedV1');
const CountedV2 = t.type({ count: t.number, unit: t.keyof({ person: null, attendance: null }) }, 'CountedV2');
const Noted = t.type({ type: t.literal('Noted'), data: t.type({ text: t.string }) }, 'Noted');
const OldEvent = t.union([t.type({ type: t.literal('ParticipantsCounted'), data: CountedV1 }), Noted], 'OldEvent');
const LatestEvent = t.union([t.type({ type: t.literal('ParticipantsCounted'), data: CountedV2 }), Noted], 'LatestEvent');
type OldEvent = t.TypeOf<typeof OldEvent>;
type LatestEvent = t.TypeOf<typeof LatestEvent>;

const participantsCounted = eventVersions('ParticipantsCounted', CountedV1).upcastTo(CountedV2, (v1) => ({ count: v1.count, unit: 'person' as const }));
const versioning = eventVersioning(LatestEvent, [participantsCounted]);

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const newEvent = <A extends StoredEventShape>(n: number, event: A): NewEvent<A> => ({ id: uuid(n), event, domainDate: null });

const right = async <A>(task: () => Promise<E.Either<StoreError, A>>): Promise<A> => {
  const result = await task();
  if (E.isLeft(result)) throw new Error(`expected Right, got ${JSON.stringify(result.left)}`);
  return result.right;
};
const left = async <A>(task: () => Promise<E.Either<StoreError, A>>): Promise<StoreError> => {
  const result = await task();
  if (E.isRight(result)) throw new Error(`expected Left, got ${JSON.stringify(result.right)}`);
  return result.left;
};

/** The log an earlier release left: two version-1 counts and a note, then the storage opened by this release. */
const afterUpgrade = async () => {
  const storage = makeInMemoryStorage<StoredEventShape>();
  const older = makeInMemoryEventStore<OldEvent>({ codec: OldEvent, storage: storage as never });
  await right(
    older.append('campaign-muong-te', [
      newEvent(1, { type: 'ParticipantsCounted', data: { count: 1289 } }),
      newEvent(2, { type: 'Noted', data: { text: 'học tập chuyên đề' } }),
      newEvent(3, { type: 'ParticipantsCounted', data: { count: 12360 } }),
    ]),
  );
  const stored = makeInMemoryEventStore({ codec: versioning.storedCodec, storage });
  return { stored, store: versionedEventStore(stored, versioning) };
};

describe('versionedEventStore', () => {
  it('reads version-1 events as version 2, keeping the stored form that their hash covers', async () => {
    const { stored, store } = await afterUpgrade();
    const read = await right(store.readStream('campaign-muong-te'));
    expect(read.map((e) => e.event)).toEqual([
      { type: 'ParticipantsCounted', data: { count: 1289, unit: 'person' } },
      { type: 'Noted', data: { text: 'học tập chuyên đề' } },
      { type: 'ParticipantsCounted', data: { count: 12360, unit: 'person' } },
    ]);
    expect(read.map((e) => e.storedEvent)).toEqual([{ type: 'ParticipantsCounted', data: { count: 1289 } }, undefined, { type: 'ParticipantsCounted', data: { count: 12360 } }]);
    const raw = await right(stored.readAll());
    expect(read.map((e) => e.hash)).toEqual(raw.map((e) => e.hash));
    for (const envelope of read) expect(hashEvent(envelope)).toBe(envelope.hash);
    expect(await right(store.readAll())).toEqual(read);
  });

  it('stores new events under the latest version, and the log verifies through either store', async () => {
    const { stored, store } = await afterUpgrade();
    const appended = await right(store.append('campaign-muong-te', [newEvent(4, { type: 'ParticipantsCounted', data: { count: 40, unit: 'attendance' } } as LatestEvent)], { expectedRevision: 2 }));
    expect(appended.envelopes.map((e) => [e.event, e.storedEvent])).toEqual([
      [{ type: 'ParticipantsCounted', data: { count: 40, unit: 'attendance' } }, { type: 'ParticipantsCounted@2', data: { count: 40, unit: 'attendance' } }],
    ]);
    const raw = await right(stored.readStream('campaign-muong-te'));
    expect(raw.map((e) => e.event.type)).toEqual(['ParticipantsCounted', 'Noted', 'ParticipantsCounted', 'ParticipantsCounted@2']);
    expect(await right(verifyLog(stored))).toMatchObject({ _tag: 'Intact', eventCount: 4 });
    expect(await right(verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 4 });
    // Sent again, the same event is answered as stored, not written twice.
    const again = await right(store.append('campaign-muong-te', [newEvent(4, { type: 'ParticipantsCounted', data: { count: 40, unit: 'attendance' } } as LatestEvent)]));
    expect(again.positions).toEqual([4]);
    expect((await right(stored.readAll())).length).toBe(4);
  });

  it('writes and reads batches in the latest version', async () => {
    const { store } = await afterUpgrade();
    const batch = store.appendBatch;
    expect(batch).toBeDefined();
    if (batch === undefined) return;
    const results = await right(
      batch([
        { stream: 'campaign-muong-te', events: [newEvent(5, { type: 'ParticipantsCounted', data: { count: 5, unit: 'person' } } as LatestEvent)] },
        { stream: 'campaign-sin-ho', events: [newEvent(6, { type: 'Noted', data: { text: 'ok' } } as LatestEvent)] },
      ]),
    );
    expect(results.map((r) => r.envelopes.map((e) => e.event.type))).toEqual([['ParticipantsCounted'], ['Noted']]);
    expect(results[0]?.envelopes[0]?.storedEvent?.type).toBe('ParticipantsCounted@2');
  });

  it('delivers history and live events to a subscriber in the latest version', async () => {
    const { store } = await afterUpgrade();
    const seen: EventEnvelope<LatestEvent>[] = [];
    let caughtUp = false;
    const subscription = store.subscribe({ onEvent: (e) => void seen.push(e), onCaughtUp: () => (caughtUp = true) });
    await expect.poll(() => caughtUp).toBe(true);
    await right(store.append('campaign-muong-te', [newEvent(4, { type: 'ParticipantsCounted', data: { count: 4, unit: 'person' } } as LatestEvent)]));
    await expect.poll(() => seen.length).toBe(4);
    await subscription.close();
    expect(seen.map((e) => e.event.type)).toEqual(['ParticipantsCounted', 'Noted', 'ParticipantsCounted', 'ParticipantsCounted']);
    expect(seen.every((e) => e.event.type !== 'ParticipantsCounted' || typeof e.event.data.unit === 'string')).toBe(true);
  });

  it('reads a version this release does not know as CorruptEvent naming the versions it knows, on reads and to a subscriber, delivering nothing after it', async () => {
    const storage = makeInMemoryStorage<StoredEventShape>();
    const newer = makeInMemoryEventStore<StoredEventShape>({ storage });
    await right(
      newer.append('campaign-muong-te', [
        newEvent(1, { type: 'ParticipantsCounted', data: { count: 1 } }),
        newEvent(2, { type: 'ParticipantsCounted@3', data: { amount: { value: 2 } } }),
        newEvent(3, { type: 'Noted', data: { text: 'after' } }),
      ]),
    );
    const store = versionedEventStore(makeInMemoryEventStore<StoredEventShape>({ storage }), versioning);
    const error = await left(store.readAll());
    expect(error).toMatchObject({ _tag: 'CorruptEvent', globalPosition: 2 });
    const reason = error._tag === 'CorruptEvent' && typeof error.reason !== 'string' ? error.reason.message : '';
    expect(reason).toContain('ParticipantsCounted, ParticipantsCounted@2');
    expect(reason).toContain('newer release');
    const seen: string[] = [];
    const errors: StoreError[] = [];
    const subscription = store.subscribe({ onEvent: (e) => void seen.push(e.eventId), onError: (e) => void errors.push(e as StoreError) });
    await expect.poll(() => errors.length).toBe(1);
    await subscription.close();
    expect(seen).toEqual([uuid(1)]);
    expect(errors[0]).toMatchObject({ _tag: 'CorruptEvent', globalPosition: 2 });
  });

  it('the stored codec takes every known version as written and refuses a payload its version refuses, naming the path', () => {
    const { storedCodec } = versioning;
    expect(storedCodec.decode({ type: 'ParticipantsCounted', data: { count: 1 } })).toEqual(E.right({ type: 'ParticipantsCounted', data: { count: 1 } }));
    expect(storedCodec.decode({ type: 'ParticipantsCounted@2', data: { count: 1, unit: 'person' } })).toEqual(E.right({ type: 'ParticipantsCounted@2', data: { count: 1, unit: 'person' } }));
    expect(E.isLeft(storedCodec.decode({ type: 'ParticipantsCounted@2', data: { count: 1 } }))).toBe(true);
    expect(E.isLeft(storedCodec.decode({ type: 'ParticipantsCounted@3', data: {} }))).toBe(true);
    expect(E.isLeft(storedCodec.decode({ type: 'Unknown', data: {} }))).toBe(true);
    expect(storedCodec.is({ type: 'Noted', data: { text: 'x' } })).toBe(true);
  });

  it('refuses an append the stored codec refuses, writing nothing', async () => {
    const { stored, store } = await afterUpgrade();
    const error = await left(store.append('campaign-muong-te', [newEvent(7, { type: 'ParticipantsCounted', data: { count: 3 } } as unknown as LatestEvent)]));
    expect(error).toMatchObject({ _tag: 'InvalidEvent', index: 0, eventId: uuid(7) });
    expect((await right(stored.readAll())).length).toBe(3);
  });

  it('refuses two chains for one type', () => {
    expect(() => eventVersioning(LatestEvent, [participantsCounted, participantsCounted])).toThrow(/two chains for the event type ParticipantsCounted/);
  });
});
