import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../integrity/eventSeal';
import { hashEvent } from '../integrity/hashEvent';
import { nextRecordedAt } from './nextRecordedAt';
import { prepareAppend } from './prepareAppend';
import { sealAppend } from './sealAppend';

const at = (iso: string) => () => new Date(iso);

describe('nextRecordedAt', () => {
  it("is the clock's time, unless the clock is behind the log's last recordedAt: then that one again", () => {
    expect(nextRecordedAt(null, at('2024-01-01T00:00:00.000Z'))).toBe('2024-01-01T00:00:00.000Z');
    expect(nextRecordedAt('2024-01-01T00:00:00.000Z', at('2024-01-01T00:00:00.001Z'))).toBe('2024-01-01T00:00:00.001Z');
    expect(nextRecordedAt('2024-01-01T00:00:00.000Z', at('2023-12-31T23:59:00.000Z'))).toBe('2024-01-01T00:00:00.000Z');
    expect(nextRecordedAt('+010000-01-01T00:00:00.000Z', at('2024-01-01T00:00:00.000Z'))).toBe('+010000-01-01T00:00:00.000Z');
  });

  it('ignores a stored recordedAt that is no date, and throws on a clock that gives an invalid Date', () => {
    expect(nextRecordedAt('yesterday-ish', at('2024-01-01T00:00:00.000Z'))).toBe('2024-01-01T00:00:00.000Z');
    expect(() => nextRecordedAt(null, () => new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('sealAppend', () => {
  it('gives a batch the next revisions and positions, one recordedAt never below the last, and hashes chained to both heads', () => {
    const prepared = prepareAppend([
      { id: '00000000-0000-4000-8000-000000000001', event: { type: 'T', data: { n: 1 } }, domainDate: null },
      { id: '00000000-0000-4000-8000-000000000002', event: { type: 'T', data: { n: 2 } }, domainDate: '2010-08-10', metadata: { by: 'x' } },
    ]);
    if (E.isLeft(prepared)) return expect.unreachable();
    const heads = { streamRevision: 4, streamHash: GENESIS_HASH, globalPosition: 9, globalHash: '1'.repeat(64), recordedAt: '2024-06-01T00:00:00.000Z' };
    const sealed = sealAppend('s', heads, at('2024-05-01T00:00:00.000Z'), prepared.right);
    expect(sealed.map((s) => [s.envelope.streamRevision, s.envelope.globalPosition, s.envelope.recordedAt])).toEqual([
      [5, 10, '2024-06-01T00:00:00.000Z'],
      [6, 11, '2024-06-01T00:00:00.000Z'],
    ]);
    const [first, second] = sealed;
    expect(first?.envelope).toMatchObject({ previousGlobalHash: '1'.repeat(64), previousStreamHash: GENESIS_HASH, metadata: {} });
    expect(second?.envelope).toMatchObject({ previousGlobalHash: first?.envelope.hash, previousStreamHash: first?.envelope.hash, metadata: { by: 'x' } });
    expect(sealed.every((s) => hashEvent(s.envelope) === s.envelope.hash && Object.isFrozen(s.envelope))).toBe(true);
    expect(second).toMatchObject({ dataJson: '{"n":2}', metadataJson: '{"by":"x"}' });
  });
});
