import { describe, expect, it } from 'vitest';
import { canonicalContent } from './canonicalContent';
import { GENESIS_HASH, type SealInput } from './eventSeal';
import { hashEvent } from './hashEvent';
import { sealBatch } from './sealBatch';

const base: SealInput = {
  eventId: '00000000-0000-4000-8000-000000000001',
  stream: 'campaign-mường-tè',
  streamRevision: 0,
  globalPosition: 3,
  recordedAt: '2024-05-01T10:00:00.000Z',
  domainDate: '2010-08-10',
  event: { type: 'Noted', data: { a: 'Hồ', b: [1, 2.5, null, true] } },
  metadata: { by: 'cli' },
  previousStreamHash: GENESIS_HASH,
  previousGlobalHash: '1'.repeat(64),
};

// Pinned: a change here changes the hash of every stored event, so it must be a new format, never an edit.
const baseText =
  '{"data":{"a":"Hồ","b":[1,2.5,null,true]},"domainDate":"2010-08-10","eventId":"00000000-0000-4000-8000-000000000001",' +
  '"globalPosition":3,"metadata":{"by":"cli"},"previousGlobalHash":"1111111111111111111111111111111111111111111111111111111111111111",' +
  '"previousStreamHash":"0000000000000000000000000000000000000000000000000000000000000000","recordedAt":"2024-05-01T10:00:00.000Z",' +
  '"stream":"campaign-mường-tè","streamRevision":0,"type":"Noted"}';

describe('canonicalContent and hashEvent', () => {
  it('write the content and both links as one canonical JSON text, and hash it with SHA-256 in lower-case hex', () => {
    expect(canonicalContent(base)).toBe(baseText);
    // The same text through sha256sum.
    expect(hashEvent(base)).toBe('0c901d32ce559471aa4f289660888e17ce31b37300f35e92379f3794d927b636');
  });

  it('give the same hash for the same content, whatever its key order and Unicode normal form', () => {
    const reordered: SealInput = {
      previousGlobalHash: base.previousGlobalHash,
      metadata: { by: 'cli' },
      event: { data: { b: [1, 2.5, null, true], a: 'Ho\u0302\u0300' }, type: 'Noted' },
      domainDate: '2010-08-10',
      recordedAt: base.recordedAt,
      globalPosition: 3,
      streamRevision: 0,
      stream: base.stream.normalize('NFD'),
      eventId: base.eventId,
      previousStreamHash: GENESIS_HASH,
    };
    expect(reordered.stream).not.toBe(base.stream);
    expect(hashEvent(reordered)).toBe(hashEvent(base));
  });

  it('cover every field of the content and both predecessors', () => {
    const variants: ReadonlyArray<Partial<SealInput>> = [
      { eventId: '00000000-0000-4000-8000-000000000002' },
      { stream: 'other' },
      { streamRevision: 1 },
      { globalPosition: 4 },
      { recordedAt: '2024-05-01T10:00:01.000Z' },
      { domainDate: null },
      { event: { type: 'Other', data: base.event.data } },
      { event: { type: 'Noted', data: { a: 'Hồ', b: [1, 2.5, null, false] } } },
      { metadata: {} },
      { previousStreamHash: '2'.repeat(64) },
      { previousGlobalHash: GENESIS_HASH },
    ];
    const hashes = variants.map((v) => hashEvent({ ...base, ...v }));
    expect(new Set([hashEvent(base), ...hashes]).size).toBe(variants.length + 1);
  });
});

describe('sealBatch', () => {
  const content = (i: number) => ({ ...base, eventId: `e-${i}`, streamRevision: 2 + i, globalPosition: 10 + i });
  const heads = { previousGlobalHash: '3'.repeat(64), previousStreamHash: '4'.repeat(64) };

  it('links the first event to the heads and each next one to the one before, in both chains', () => {
    const sealed = sealBatch(heads, [content(0), content(1), content(2)]);
    expect(sealed.map((s) => [s.previousGlobalHash, s.previousStreamHash])).toEqual([
      [heads.previousGlobalHash, heads.previousStreamHash],
      [sealed[0]?.hash, sealed[0]?.hash],
      [sealed[1]?.hash, sealed[1]?.hash],
    ]);
    expect(sealed.map((s) => hashEvent(s))).toEqual(sealed.map((s) => s.hash));
    expect(sealed[2]).toMatchObject({ eventId: 'e-2', globalPosition: 12, streamRevision: 4 });
  });

  it('throws a RangeError on heads that are no hashes or contents that do not follow each other', () => {
    expect(() => sealBatch({ ...heads, previousGlobalHash: 'x' }, [content(0)])).toThrow(RangeError);
    expect(() => sealBatch(heads, [content(0), content(2)])).toThrow(RangeError);
    expect(() => sealBatch(heads, [content(0), { ...content(1), stream: 'other' }])).toThrow(RangeError);
    expect(sealBatch(heads, [])).toEqual([]);
  });
});
