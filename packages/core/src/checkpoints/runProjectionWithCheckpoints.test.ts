import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import type { Projection } from '../projections/projection';
import type { EventStore, ReadAllOptions } from '../store/eventStore';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import type { StoreError } from '../store/storeError';
import { makeInMemoryCheckpointStore } from './inMemoryCheckpointStore';
import type { ProjectionCheckpoint, ProjectionCheckpointStore } from './projectionCheckpointStore';
import { runProjectionWithCheckpoints, type CheckpointedProjection } from './runProjectionWithCheckpoints';

const Counted = t.type({ type: t.literal('Counted'), data: t.type({ n: t.number }) });
type Counted = t.TypeOf<typeof Counted>;

/** A sum, and every n in order: an order-sensitive state, so a replay that skips or repeats shows. */
interface Tally {
  readonly sum: number;
  readonly seen: ReadonlyArray<number>;
}
const Tally = t.type({ sum: t.number, seen: t.array(t.number) });

const tally: Projection<Counted, Tally> = {
  init: () => ({ sum: 0, seen: [] }),
  evolve: (state, envelope) => ({ sum: state.sum + envelope.event.data.n, seen: [...state.seen, envelope.event.data.n] }),
};

const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const storeWith = async (ns: ReadonlyArray<number>): Promise<EventStore<Counted>> => {
  const store = makeInMemoryEventStore({ codec: Counted });
  await appendTo(store, ns);
  return store;
};

const appendTo = async (store: EventStore<Counted>, ns: ReadonlyArray<number>): Promise<void> => {
  for (const n of ns) {
    const result = await store.append(n % 2 === 0 ? 'even' : 'odd', [{ id: uuid(n), event: { type: 'Counted', data: { n } }, domainDate: null }])();
    expect(E.isRight(result)).toBe(true);
  }
};

const range = (from: number, to: number): ReadonlyArray<number> => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const unavailable: StoreError = { _tag: 'StoreUnavailable', message: 'the connection dropped' };

/** The store, answering its first `pages` reads and failing every read after them. */
const failingAfter = (store: EventStore<Counted>, pages: number): Pick<EventStore<Counted>, 'readAll'> & { readonly reads: ReadAllOptions[] } => {
  const reads: ReadAllOptions[] = [];
  return {
    reads,
    readAll: (options = {}) => {
      reads.push(options);
      return reads.length > pages ? () => Promise.resolve(E.left(unavailable)) : store.readAll(options);
    },
  };
};

/** A checkpoint store that records every save it was asked for. */
const recording = (inner: ProjectionCheckpointStore = makeInMemoryCheckpointStore()) => {
  const saves: Array<{ readonly position: number; readonly state: Tally }> = [];
  const checkpoints: ProjectionCheckpointStore = {
    load: inner.load,
    save: (name, position, stateJson) => {
      saves.push({ position, state: JSON.parse(stateJson) as Tally });
      return inner.save(name, position, stateJson);
    },
  };
  return { checkpoints, saves };
};

const settings = (store: Pick<EventStore<Counted>, 'readAll'>, checkpoints: ProjectionCheckpointStore, batchSize = 3): CheckpointedProjection<Counted, Tally> => ({
  store,
  checkpoints,
  name: 'tally',
  projection: tally,
  encode: (state) => state,
  decode: (json) => (Tally.is(json) ? E.right(json) : E.left('not a tally')),
  batchSize,
});

