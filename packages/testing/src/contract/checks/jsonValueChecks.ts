import { verifyLog, type EventEnvelope, type EventStore, type NewEvent, type StoreError } from '@campaign-ledger/core';
import { hashEvent } from '@campaign-ledger/core/adapter';
import { MAX_JSON_DEPTH, MAX_PAYLOAD_BYTES } from '@campaign-ledger/core/adapter';
import fc from 'fast-check';
import { expect } from 'vitest';
import { fails, idsOf, readAll, readStream, succeeds } from '../checkSupport';
import type { ContractCheck } from '../contractCheck';
import { contractEventId, counted, type ContractEvent } from '../contractEvent';

const group = 'JSON values and their limits';

/**
 * Where a value read back differs from the JSON value given, or undefined when it is the same:
 * the same keys as own properties of plain objects (so a `__proto__` key that became a prototype,
 * or vanished, is a difference), the same array items, the same scalars.
 */
const differenceOf = (actual: unknown, expected: unknown, path: string): string | undefined => {
  if (typeof expected !== 'object' || expected === null) {
    return actual === expected ? undefined : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  }
  if (typeof actual !== 'object' || actual === null) return `${path}: expected an array or object, got ${JSON.stringify(actual)}`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${path}: expected an array of ${expected.length}`;
    for (const [i, item] of expected.entries()) {
      const difference = differenceOf((actual as unknown[])[i], item, `${path}[${i}]`);
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  if (Array.isArray(actual) || Object.getPrototypeOf(actual) !== Object.prototype) return `${path}: expected a plain object`;
  const keys = Object.keys(expected).sort();
  const actualKeys = Object.keys(actual).sort();
  if (JSON.stringify(actualKeys) !== JSON.stringify(keys)) return `${path}: expected the keys ${JSON.stringify(keys)}, got ${JSON.stringify(actualKeys)}`;
  for (const key of keys) {
    // Read as own properties: `value.__proto__` would read the prototype of an object that lost its key.
    const difference = differenceOf(Object.getOwnPropertyDescriptor(actual, key)?.value, Object.getOwnPropertyDescriptor(expected, key)?.value, `${path}.${key}`);
    if (difference !== undefined) return difference;
  }
  return undefined;
};

const expectSameJson = (actual: unknown, expected: unknown, what: string): void => {
  expect(differenceOf(actual, expected, what), `${what} comes back as the JSON value given`).toBeUndefined();
};

const noted = (n: number, details: unknown, metadata?: Record<string, string>): NewEvent<ContractEvent> => ({
  id: contractEventId(n),
  event: { type: 'Noted', data: { text: `note ${n}`, details: details as Record<string, unknown> } },
  domainDate: null,
  ...(metadata === undefined ? {} : { metadata }),
});

const reasonOf = (error: StoreError): string =>
  error._tag === 'InvalidEvent' ? (typeof error.reason === 'string' ? error.reason : error.reason.message) : '';

const onlyEvent = async (store: EventStore<ContractEvent>, stream: string): Promise<EventEnvelope<ContractEvent>> => {
  const [envelope, ...rest] = await readStream(store, stream);
  expect(rest, `${stream} holds one event`).toEqual([]);
  if (envelope === undefined) return expect.unreachable(`${stream} holds no event`);
  return envelope;
};

// `levels` objects nested in one another under `key`, the innermost empty.
const nestedObjects = (levels: number, key = 'd'): unknown => {
  let value: unknown = {};
  for (let i = 1; i < levels; i++) value = { [key]: value };
  return value;
};

const byteLength = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

// JSON values as fast-check draws them (any Unicode text, numbers, nesting), as JSON text keeps
// them: -0 becomes 0, as in every store that keeps JSON text. Shallow enough to stay in the limits.
const drawnJson = fc.jsonValue({ maxDepth: 8, stringUnit: 'grapheme' }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const drawnDetails = fc.dictionary(fc.string({ unit: 'grapheme' }), drawnJson, { maxKeys: 6 });
const drawnMetadata = fc.dictionary(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), { maxKeys: 4 });

/** How many drawn events the round-trip property appends, each to a stream of its own; the seed keeps the draw the same on every run. */
const DRAWN_EVENTS = 60;
const DRAW_SEED = 20_070_101;

/** Data and metadata come back as the JSON values given, every key included, within limits every store enforces alike. */
export const jsonValueChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: `any JSON value fast-check draws within the limits (${DRAWN_EVENTS} events of any text, number and nesting) is kept, read back exactly and verified`,
    run: async ({ store }) => {
      let drawn = 0;
      await fc.assert(
        fc.asyncProperty(drawnDetails, drawnMetadata, async (details, metadata) => {
          drawn++;
          const stream = `drawn-${drawn}`;
          await succeeds(`append drawn value #${drawn}`, store.append(stream, [noted(10_000 + drawn, details, metadata)]));
          const envelope = await onlyEvent(store, stream);
          if (envelope.event.type !== 'Noted') return expect.unreachable(`${stream} holds a ${envelope.event.type}`);
          expectSameJson(envelope.event.data.details, details, `drawn value #${drawn}: data.details`);
          expectSameJson(envelope.metadata, metadata, `drawn value #${drawn}: metadata`);
        }),
        { numRuns: DRAWN_EVENTS, seed: DRAW_SEED, endOnFailure: true },
      );
      expect((await verifyLog(store)())._tag, 'the log of the drawn events verifies').toBe('Right');
    },
  },
  {
    group,
    name: '__proto__, constructor and prototype keys, at any depth of data and metadata, come back exactly, and hashing and idempotency see them',
    run: async ({ store }) => {
      const detailsText =
        '{"__proto__":{"constructor":{"prototype":{"__proto__":[{"constructor":"c","__proto__":{}}]}}},' +
        '"constructor":{"name":"Object"},"prototype":null,"list":[{"__proto__":1},{"prototype":[{"constructor":{}}]}]}';
      const details = JSON.parse(detailsText) as unknown;
      const metadata = JSON.parse('{"__proto__":"p","constructor":"c","prototype":"x"}') as Record<string, string>;
      const given = noted(1, details, metadata);
      const first = await succeeds('append', store.append('keys', [given]));
      const envelope = await onlyEvent(store, 'keys');
      expectSameJson(envelope.event.data, given.event.data, 'readStream: data');
      expectSameJson(envelope.metadata, metadata, 'readStream: metadata');
      const [fromLog] = await readAll(store);
      expectSameJson(fromLog?.event.data, given.event.data, 'readAll: data');
      expectSameJson(fromLog?.metadata, metadata, 'readAll: metadata');
      expect(({} as Record<string, unknown>)['constructor'], 'Object.prototype is untouched').toBe(Object);

      expect(hashEvent(envelope), 'the envelope hashes to its hash').toBe(envelope.hash);
      const otherProto = JSON.parse(detailsText.replace('"constructor":"c"', '"constructor":"d"')) as Record<string, unknown>;
      const altered = { ...envelope, event: { type: 'Noted' as const, data: { text: 'note 1', details: otherProto } } };
      expect(hashEvent(altered), 'a change under __proto__ changes the hash').not.toBe(envelope.hash);
      expect(await succeeds('verifyLog', verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 1 });

      expect(await succeeds('a retry with the same keys', store.append('keys', [noted(1, JSON.parse(detailsText), metadata)]))).toEqual(first);
      const duplicate = { _tag: 'DuplicateEventId', eventId: contractEventId(1), stream: 'keys' };
      expect(await fails('the id again, other data under __proto__', store.append('keys', [noted(1, otherProto, metadata)]))).toEqual(duplicate);
      const otherMetadata = JSON.parse('{"__proto__":"q","constructor":"c","prototype":"x"}') as Record<string, string>;
      expect(await fails('the id again, other metadata under __proto__', store.append('keys', [noted(1, details, otherMetadata)]))).toEqual(duplicate);
      expect(idsOf(await readAll(store))).toEqual([contractEventId(1)]);
    },
  },
  {
    group,
    name: 'NUL characters and lone surrogates inside data and metadata, in keys and values, come back exactly: only names refuse them',
    run: async ({ store }) => {
      const details = { 'nul\u0000key': 'a\u0000b', 'lone\ud800': '\udc00x', pair: '📜', '\udfff': ['\ud83d', '\u0000'] };
      const metadata = { 'k\u0000': 'v\u0000', note: 'x\ud800' };
      const first = await succeeds('append', store.append('text', [noted(1, details, metadata)]));
      const envelope = await onlyEvent(store, 'text');
      expectSameJson(envelope.event.data, { text: 'note 1', details }, 'data');
      expectSameJson(envelope.metadata, metadata, 'metadata');
      expect(await succeeds('verifyLog', verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 1 });
      expect(await succeeds('a retry', store.append('text', [noted(1, details, metadata)]))).toEqual(first);
    },
  },
  {
    group,
    name: `data nesting ${MAX_JSON_DEPTH} levels is kept; one level more, or thousands, is InvalidEvent naming the path, and nothing is written`,
    run: async ({ store }) => {
      // The data object is level 1, so details nesting k levels makes the data k + 1 deep.
      const deepest = noted(1, nestedObjects(MAX_JSON_DEPTH - 1));
      await succeeds(`data ${MAX_JSON_DEPTH} levels deep`, store.append('deep', [deepest]));
      expectSameJson((await onlyEvent(store, 'deep')).event.data, deepest.event.data, 'data');
      const pastTheLimit = `event.data.details${'.d'.repeat(MAX_JSON_DEPTH - 1)}`;
      for (const [what, details, path] of [
        ['one level more', nestedObjects(MAX_JSON_DEPTH), pastTheLimit],
        ['3,000 levels', nestedObjects(3000), pastTheLimit],
        ['10,000 levels of arrays', { list: JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`) as unknown }, `event.data.details.list${'[0]'.repeat(MAX_JSON_DEPTH - 2)}`],
      ] as const) {
        const error = await fails(what, store.append('deep', [counted(2), noted(3, details)]));
        expect(error, what).toMatchObject({ _tag: 'InvalidEvent', index: 1, eventId: contractEventId(3) });
        expect(reasonOf(error), `${what}: the reason names the path of the first container past the limit`).toContain(`${path}:`);
      }
      expect(idsOf(await readAll(store))).toEqual([contractEventId(1)]);
      expect(await succeeds('verifyLog', verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 1 });
    },
  },
  {
    group,
    name: `a payload of ${MAX_PAYLOAD_BYTES} bytes (UTF-8 JSON of data and metadata) is kept; one byte more is InvalidEvent, and nothing is written`,
    run: async ({ store }) => {
      const metadata = { note: 'ghi chú 📜' };
      const details = { unit: 'Huyện ủy Mường Tè' };
      // 'ờ' takes three bytes in UTF-8 and one code unit: the limit counts bytes.
      const sized = (n: number, bytes: number): NewEvent<ContractEvent> => {
        const fill = bytes - byteLength({ text: '', details }) - byteLength(metadata);
        const text = 'ờ'.repeat(Math.floor(fill / 3)) + 'x'.repeat(fill % 3);
        return { id: contractEventId(n), event: { type: 'Noted', data: { text, details } }, domainDate: null, metadata };
      };
      const atLimit = sized(1, MAX_PAYLOAD_BYTES);
      expect(byteLength(atLimit.event.data) + byteLength(metadata)).toBe(MAX_PAYLOAD_BYTES);
      await succeeds('a payload at the limit', store.append('big', [atLimit]));
      const envelope = await onlyEvent(store, 'big');
      expect(envelope.event.type === 'Noted' && envelope.event.data.text === (atLimit.event.data as { text: string }).text, 'the text comes back whole').toBe(true);
      const error = await fails('one byte more', store.append('big', [counted(2), sized(3, MAX_PAYLOAD_BYTES + 1)]));
      expect(error).toMatchObject({ _tag: 'InvalidEvent', index: 1, eventId: contractEventId(3) });
      expect(reasonOf(error), 'the reason gives the size').toContain(`${MAX_PAYLOAD_BYTES + 1} bytes`);
      expect(idsOf(await readAll(store))).toEqual([contractEventId(1)]);
      expect(await succeeds('verifyLog', verifyLog(store))).toMatchObject({ _tag: 'Intact', eventCount: 1 });
    },
  },
];
