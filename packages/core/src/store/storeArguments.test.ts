import { describe, expect, it } from 'vitest';
import { checkExpectedRevision, checkOptionalInteger, checkReadDirection, checkStreamName } from './storeArguments';

describe('checkReadDirection', () => {
  it("defaults to 'forwards', keeps either direction and throws a RangeError for anything else", () => {
    expect(checkReadDirection('readAll', undefined)).toBe('forwards');
    expect(checkReadDirection('readAll', 'backwards')).toBe('backwards');
    expect(() => checkReadDirection('readAll', 'sideways')).toThrow(new RangeError("readAll: direction must be 'forwards' or 'backwards', got sideways"));
  });
});

describe('checkOptionalInteger', () => {
  it('keeps an absent option or a safe integer at least min, and throws a RangeError naming the option otherwise', () => {
    expect(checkOptionalInteger('readStream', 'limit', undefined, 0)).toBeUndefined();
    expect(checkOptionalInteger('readStream', 'limit', 0, 0)).toBe(0);
    expect(() => checkOptionalInteger('readStream', 'limit', -1, 0)).toThrow(new RangeError('readStream: limit must be an integer >= 0, got -1'));
    expect(() => checkOptionalInteger('readStream', 'limit', 1.5, 0)).toThrow(RangeError);
    expect(() => checkOptionalInteger('readStream', 'limit', 2 ** 53, 0)).toThrow(RangeError);
    expect(() => checkOptionalInteger('readStream', 'limit', '3', 0)).toThrow(RangeError);
  });
});

describe('checkExpectedRevision', () => {
  it("defaults to 'any', keeps the three states and integers from -1, and throws a RangeError otherwise", () => {
    expect(checkExpectedRevision(undefined)).toBe('any');
    expect(checkExpectedRevision('no-stream')).toBe('no-stream');
    expect(checkExpectedRevision('stream-exists')).toBe('stream-exists');
    expect(checkExpectedRevision(-1)).toBe(-1);
    expect(checkExpectedRevision(7)).toBe(7);
    expect(() => checkExpectedRevision(-2)).toThrow(
      new RangeError("append: expectedRevision must be 'any', 'no-stream', 'stream-exists' or an integer >= -1, got -2"),
    );
    expect(() => checkExpectedRevision('latest')).toThrow(RangeError);
  });
});

describe('checkStreamName', () => {
  it('keeps a non-empty string and throws a RangeError for anything else', () => {
    expect(checkStreamName('append', 'campaign-mường-tè')).toBe('campaign-mường-tè');
    expect(() => checkStreamName('append', '')).toThrow(new RangeError('append: the stream name must be a non-empty string'));
    expect(() => checkStreamName('readStream', 42)).toThrow(new RangeError('readStream: the stream name must be a non-empty string'));
  });
});
