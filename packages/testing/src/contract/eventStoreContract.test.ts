import { makeInMemoryEventStore, type EventEnvelope, type EventStore, type StoreError } from '@campaign-ledger/core';
import { GENESIS_HASH, makeInMemoryStorage } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { describe, expect, it, vi } from 'vitest';
import type { ContractCheck } from './contractCheck';
import type { ContractEvent } from './contractEvent';
import { confirmUnsupported } from './describeEventStoreContract';
import { eventStoreContract } from './eventStoreContract';
import { runContractCheck } from './runContractCheck';
import type { StoreFactory, StoreFactoryOptions, StoreHarness, StoreTamper } from './storeHarness';

// The kit is only worth something if its checks fail on stores that break the contract. Each
// test below breaks one promise of the in-memory store and shows which check notices.

const checkNamed = (fragment: string): ContractCheck => {
  const found = eventStoreContract.filter((c) => c.name.includes(fragment));
  if (found.length !== 1) throw new Error(`expected one check named like "${fragment}", found ${found.length}`);
  return found[0] as ContractCheck;
};

const run = (fragment: string, factory: StoreFactory): Promise<void> => runContractCheck(checkNamed(fragment), factory, { deliveryTimeoutMs: 300 });

const inMemory: StoreFactory = ({ clock, codec }) => ({ store: makeInMemoryEventStore({ clock, codec }) });

/** The in-memory store with some of its functions replaced. */
const broken =
  (replace: (inner: EventStore<ContractEvent>) => Partial<EventStore<ContractEvent>>): StoreFactory =>
  (options: StoreFactoryOptions) => {
    const inner = makeInMemoryEventStore({ clock: options.clock, codec: options.codec });
    return { store: { ...inner, ...replace(inner) } };
  };

/**
 * The in-memory store over a storage the kit can tamper with. `tamperWorks: false` gives a tamper
 * that changes nothing; `decodesReads: false` a store that passes on whatever is stored.
 */
const tamperable =
  (
    settings: {
      readonly tamperWorks?: boolean;
      readonly decodesReads?: boolean;
      /** Replaces some functions of the store, as broken() does. */
      readonly wrap?: (inner: EventStore<ContractEvent>) => Partial<EventStore<ContractEvent>>;
    } = {},
  ): StoreFactory =>
  ({ clock, codec }): StoreHarness => {
    const { tamperWorks = true, decodesReads = true, wrap = () => ({}) } = settings;
    const storage = makeInMemoryStorage<ContractEvent>();
    const open = () => makeInMemoryEventStore({ clock, storage, ...(decodesReads ? { codec } : {}) });
    let current = open();
    const at = (position: number): number => storage.log.findIndex((e) => e.globalPosition === position);
    const edit = (change: () => void): void => {
      if (!tamperWorks) return;
      change();
      current = open();
    };
    const tamper: StoreTamper = {
      alterData: (position, data) =>
        edit(() => {
          const stored = storage.log[at(position)] as Envelope;
          storage.log[at(position)] = { ...stored, event: { ...stored.event, data } as ContractEvent };
        }),
      deleteEvent: (position) => edit(() => void storage.log.splice(at(position), 1)),
      writeRawData: (position, text) =>
        edit(() => {
          const stored = storage.log[at(position)] as Envelope;
          storage.log[at(position)] = { ...stored, event: { ...stored.event, data: new TextEncoder().encode(text) } as unknown as ContractEvent };
        }),
      swapEvents: (a, b) =>
        edit(() => {
          const [i, j] = [at(a), at(b)];
          const [first, second] = [storage.log[i] as Envelope, storage.log[j] as Envelope];
          storage.log[i] = { ...second, globalPosition: a };
          storage.log[j] = { ...first, globalPosition: b };
        }),
    };
    const store: EventStore<ContractEvent> = {
      append: (stream, events, options) => current.append(stream, events, options),
      appendBatch: (parts) => current.appendBatch(parts),
      readStream: (stream, options) => current.readStream(stream, options),
      readAll: (options) => current.readAll(options),
      subscribe: (options) => current.subscribe(options),
      close: () => current.close(),
    };
    return { store: { ...store, ...wrap(store) }, tamper };
  };

type Envelope = EventEnvelope<ContractEvent>;
type Read = TE.TaskEither<StoreError, ReadonlyArray<Envelope>>;

// Maps every envelope a read returns.
const mapRead =
  (read: Read, f: (e: Envelope) => Envelope): Read =>
  async () => {
    const result = await read();
    return E.isLeft(result) ? result : E.right(result.right.map(f));
  };

