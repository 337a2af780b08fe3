import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import type { Decider } from '../decider/decider';
import type { DomainError } from '../errors/domainError';
import type { EventEnvelope } from '../store/eventEnvelope';
import type { EventStore } from '../store/eventStore';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import type { StoreError } from '../store/storeError';
import {
  commandEventId,
  DEFAULT_MAX_RETRIES,
  describeHandleCommandError,
  handleCommand,
  isHandleCommandError,
  type HandleCommandError,
} from './handleCommand';

// A tiny registration decider: names are registered once, in the order they arrive.
const RegistrationCommand = t.union([
  t.type({ type: t.literal('Register'), data: t.type({ names: t.array(t.string), on: t.string }) }),
  t.type({ type: t.literal('Touch') }),
]);
type RegistrationCommand = t.TypeOf<typeof RegistrationCommand>;
type Registered = { readonly type: 'Registered'; readonly data: { readonly name: string; readonly on: string } };
type Registrations = { readonly names: ReadonlyArray<string> };
type AlreadyRegistered = { readonly _tag: 'AlreadyRegistered'; readonly name: string };

const registration: Decider<RegistrationCommand, Registered, Registrations, AlreadyRegistered> = {
  initialState: () => ({ names: [] }),
  evolve: (state, event) => ({ names: [...state.names, event.data.name] }),
  decide: (command, state) => {
    switch (command.type) {
      case 'Register': {
        const taken = command.data.names.find((name) => state.names.includes(name));
        if (taken !== undefined) return E.left({ _tag: 'AlreadyRegistered', name: taken });
        return E.right(command.data.names.map((name) => ({ type: 'Registered' as const, data: { name, on: command.data.on } })));
      }
      case 'Touch':
        return E.right([]);
    }
  },
};

const register = (...names: string[]): RegistrationCommand => ({ type: 'Register', data: { names, on: '2010-08-10' } });

const sequentialIds = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

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

// A store in which another writer registers `name` right after the first load, and never again.
const writerAfterFirstLoad = (store: EventStore<Registered>, name: string): EventStore<Registered> => {
  let loads = 0;
  const racer: Registered = { type: 'Registered', data: { name, on: '2010-09-01' } };
  return {
    ...store,
    readStream: (stream, options) =>
      pipe(
        store.readStream(stream, options),
        TE.chainFirst(() => {
          loads += 1;
          if (loads > 1) return TE.right(undefined);
          return pipe(
            store.append(stream, [{ id: '10000000-0000-4000-8000-000000000001', event: racer, domainDate: null }]),
            TE.map(() => undefined),
          );
        }),
      ),
  };
};

const names = (envelopes: ReadonlyArray<EventEnvelope<Registered>>) => envelopes.map((e) => e.event.data.name);

// Retries wait no time in these tests: the back-off has tests of its own.
const noWait = { sleep: () => Promise.resolve() };

const setup = () => {
  const store = makeInMemoryEventStore<Registered>({ clock: () => new Date('2024-01-02T03:04:05Z') });
  const handle = (command: unknown, extra: { maxRetries?: number; on?: EventStore<Registered> } = {}) =>
    handleCommand({
      store: extra.on ?? store,
      decider: registration,
      stream: 'registrations',
      command,
      commandCodec: RegistrationCommand,
      domainDateOf: (event) => event.data.on,
      newId: ids,
      backoff: noWait,
      ...(extra.maxRetries === undefined ? {} : { maxRetries: extra.maxRetries }),
    });
  const ids = sequentialIds();
  return { store, handle };
};

