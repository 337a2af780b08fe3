import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import type { NewEvent } from './eventEnvelope';
import { prepareAppend } from './prepareAppend';
import { storedAppendOutcome } from './storedAppendOutcome';
import type { StoredRecord } from './storedRecord';

const Counted = t.type({ type: t.literal('Counted'), data: t.type({ n: t.number }) });
type Counted = t.TypeOf<typeof Counted>;
const idOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const counted = (n: number): NewEvent<Counted> => ({ id: idOf(n), event: { type: 'Counted', data: { n } }, domainDate: null });

const stored = (n: number, overrides: Partial<StoredRecord> = {}): StoredRecord => ({
  eventId: idOf(n),
  stream: 's',
  streamRevision: n - 1,
  globalPosition: n + 10,
  recordedAt: '2024-06-01T12:00:00.000Z',
  domainDate: null,
  type: 'Counted',
  data: { text: `{"n":${n}}` },
  metadata: { text: '{}' },
  hash: 'h',
  previousStreamHash: 'p',
  previousGlobalHash: 'g',
  ...overrides,
});

const outcome = (stream: string, events: ReadonlyArray<NewEvent<Counted>>, records: ReadonlyArray<StoredRecord>) => {
  const prepared = prepareAppend(events, { codec: Counted });
  if (E.isLeft(prepared)) throw new Error('the batch must prepare');
  return storedAppendOutcome(stream, prepared.right, records, Counted);
};

describe('storedAppendOutcome', () => {
  it('is null when no id is stored, and the original result for a retry of the same content in the same stream', () => {
    expect(outcome('s', [counted(1)], [])).toBeNull();
    expect(outcome('s', [counted(1), counted(2)], [stored(2), stored(1)])).toMatchObject(E.right({ nextExpectedRevision: 1, positions: [11, 12] }));
  });

  it('refuses other content, another stream, or a batch mixing stored and new ids, naming the stored id and its stream', () => {
    expect(outcome('s', [counted(1)], [stored(1, { data: { text: '{"n":9}' } })])).toEqual(E.left({ _tag: 'DuplicateEventId', eventId: idOf(1), stream: 's' }));
    expect(outcome('t', [counted(1)], [stored(1)])).toEqual(E.left({ _tag: 'DuplicateEventId', eventId: idOf(1), stream: 's' }));
    expect(outcome('s', [counted(3), counted(1)], [stored(1)])).toEqual(E.left({ _tag: 'DuplicateEventId', eventId: idOf(1), stream: 's' }));
  });

  it('answers a stored event that no longer parses or decodes as CorruptEvent at its position, as its reads do', () => {
    expect(outcome('s', [counted(1)], [stored(1, { data: { text: '{"n":' } })])).toMatchObject(E.left({ _tag: 'CorruptEvent', stream: 's', globalPosition: 11 }));
    expect(outcome('s', [counted(1)], [stored(1, { data: { value: new Uint8Array(2) } })])).toMatchObject(E.left({ _tag: 'CorruptEvent', globalPosition: 11 }));
    expect(outcome('s', [counted(1)], [stored(1, { data: { text: '{"n":"1"}' } })])).toMatchObject(E.left({ _tag: 'CorruptEvent', globalPosition: 11 }));
  });
});