// Copies a JSON value by assigning keys, as the in-memory store once did: a `__proto__` key sets the copy's prototype instead.
const assigningCopy = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(assigningCopy);
  if (typeof u !== 'object' || u === null) return u;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(u)) copy[key] = assigningCopy(value);
  return copy;
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

describe('the contract checks pass on the in-memory store', () => {
  it.each(eventStoreContract.map((c) => [c.group, c.name, c] as const))('%s: %s', (_g, _n, check) =>
    runContractCheck(check, tamperable(), { deliveryTimeoutMs: 2000 }),
  );
});

describe('the contract checks fail on stores that break the contract', () => {
  it('expected revisions: a store that ignores them', async () => {
    const ignoring = broken((inner) => ({ append: (stream, events) => inner.append(stream, events) }));
    await expect(run("'no-stream' creates a stream", ignoring)).rejects.toThrow(/expected a StoreError/);
    await expect(run('an exact revision appends only', ignoring)).rejects.toThrow(/stale revision 0/);
    await expect(run('20 parallel appends at the same revision', ignoring)).rejects.toThrow(/exactly one append wins/);
  });

  it('batch appends: a store that appends the parts of a batch one after the other', async () => {
    const partByPart = broken((inner) => ({
      appendBatch: (parts) => async () => {
        const results = [];
        for (const part of parts) {
          const result = await inner.append(part.stream, part.events, part.expectedRevision === undefined ? {} : { expectedRevision: part.expectedRevision })();
          if (E.isLeft(result)) return result;
          results.push(result.right);
        }
        return E.right(results);
      },
    }));
    await expect(run('a part at a wrong expected revision refuses the whole batch', partByPart)).rejects.toThrow();
    await expect(run('an invalid event in the last part refuses the batch', partByPart)).rejects.toThrow();
    await expect(run('an id in two parts is a DuplicateEventId', partByPart)).rejects.toThrow();
    // What a batch does that appends one by one also do, it does alike.
    await run('parts on one stream are judged in order', partByPart);
  });

  it('atomicity: a store that appends a batch event by event', async () => {
    const oneByOne = broken((inner) => ({
      append: (stream, events, options) => async () => {
        const positions: number[] = [];
        const envelopes: Array<EventEnvelope<ContractEvent>> = [];
        let nextExpectedRevision = -1;
        for (const event of events) {
          const result = await inner.append(stream, [event], options)();
          if (E.isLeft(result)) return result;
          positions.push(...result.right.positions);
          envelopes.push(...result.right.envelopes);
          nextExpectedRevision = result.right.nextExpectedRevision;
        }
        return E.right({ nextExpectedRevision, positions, envelopes });
      },
    }));
    await expect(run('a batch with an event the codec refuses appends nothing', oneByOne)).rejects.toThrow();
  });

  it('the codec and the clock: a factory that does not pass them to the store', async () => {
    const withoutCodec: StoreFactory = ({ clock }) => ({ store: makeInMemoryEventStore({ clock }) });
    await expect(run('a batch with an event the codec refuses appends nothing', withoutCodec)).rejects.toThrow(/expected a StoreError/);
    const systemClock: StoreFactory = ({ codec }) => ({ store: makeInMemoryEventStore({ codec }) });
    await expect(run("recordedAt is the injected clock's time", systemClock)).rejects.toThrow();
    await expect(run('an envelope carries the id', systemClock)).rejects.toThrow(/to match object/);
  });

  it('idempotency: a store that refuses every known id', async () => {
    const strict = broken((inner) => ({
      append: (stream, events, options) => async () => {
        const log = await inner.readAll()();
        const known = new Set(E.isRight(log) ? log.right.map((e) => e.eventId) : []);
        const reused = events.find((e) => known.has(e.id.toLowerCase()));
        if (reused !== undefined) return E.left({ _tag: 'DuplicateEventId', eventId: reused.id, stream });
        return inner.append(stream, events, options)();
      },
    }));
    await expect(run('a re-append of the same ids and content', strict)).rejects.toThrow(/retry, same options/);
  });

  it('reads: a store that reads the log one way only, or answers an error for a missing stream', async () => {
    const forwardsOnly = broken((inner) => ({ readAll: (options) => inner.readAll({ ...options, direction: 'forwards' }) }));
    await expect(run('the whole log reads forwards and backwards', forwardsOnly)).rejects.toThrow();
    const missingIsError = broken((inner) => ({
      readStream: (stream, options) => async () => {
        const read = await inner.readStream(stream, options)();
        return E.isRight(read) && read.right.length === 0 ? E.left({ _tag: 'StreamDeleted', stream }) : read;
      },
    }));
    await expect(run('a missing stream reads as empty', missingIsError)).rejects.toThrow(/StreamDeleted/);
  });

  it('round trip: a store that normalises text', async () => {
    const normalising = broken((inner) => ({
      append: (stream, events, options) =>
        inner.append(
          stream,
          events.map((e) => (e.event.type === 'Noted' ? { ...e, event: JSON.parse(JSON.stringify(e.event).normalize('NFC')) as ContractEvent } : e)),
          options,
        ),
    }));
    await expect(run('come back exactly as given', normalising)).rejects.toThrow();
  });

  it('subscriptions: one that delivers twice, one that ignores its checkpoint, one that cannot be closed', async () => {
    const twice = broken((inner) => ({
      subscribe: (options) =>
        inner.subscribe({
          ...options,
          onEvent: async (e) => {
            await options.onEvent(e);
            await options.onEvent(e);
          },
        }),
    }));
    await expect(run('delivers the history, calls onCaughtUp once', twice)).rejects.toThrow();
    const fromStart = broken((inner) => ({ subscribe: (options) => inner.subscribe({ ...options, afterPosition: 0 }) }));
    await expect(run('resumes after a checkpoint', fromStart)).rejects.toThrow();
    const unclosable = broken((inner) => ({
      subscribe: (options) => {
        inner.subscribe(options);
        return { close: () => Promise.resolve() };
      },
    }));
    await expect(run('close() stops delivery', unclosable)).rejects.toThrow();
  });

  it('closing: a store that keeps working after close()', async () => {
    const immortal = broken(() => ({ close: () => Promise.resolve() }));
    await expect(run('close() stops every subscription', immortal)).rejects.toThrow(/append after close/);
  });

  it('the global order: a store whose appends become visible out of position order (late commits)', async () => {
    await expect(run('a reader polling readAll from its last position', () => ({ store: makeLateCommitStore() }))).rejects.toThrow(
      /every event exactly once/,
    );
  });
});