describe('handleCommand', () => {
  it('decides on the stored state, appends the new events and returns their envelopes and the new state', async () => {
    const { store } = setup();
    const first = await right(
      handleCommand({
        store,
        decider: registration,
        stream: 'registrations',
        command: register('an', 'binh'),
        domainDateOf: (event) => event.data.on,
        newId: sequentialIds(),
        metadata: { recordedBy: 'cli' },
      }),
    );
    expect(first.outcome).toBe('Recorded');
    expect(first.nextExpectedRevision).toBe(1);
    expect(first.state).toEqual({ names: ['an', 'binh'] });
    expect(first.events).toEqual([
      {
        eventId: '00000000-0000-4000-8000-000000000001',
        stream: 'registrations',
        streamRevision: 0,
        globalPosition: 1,
        recordedAt: '2024-01-02T03:04:05.000Z',
        domainDate: '2010-08-10',
        event: { type: 'Registered', data: { name: 'an', on: '2010-08-10' } },
        metadata: { recordedBy: 'cli' },
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        previousStreamHash: '0'.repeat(64),
        previousGlobalHash: '0'.repeat(64),
      },
      expect.objectContaining({ streamRevision: 1, globalPosition: 2, event: { type: 'Registered', data: { name: 'binh', on: '2010-08-10' } } }),
    ]);

    const second = await right(handleCommand({ store, decider: registration, stream: 'registrations', command: register('chi') }));
    expect(second.nextExpectedRevision).toBe(2);
    expect(second.state).toEqual({ names: ['an', 'binh', 'chi'] });
    expect(second.events).toHaveLength(1);
    expect(second.events[0]).toMatchObject({ streamRevision: 2, domainDate: null, metadata: {} });
    expect(second.events[0]?.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(names(await right(store.readStream('registrations')))).toEqual(['an', 'binh', 'chi']);
  });

  it("returns the decider's refusal as Left Rejected and appends nothing", async () => {
    const { store, handle } = setup();
    await right(handle(register('an')));
    expect(await left(handle(register('binh', 'an')))).toEqual({ _tag: 'Rejected', error: { _tag: 'AlreadyRegistered', name: 'an' } });
    expect(names(await right(store.readAll()))).toEqual(['an']);
  });

  it('returns an invalid command as InvalidInput naming the path, and appends nothing', async () => {
    const { store, handle } = setup();
    const error = await left(handle({ type: 'Register', data: { names: ['an', 7], on: '2010-08-10' } }));
    expect(error).toMatchObject({ _tag: 'InvalidInput', subject: 'command' });
    expect(error._tag === 'InvalidInput' && error.problems.map((p) => p.path)).toEqual(['data.names.1']);
    expect(await right(store.readAll())).toEqual([]);
  });

  it('appends nothing when the decider decides nothing', async () => {
    const { store, handle } = setup();
    expect(await right(handle({ type: 'Touch' }))).toEqual({ outcome: 'Recorded', events: [], nextExpectedRevision: -1, state: { names: [] } });
    await right(handle(register('an')));
    expect(await right(handle({ type: 'Touch' }))).toEqual({ outcome: 'Recorded', events: [], nextExpectedRevision: 0, state: { names: ['an'] } });
    expect(names(await right(store.readAll()))).toEqual(['an']);
  });

  it('appends at the revision it read: no-stream first, then the last revision', async () => {
    const { store, handle } = setup();
    const expectations: unknown[] = [];
    const spy: EventStore<Registered> = {
      ...store,
      append: (stream, events, options) => {
        expectations.push(options?.expectedRevision);
        return store.append(stream, events, options);
      },
    };
    await right(handle(register('an'), { on: spy }));
    await right(handle(register('binh', 'chi'), { on: spy }));
    await right(handle(register('dung'), { on: spy }));
    expect(expectations).toEqual(['no-stream', 0, 2]);
  });

  it('reloads and decides again on fresh state when another writer appends between load and append', async () => {
    const { store, handle } = setup();
    await right(handle(register('an')));
    // Another writer slips in right after the first load only.
    const racing = writerAfterFirstLoad(store, 'binh');
    const result = await right(handle(register('chi'), { on: racing }));
    expect(result.state).toEqual({ names: ['an', 'binh', 'chi'] });
    expect(result.nextExpectedRevision).toBe(2);
    expect(result.events.map((e) => e.streamRevision)).toEqual([2]);
    expect(names(await right(store.readStream('registrations')))).toEqual(['an', 'binh', 'chi']);
  });

  it('applies the rules to the fresh state on a retry, so a conflicting writer can turn success into a refusal', async () => {
    const { store, handle } = setup();
    const racing = writerAfterFirstLoad(store, 'an');
    expect(await left(handle(register('an'), { on: racing }))).toEqual({ _tag: 'Rejected', error: { _tag: 'AlreadyRegistered', name: 'an' } });
    expect(names(await right(store.readAll()))).toEqual(['an']);
  });

  it('gives up with RetriesExhausted after maxRetries + 1 attempts of a persistent conflict', async () => {
    const { store, handle } = setup();
    let appends = 0;
    const conflicting: EventStore<Registered> = {
      ...store,
      append: (stream, _events, options) => {
        appends += 1;
        return TE.left({ _tag: 'WrongExpectedRevision', stream, expected: options?.expectedRevision ?? 'any', actual: 41 });
      },
    };
    expect(await left(handle(register('an'), { on: conflicting, maxRetries: 2 }))).toEqual({
      _tag: 'RetriesExhausted',
      stream: 'registrations',
      attempts: 3,
    });
    expect(appends).toBe(3);

    appends = 0;
    expect(await left(handle(register('an'), { on: conflicting }))).toMatchObject({ _tag: 'RetriesExhausted', attempts: DEFAULT_MAX_RETRIES + 1 });
    expect(appends).toBe(DEFAULT_MAX_RETRIES + 1);

    appends = 0;
    expect(await left(handle(register('an'), { on: conflicting, maxRetries: 0 }))).toMatchObject({ attempts: 1 });
    expect(appends).toBe(1);
    expect(await right(store.readAll())).toEqual([]);
  });

  it('does not retry on other store errors', async () => {
    const { store, handle } = setup();
    let appends = 0;
    const down: EventStore<Registered> = {
      ...store,
      append: () => {
        appends += 1;
        return TE.left({ _tag: 'StoreUnavailable', message: 'disk full' });
      },
    };
    expect(await left(handle(register('an'), { on: down }))).toEqual({ _tag: 'StoreUnavailable', message: 'disk full' });
    expect(appends).toBe(1);
  });

  it('throws a RangeError on a maxRetries that is no count', () => {
    const { handle } = setup();
    expect(() => handle(register('an'), { maxRetries: -1 })).toThrow(RangeError);
    expect(() => handle(register('an'), { maxRetries: 1.5 })).toThrow(RangeError);
  });
});

// Every append is refused as if another writer had just moved the stream.
const alwaysMoved = (store: EventStore<Registered>): EventStore<Registered> => ({
  ...store,
  append: (stream, _events, options) => TE.left({ _tag: 'WrongExpectedRevision', stream, expected: options?.expectedRevision ?? 'any', actual: 41 }),
});

describe('handleCommand: back-off between retries', () => {
  const handleWith = (store: EventStore<Registered>, backoff: Parameters<typeof handleCommand>[0]['backoff'], maxRetries = 9) =>
    handleCommand({ store, decider: registration, stream: 'registrations', command: register('an'), maxRetries, ...(backoff === undefined ? {} : { backoff }) });

  it('waits before each retry up to a bound that doubles from 2 ms and stops at 200 ms, drawn at random below it (full jitter)', async () => {
    const waits: number[] = [];
    const sleep = (ms: number) => {
      waits.push(ms);
      return Promise.resolve();
    };
    const store = alwaysMoved(makeInMemoryEventStore<Registered>());
    expect(await left(handleWith(store, { sleep, random: () => 0.999 }))).toMatchObject({ _tag: 'RetriesExhausted', attempts: 10 });
    // One wait before each of the 9 retries, none after the last attempt.
    expect(waits).toEqual([1, 3, 7, 15, 31, 63, 127, 199, 199]);
    waits.length = 0;
    await left(handleWith(store, { sleep, random: () => 0 }));
    expect(waits).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    waits.length = 0;
    await left(handleWith(store, { sleep, random: () => 0.5, baseDelayMs: 10, maxDelayMs: 1_000 }, 4));
    expect(waits).toEqual([5, 10, 20, 40]);
  });

  it('waits for real by default, and never when nothing conflicts', async () => {
    const store = makeInMemoryEventStore<Registered>();
    const started = performance.now();
    await left(handleWith(alwaysMoved(store), { random: () => 0.999, baseDelayMs: 20, maxDelayMs: 20 }, 2));
    // Two waits of 19 ms each: a lower bound only, never an upper one (timings are not asserted).
    expect(performance.now() - started).toBeGreaterThanOrEqual(30);
    let slept = 0;
    await right(handleWith(store, { sleep: () => ((slept += 1), Promise.resolve()) }));
    expect(slept).toBe(0);
  });

  it('throws a RangeError on a delay that is no duration', () => {
    const store = makeInMemoryEventStore<Registered>();
    expect(() => handleWith(store, { baseDelayMs: -1 })).toThrow(/backoff\.baseDelayMs must be a number >= 0, got -1/);
    expect(() => handleWith(store, { maxDelayMs: Number.NaN })).toThrow(/backoff\.maxDelayMs/);
  });
});

describe('handleCommand: a command sent again with its commandId', () => {
  const COMMAND_ID = '6f1d3c2a-9b7e-4c1d-8e2f-3a4b5c6d7e8f';
  const handleOnce = (store: EventStore<Registered>, command: RegistrationCommand, decider: Decider<RegistrationCommand, Registered, Registrations, AlreadyRegistered> = registration) =>
    handleCommand({ store, decider, stream: 'registrations', command, commandId: COMMAND_ID, backoff: noWait });
  // An append that lands, and whose answer is lost on the way back.
  const lostAnswer = (store: EventStore<Registered>): EventStore<Registered> => ({
    ...store,
    append: (stream, events, options) =>
      pipe(
        store.append(stream, events, options),
        TE.chain(() => TE.left<StoreError>({ _tag: 'StoreUnavailable', message: 'connection reset after commit' })),
      ),
  });

  it('derives the ids of its events from the command id: UUID v5 of each index, in its namespace', async () => {
    const store = makeInMemoryEventStore<Registered>();
    const result = await right(handleOnce(store, register('an', 'binh')));
    expect(result.events.map((e) => e.eventId)).toEqual([commandEventId(COMMAND_ID, 0), commandEventId(COMMAND_ID, 1)]);
    expect(commandEventId(COMMAND_ID, 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(commandEventId(COMMAND_ID.toUpperCase(), 1)).toBe(commandEventId(COMMAND_ID, 1));
    expect(commandEventId(COMMAND_ID, 0)).not.toBe(commandEventId('6f1d3c2a-9b7e-4c1d-8e2f-3a4b5c6d7e80', 0));
  });

  it("answers AlreadyRecorded with the stored events, not the decider's refusal, when an attempt whose answer was lost had landed", async () => {
    const store = makeInMemoryEventStore<Registered>();
    expect(await left(handleOnce(lostAnswer(store), register('an', 'binh')))).toMatchObject({ _tag: 'StoreUnavailable' });
    const stored = await right(store.readAll());
    expect(names(stored)).toEqual(['an', 'binh']);
    // Another writer appends in between: the stream has moved on.
    await right(handleCommand({ store, decider: registration, stream: 'registrations', command: register('chi') }));
    const again = await right(handleOnce(store, register('an', 'binh')));
    expect(again).toEqual({ outcome: 'AlreadyRecorded', events: stored, nextExpectedRevision: 2, state: { names: ['an', 'binh', 'chi'] } });
    expect(names(await right(store.readAll()))).toEqual(['an', 'binh', 'chi']);
  });

  it('answers AlreadyRecorded through the store when the decider would accept the command twice, and appends nothing', async () => {
    const lenient: Decider<RegistrationCommand, Registered, Registrations, AlreadyRegistered> = {
      ...registration,
      decide: (command) => (command.type === 'Register' ? E.right(command.data.names.map((name) => ({ type: 'Registered' as const, data: { name, on: command.data.on } }))) : E.right([])),
    };
    const store = makeInMemoryEventStore<Registered>();
    await left(handleOnce(lostAnswer(store), register('an'), lenient));
    await right(handleCommand({ store, decider: lenient, stream: 'registrations', command: register('binh') }));
    const stored = await right(store.readStream('registrations', { limit: 1 }));
    const again = await right(handleOnce(store, register('an'), lenient));
    expect(again).toEqual({ outcome: 'AlreadyRecorded', events: stored, nextExpectedRevision: 1, state: { names: ['an', 'binh'] } });
    expect(names(await right(store.readAll()))).toEqual(['an', 'binh']);
  });

  it('still answers Rejected when the command never landed and the decider refuses it', async () => {
    const store = makeInMemoryEventStore<Registered>();
    await right(handleCommand({ store, decider: registration, stream: 'registrations', command: register('an') }));
    expect(await left(handleOnce(store, register('an')))).toEqual({ _tag: 'Rejected', error: { _tag: 'AlreadyRegistered', name: 'an' } });
  });

  it('throws a RangeError on a command id that is no UUID, or given with newId', () => {
    const store = makeInMemoryEventStore<Registered>();
    expect(() => handleCommand({ store, decider: registration, stream: 's', command: register('an'), commandId: 'retry-1' })).toThrow(/commandId must be a UUID, got "retry-1"/);
    expect(() => handleCommand({ store, decider: registration, stream: 's', command: register('an'), commandId: COMMAND_ID, newId: sequentialIds() })).toThrow(
      /give commandId or newId, not both/,
    );
  });
});

describe('describeHandleCommandError', () => {
  const storeError: StoreError = { _tag: 'WrongExpectedRevision', stream: 's', expected: 0, actual: 3 };

  it('describes every kind of failure in one line', async () => {
    const { handle } = setup();
    const invalid = await left(handle({ type: 'Register', data: { names: 'an', on: 1 } }));
    const described = describeHandleCommandError(invalid);
    expect(described).toBe('command is invalid: data.names: expected Array<string>, got "an"; data.on: expected string, got 1');
    expect(described).not.toContain('\n');
    expect(describeHandleCommandError<never>({ _tag: 'RetriesExhausted', stream: 's', attempts: 4 })).toBe(
      'stream s: gave up after 4 attempts, because other writers kept appending between load and append',
    );
    expect(describeHandleCommandError<never>(storeError)).toBe('stream s: expected revision 0, but the stream is at 3');
  });

  it('describes a rejection with describeDomainError, a given describer, or its tag', () => {
    const domain: HandleCommandError<DomainError> = { _tag: 'Rejected', error: { _tag: 'ClassNotHeld', classId: 'class:2010' } };
    expect(describeHandleCommandError(domain)).toBe('the command was rejected: classId: no class class:2010 was held');
    const own: HandleCommandError<AlreadyRegistered> = { _tag: 'Rejected', error: { _tag: 'AlreadyRegistered', name: 'an' } };
    expect(describeHandleCommandError(own, (e) => `${e.name} is already registered`)).toBe('the command was rejected: an is already registered');
    expect(describeHandleCommandError(own)).toBe('the command was rejected: AlreadyRegistered');
  });

  it('recognises handleCommand errors', () => {
    expect(isHandleCommandError(storeError)).toBe(true);
    expect(isHandleCommandError({ _tag: 'Rejected', error: 'x' })).toBe(true);
    expect(isHandleCommandError({ _tag: 'RetriesExhausted', stream: 's', attempts: 1 })).toBe(true);
    expect(isHandleCommandError({ _tag: 'Other' })).toBe(false);
    expect(isHandleCommandError(null)).toBe(false);
  });
});
