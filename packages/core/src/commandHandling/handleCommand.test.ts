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
import { describeHandleCommandError, handleCommand, isHandleCommandError, type HandleCommandError } from './handleCommand';

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
    expect(await right(handle({ type: 'Touch' }))).toEqual({ events: [], nextExpectedRevision: -1, state: { names: [] } });
    await right(handle(register('an')));
    expect(await right(handle({ type: 'Touch' }))).toEqual({ events: [], nextExpectedRevision: 0, state: { names: ['an'] } });
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
    expect(await left(handle(register('an'), { on: conflicting }))).toMatchObject({ _tag: 'RetriesExhausted', attempts: 4 });
    expect(appends).toBe(4);

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