describe('the checks of names, JSON values, limits and the clock fail on stores that break them', () => {
  it('names: a store that writes a lone surrogate as U+FFFD, as SQLite did; one whose names are shorter', async () => {
    const lossy = broken((inner) => ({
      append: (stream, events, options) => inner.append(stream.replace(LONE_SURROGATE, '\ufffd'), events, options),
      readStream: (stream, options) => inner.readStream(stream.replace(LONE_SURROGATE, '\ufffd'), options),
    }));
    await expect(run('with a lone high surrogate', lossy)).rejects.toThrow(/an append to it: expected a StoreError/);
    const short = broken((inner) => ({
      append: (stream, events, options) =>
        stream.length > 100 ? () => Promise.resolve(E.left({ _tag: 'InvalidStreamName', stream, reason: 'too long here' })) : inner.append(stream, events, options),
    }));
    await expect(run('a stream name of 256 bytes', short)).rejects.toThrow(/expected success, got InvalidStreamName/);
  });

  it('JSON values: a store that loses __proto__ keys; one that overflows the stack on deep data; one with a smaller payload limit', async () => {
    const assigning = broken((inner) => ({
      readStream: (stream, options) => mapRead(inner.readStream(stream, options), (e) => ({ ...e, event: assigningCopy(e.event) as ContractEvent })),
    }));
    await expect(run('__proto__, constructor and prototype keys', assigning)).rejects.toThrow(/comes back as the JSON value given/);
    const recursive = broken((inner) => ({
      append: (stream, events, options) => async () => inner.append(stream, events.map(assigningCopy) as typeof events, options)(),
    }));
    await expect(run('one level more, or thousands', recursive)).rejects.toThrow(/call stack/);
    const smaller = broken((inner) => ({
      append: (stream, events, options) =>
        JSON.stringify(events).length > 100_000
          ? () => Promise.resolve(E.left({ _tag: 'InvalidEvent', index: 0, eventId: events[0]?.id ?? '', reason: 'too big here' }))
          : inner.append(stream, events, options),
    }));
    await expect(run('a payload of', smaller)).rejects.toThrow(/a payload at the limit: expected success/);
  });

  it('the clock: a store that stamps what its clock says, even when the clock stepped back', async () => {
    const stamping: StoreFactory = ({ clock, codec }) => {
      const inner = makeInMemoryEventStore({ clock, codec });
      const stamped = new Map<string, string>();
      const restamp = (read: Read): Read => mapRead(read, (e) => ({ ...e, recordedAt: stamped.get(e.eventId) ?? e.recordedAt }));
      return {
        store: {
          ...inner,
          append: (stream, events, options) => async () => {
            const now = clock().toISOString();
            const result = await inner.append(stream, events, options)();
            for (const e of events) if (!stamped.has(e.id.toLowerCase())) stamped.set(e.id.toLowerCase(), now);
            return result;
          },
          readAll: (options) => restamp(inner.readAll(options)),
          readStream: (stream, options) => restamp(inner.readStream(stream, options)),
        },
      };
    };
    await expect(run('a clock that steps back', stamping)).rejects.toThrow(/to deeply equal/);
  });
});