describe('runProjectionWithCheckpoints', () => {
  it('folds the whole log in batches and saves the state at the end of every batch', async () => {
    const store = await storeWith(range(1, 10));
    const { checkpoints, saves } = recording();
    const run = await runProjectionWithCheckpoints(settings(store, checkpoints))();
    expect(run).toEqual(E.right({ state: { sum: 55, seen: range(1, 10) }, position: 10, resumedFrom: 0, eventsFolded: 10 }));
    expect(saves).toEqual([
      { position: 3, state: { sum: 6, seen: [1, 2, 3] } },
      { position: 6, state: { sum: 21, seen: range(1, 6) } },
      { position: 9, state: { sum: 45, seen: range(1, 9) } },
      { position: 10, state: { sum: 55, seen: range(1, 10) } },
    ]);
  });

  it('a run interrupted after two pages resumes from its last checkpoint and ends with the state of one uninterrupted run', async () => {
    const store = await storeWith(range(1, 10));
    const uninterrupted = await runProjectionWithCheckpoints(settings(store, makeInMemoryCheckpointStore()))();

    const entries = new Map<string, ProjectionCheckpoint>();
    const flaky = failingAfter(store, 2);
    const first = await runProjectionWithCheckpoints(settings(flaky, makeInMemoryCheckpointStore(entries)))();
    expect(first).toEqual(E.left(unavailable));
    expect(entries.get('tally')).toEqual({ position: 6, stateJson: JSON.stringify({ sum: 21, seen: range(1, 6) }) });

    const reads = failingAfter(store, Number.POSITIVE_INFINITY);
    const second = await runProjectionWithCheckpoints(settings(reads, makeInMemoryCheckpointStore(entries)))();
    expect(second).toEqual(E.right({ state: { sum: 55, seen: range(1, 10) }, position: 10, resumedFrom: 6, eventsFolded: 4 }));
    expect(reads.reads[0], 'the second run reads only after its checkpoint').toEqual({ fromPosition: 7, limit: 3 });
    expect(E.isRight(second) && E.isRight(uninterrupted) ? second.right.state : null).toEqual(E.isRight(uninterrupted) ? uninterrupted.right.state : undefined);
  });

  it('a later run folds only the events appended since, and a run with nothing new saves nothing', async () => {
    const store = await storeWith(range(1, 4));
    const entries = new Map<string, ProjectionCheckpoint>();
    await runProjectionWithCheckpoints(settings(store, makeInMemoryCheckpointStore(entries)))();
    await appendTo(store, [5, 6]);
    const { checkpoints, saves } = recording(makeInMemoryCheckpointStore(entries));
    expect(await runProjectionWithCheckpoints(settings(store, checkpoints))()).toEqual(
      E.right({ state: { sum: 21, seen: range(1, 6) }, position: 6, resumedFrom: 4, eventsFolded: 2 }),
    );
    expect(saves.map((s) => s.position)).toEqual([6]);
    const again = recording(makeInMemoryCheckpointStore(entries));
    expect(await runProjectionWithCheckpoints(settings(store, again.checkpoints))()).toEqual(
      E.right({ state: { sum: 21, seen: range(1, 6) }, position: 6, resumedFrom: 6, eventsFolded: 0 }),
    );
    expect(again.saves).toEqual([]);
  });

  it('an empty log gives the initial state at position 0 and saves nothing', async () => {
    const { checkpoints, saves } = recording();
    expect(await runProjectionWithCheckpoints(settings(await storeWith([]), checkpoints))()).toEqual(
      E.right({ state: { sum: 0, seen: [] }, position: 0, resumedFrom: 0, eventsFolded: 0 }),
    );
    expect(saves).toEqual([]);
  });

  it('a batch of exactly the rest of the log ends with one more, empty, read', async () => {
    const store = failingAfter(await storeWith(range(1, 6)), Number.POSITIVE_INFINITY);
    const run = await runProjectionWithCheckpoints(settings(store, makeInMemoryCheckpointStore()))();
    expect(E.isRight(run) ? run.right.position : null).toBe(6);
    expect(store.reads).toEqual([
      { fromPosition: 1, limit: 3 },
      { fromPosition: 4, limit: 3 },
      { fromPosition: 7, limit: 3 },
    ]);
  });

  it('a checkpoint whose state is not JSON, or that decode refuses, is a CorruptCheckpoint', async () => {
    const store = await storeWith(range(1, 3));
    const notJson = new Map([['tally', { position: 2, stateJson: '{"sum": 3,' }]]);
    const first = await runProjectionWithCheckpoints(settings(store, makeInMemoryCheckpointStore(notJson)))();
    expect(first).toMatchObject(E.left({ _tag: 'CorruptCheckpoint', name: 'tally', position: 2 }));
    expect(E.isLeft(first) && first.left._tag === 'CorruptCheckpoint' ? first.left.reason : '').toMatch(/not JSON/);
    const refused = new Map([['tally', { position: 2, stateJson: '{"sum":"three"}' }]]);
    expect(await runProjectionWithCheckpoints(settings(store, makeInMemoryCheckpointStore(refused)))()).toEqual(
      E.left({ _tag: 'CorruptCheckpoint', name: 'tally', position: 2, reason: 'not a tally' }),
    );
  });

  it('an io-ts decode can be passed as is: its errors become an InvalidInput naming the path', async () => {
    const store = await storeWith(range(1, 3));
    const refused = new Map([['tally', { position: 2, stateJson: '{"sum":3,"seen":[1,"two"]}' }]]);
    const run = await runProjectionWithCheckpoints({ ...settings(store, makeInMemoryCheckpointStore(refused)), decode: Tally.decode })();
    expect(run).toMatchObject(E.left({ _tag: 'CorruptCheckpoint', name: 'tally', position: 2, reason: { _tag: 'InvalidInput', subject: 'the saved state' } }));
    expect(E.isLeft(run) && run.left._tag === 'CorruptCheckpoint' && typeof run.left.reason !== 'string' ? run.left.reason.message : '').toMatch(/seen\.1/);
  });

  it('a failing save stops the run with its error and leaves the previous checkpoint', async () => {
    const store = await storeWith(range(1, 9));
    const entries = new Map<string, ProjectionCheckpoint>();
    const inner = makeInMemoryCheckpointStore(entries);
    let saves = 0;
    const checkpoints: ProjectionCheckpointStore = {
      load: inner.load,
      save: (name, position, stateJson) => (++saves === 2 ? () => Promise.resolve(E.left(unavailable)) : inner.save(name, position, stateJson)),
    };
    expect(await runProjectionWithCheckpoints(settings(store, checkpoints))()).toEqual(E.left(unavailable));
    expect(entries.get('tally')?.position).toBe(3);
    const loaded = await inner.load('tally')();
    expect(E.isRight(loaded) && O.isSome(loaded.right) ? JSON.parse(loaded.right.value.stateJson) : null).toEqual({ sum: 6, seen: [1, 2, 3] });
  });

  it('a load that fails stops the run before any read', async () => {
    const store = failingAfter(await storeWith(range(1, 3)), Number.POSITIVE_INFINITY);
    const checkpoints: ProjectionCheckpointStore = { ...makeInMemoryCheckpointStore(), load: () => () => Promise.resolve(E.left(unavailable)) };
    expect(await runProjectionWithCheckpoints(settings(store, checkpoints))()).toEqual(E.left(unavailable));
    expect(store.reads).toEqual([]);
  });

  it('an empty name or a batch size that is not a positive integer is a RangeError', async () => {
    const store = await storeWith([]);
    expect(() => runProjectionWithCheckpoints({ ...settings(store, makeInMemoryCheckpointStore()), name: '' })).toThrow(RangeError);
    expect(() => runProjectionWithCheckpoints(settings(store, makeInMemoryCheckpointStore(), 0))).toThrow(RangeError);
    expect(() => runProjectionWithCheckpoints(settings(store, makeInMemoryCheckpointStore(), 2.5))).toThrow(RangeError);
  });
});
