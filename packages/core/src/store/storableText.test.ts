import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { describeStoreError } from './storeError';
import { storableStreamName } from './storableStreamName';
import { unstorableTextReason, utf8Length } from './storableText';
import { MAX_STREAM_NAME_BYTES } from './storeLimits';

describe('utf8Length', () => {
  it('counts the bytes UTF-8 takes, as an encoder writes it', () => {
    for (const text of ['', 'campaign', 'mường tè', 'Hồ Chí Minh'.normalize('NFD'), '📜 and 𝕏', '\u07ff\u0800\uffff', 'a\ud800b', '\udc00', 'x\ud83d']) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});

describe('unstorableTextReason', () => {
  it('keeps any text without NUL or lone surrogates within the limit, surrogate pairs included', () => {
    expect(unstorableTextReason('campaign-mường-tè/2007–2010 📜', 64)).toBeUndefined();
    expect(unstorableTextReason('ư'.repeat(32), 64)).toBeUndefined();
  });

  it('names a NUL, a lone surrogate of either half, and a length over the limit in bytes', () => {
    expect(unstorableTextReason('a\u0000b', 64)).toBe('holds a NUL character (at code unit 1)');
    expect(unstorableTextReason('ab\ud800', 64)).toBe('holds a lone surrogate (U+D800 at code unit 2), which UTF-8 cannot carry');
    expect(unstorableTextReason('\udfff📜', 64)).toBe('holds a lone surrogate (U+DFFF at code unit 0), which UTF-8 cannot carry');
    expect(unstorableTextReason('ư'.repeat(33), 64)).toBe('is 66 bytes long in UTF-8, more than the 64 allowed');
  });
});

describe('storableStreamName', () => {
  it(`keeps a name every store can keep, up to ${MAX_STREAM_NAME_BYTES} bytes, and refuses any other as InvalidStreamName`, () => {
    expect(storableStreamName('x'.repeat(MAX_STREAM_NAME_BYTES))).toEqual(E.right('x'.repeat(MAX_STREAM_NAME_BYTES)));
    expect(storableStreamName('s\udc00')).toEqual(
      E.left({ _tag: 'InvalidStreamName', stream: 's\udc00', reason: 'it holds a lone surrogate (U+DC00 at code unit 1), which UTF-8 cannot carry' }),
    );
    const long = storableStreamName('x'.repeat(1_000_000));
    expect(long).toMatchObject(E.left({ _tag: 'InvalidStreamName', reason: `it is 1000000 bytes long in UTF-8, more than the ${MAX_STREAM_NAME_BYTES} allowed` }));
    // The description quotes the name readably, cut when it is long.
    expect(E.isLeft(storableStreamName('s\u0000')) && describeStoreError((storableStreamName('s\u0000') as E.Left<never>).left)).toBe(
      'the stream name "s\\u0000" is refused: it holds a NUL character (at code unit 1)',
    );
    expect(E.isLeft(long) && describeStoreError(long.left)).toBe(
      `the stream name "${'x'.repeat(80)}"… (1000000 code units) is refused: it is 1000000 bytes long in UTF-8, more than the ${MAX_STREAM_NAME_BYTES} allowed`,
    );
  });
});