describe('the checks that need tamper fail when tampering goes unnoticed', () => {
  it('a stored row that no longer parses: a store that answers an append of its id otherwise than its reads, as SQLite did', async () => {
    const duplicating = tamperable({
      wrap: (inner) => ({
        append: (stream, events, options) => async () => {
          const result = await inner.append(stream, events, options)();
          return E.isLeft(result) && result.left._tag === 'CorruptEvent' ? E.left({ _tag: 'DuplicateEventId', eventId: events[0]?.id ?? '', stream }) : result;
        },
      }),
    });
    await expect(run('a stored row whose data no longer parses', duplicating)).rejects.toThrow(/DuplicateEventId/);
  });

  it('corrupt data: a store that does not decode what it reads', async () => {
    await expect(run('a read that covers an event whose stored data no longer decodes', tamperable({ decodesReads: false }))).rejects.toThrow(
      /readAll: expected a StoreError/,
    );
    await expect(run('a subscription that reaches a corrupt event', tamperable({ decodesReads: false }))).rejects.toThrow(/onError/);
  });

  it('every tamper check fails when the tamper capability changes nothing', async () => {
    for (const check of eventStoreContract.filter((c) => c.needs === 'tamper' || c.needs === 'rawData')) {
      await expect(runContractCheck(check, tamperable({ tamperWorks: false }), { deliveryTimeoutMs: 300 }), check.name).rejects.toThrow();
    }
  });

  it('the hash chain: a store whose envelopes carry hashes that do not recompute', async () => {
    const badSeal = broken((inner) => ({
      readAll: (options) => async () => {
        const read = await inner.readAll(options)();
        return E.isLeft(read) ? read : E.right(read.right.map((e) => (e.globalPosition === 2 ? { ...e, hash: 'f'.repeat(64) } : e)));
      },
    }));
    await expect(run('every append seals its events with hashEvent', badSeal)).rejects.toThrow(/position 2 hashes, with hashEvent/);
  });
});

describe('capabilities', () => {
  const tamperChecks = eventStoreContract.filter((c) => c.needs === 'tamper');
  const rawDataChecks = eventStoreContract.filter((c) => c.needs === 'rawData');
  const withoutRawData: StoreFactory = (options) => ({
    ...inMemory(options),
    tamper: { alterData: () => undefined, deleteEvent: () => undefined, swapEvents: () => undefined },
  });

  it('a check that needs rawData fails, saying what to do, when the tamper has no writeRawData and nothing is declared', async () => {
    expect(rawDataChecks.length).toBeGreaterThan(0);
    for (const check of rawDataChecks) {
      await expect(runContractCheck(check, withoutRawData, { deliveryTimeoutMs: 300 })).rejects.toThrow(/unsupported: \{ rawData: 'why' \}/);
    }
    await expect(confirmUnsupported(withoutRawData, 'rawData', 'a jsonb column', rawDataChecks, false)).resolves.toContain('a jsonb column');
    await expect(confirmUnsupported(tamperable(), 'rawData', 'a jsonb column', rawDataChecks, false)).rejects.toThrow(/remove the declaration/);
  });

  it('a check that needs tamper fails, saying what to do, when the factory returns none and declares nothing', async () => {
    expect(tamperChecks.length).toBeGreaterThan(0);
    for (const check of tamperChecks) {
      await expect(runContractCheck(check, inMemory, { deliveryTimeoutMs: 300 })).rejects.toThrow(/unsupported: \{ tamper: 'why' \}/);
    }
  });

  it('a declared lack explains itself outside CI and fails in CI', async () => {
    const explanation = await confirmUnsupported(inMemory, 'tamper', 'the log is append-only', tamperChecks, false);
    expect(explanation).toContain('the log is append-only');
    expect(explanation).toContain(tamperChecks[0]?.name);
    await expect(confirmUnsupported(inMemory, 'tamper', 'the log is append-only', tamperChecks, true)).rejects.toThrow(/CI=true/);
  });

  it('a store without appendBatch fails the batch checks unless it declares so; declared, the checks do not apply, even in CI', async () => {
    const batchChecks = eventStoreContract.filter((c) => c.needs === 'batch');
    expect(batchChecks.length).toBeGreaterThan(0);
    const withoutBatch: StoreFactory = (options) => {
      const { appendBatch: _dropped, ...store } = makeInMemoryEventStore(options);
      return { store };
    };
    for (const check of batchChecks) {
      await expect(runContractCheck(check, withoutBatch, { deliveryTimeoutMs: 300 })).rejects.toThrow(/unsupported: \{ batch: 'why' \}/);
    }
    await expect(confirmUnsupported(withoutBatch, 'batch', 'one stream per append', batchChecks, false)).resolves.toContain('one stream per append');
    await expect(confirmUnsupported(inMemory, 'batch', 'one stream per append', batchChecks, false)).rejects.toThrow(/remove the declaration/);
  });

  it('a declared lack that is not true fails', async () => {
    const withTamper: StoreFactory = (options) => ({
      ...inMemory(options),
      tamper: { alterData: () => undefined, deleteEvent: () => undefined, swapEvents: () => undefined },
    });
    await expect(confirmUnsupported(withTamper, 'tamper', 'no reason', tamperChecks, false)).rejects.toThrow(/remove the declaration/);
  });
});

describe('runContractCheck', () => {
  it('closes the store and tears down after a failing check, and reports the check failure first', async () => {
    const teardown = vi.fn(() => {
      throw new Error('teardown failed too');
    });
    const closing = vi.fn(() => Promise.resolve());
    const factory: StoreFactory = (options) => {
      const store = makeInMemoryEventStore({ clock: options.clock, codec: options.codec });
      return { store: { ...store, close: closing }, teardown };
    };
    const failing: ContractCheck = { group: 'g', name: 'n', run: () => Promise.reject(new Error('the check failed')) };
    await expect(runContractCheck(failing, factory, { deliveryTimeoutMs: 10 })).rejects.toThrow('the check failed');
    expect(closing).toHaveBeenCalledTimes(1);
    expect(teardown).toHaveBeenCalledTimes(1);
    const passing: ContractCheck = { group: 'g', name: 'n', run: () => Promise.resolve() };
    await expect(runContractCheck(passing, factory, { deliveryTimeoutMs: 10 })).rejects.toThrow('teardown failed too');
  });
});

/**
 * A store with the bug SQL stores get from sequences: positions are taken when a transaction
 * starts, but rows become visible when it commits, and odd positions commit late. A reader that
 * has seen position 6 moves on and never sees 5.
 */
const makeLateCommitStore = (): EventStore<ContractEvent> => {
  let next = 1;
  const visible: EventEnvelope<ContractEvent>[] = [];
  const revisions = new Map<string, number>();
  const window = (items: ReadonlyArray<EventEnvelope<ContractEvent>>, limit?: number) => items.slice(0, limit ?? items.length);
  return {
    append: (stream, events) => async () => {
      const base = revisions.get(stream) ?? -1;
      revisions.set(stream, base + events.length);
      const envelopes = events.map(
        (e, i): EventEnvelope<ContractEvent> => ({
          eventId: e.id,
          stream,
          streamRevision: base + 1 + i,
          globalPosition: next + i,
          recordedAt: new Date(0).toISOString(),
          domainDate: e.domainDate,
          event: e.event,
          metadata: e.metadata ?? {},
          // The check this store exists for reads no hashes.
          hash: GENESIS_HASH,
          previousStreamHash: GENESIS_HASH,
          previousGlobalHash: GENESIS_HASH,
        }),
      );
      next += events.length;
      const first = envelopes[0]?.globalPosition ?? 0;
      await new Promise((resolve) => setTimeout(resolve, first % 2 === 1 ? 6 : 0));
      visible.push(...envelopes);
      visible.sort((a, b) => a.globalPosition - b.globalPosition);
      return E.right({ nextExpectedRevision: base + events.length, positions: envelopes.map((e) => e.globalPosition), envelopes });
    },
    readAll: (options = {}) => () =>
      Promise.resolve(E.right(window(visible.filter((e) => e.globalPosition >= (options.fromPosition ?? 1)), options.limit))),
    readStream: (stream, options = {}) => () =>
      Promise.resolve(E.right(window(visible.filter((e) => e.stream === stream && e.streamRevision >= (options.fromRevision ?? 0)), options.limit))),
    subscribe: () => {
      throw new Error('not used by the check');
    },
    close: () => Promise.resolve(),
  };
};
