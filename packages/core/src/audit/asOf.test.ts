import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { AsOf, AsOfPoints, asOfDomainDate, asOfList, asOfPosition, asOfRecordedAt, describeAsOf } from './asOf';

describe('AsOf constructors', () => {
  it('build the three kinds of point', () => {
    expect(asOfPosition(42)).toStrictEqual({ _tag: 'Position', position: 42 });
    expect(asOfRecordedAt('2008-01-31T00:00:00Z')).toStrictEqual({ _tag: 'RecordedAt', at: '2008-01-31T00:00:00Z' });
    expect(asOfRecordedAt(new Date(Date.UTC(2008, 0, 31)))).toStrictEqual({ _tag: 'RecordedAt', at: '2008-01-31T00:00:00.000Z' });
    expect(asOfDomainDate('2009-12-31')).toStrictEqual({ _tag: 'DomainDate', date: '2009-12-31' });
  });

  it('throw on a programmer error', () => {
    expect(() => asOfPosition(-1)).toThrow(RangeError);
    expect(() => asOfPosition(1.5)).toThrow(RangeError);
    expect(() => asOfRecordedAt('2008-01-31')).toThrow(/ISO 8601 instant/);
    expect(() => asOfRecordedAt(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => asOfDomainDate('2009-02-30')).toThrow(/real date/);
  });
});

describe('the AsOf codec', () => {
  it('decodes points written as plain data and refuses malformed ones', () => {
    expect(AsOf.decode({ _tag: 'DomainDate', date: '2009-12-31' })).toStrictEqual(E.right({ _tag: 'DomainDate', date: '2009-12-31' }));
    expect(E.isLeft(AsOf.decode({ _tag: 'RecordedAt', at: 'yesterday' }))).toBe(true);
    expect(E.isLeft(AsOf.decode({ _tag: 'Position', position: -3 }))).toBe(true);
    expect(E.isLeft(AsOf.decode({ _tag: 'Era', date: '2009-12-31' }))).toBe(true);
  });

  it('decodes several points at once', () => {
    const both = [
      { _tag: 'RecordedAt', at: '2010-01-31T00:00:00+07:00' },
      { _tag: 'DomainDate', date: '2008-12-31' },
    ];
    expect(AsOfPoints.decode(both)).toStrictEqual(E.right(both));
  });
});

describe('asOfList and describeAsOf', () => {
  it('treat one point as a list of one and say what the points are', () => {
    const point = asOfPosition(7);
    expect(asOfList(point)).toStrictEqual([point]);
    expect(describeAsOf(point)).toBe('as of position 7');
    expect(describeAsOf([asOfRecordedAt('2010-01-31T00:00:00Z'), asOfDomainDate('2008-12-31')])).toBe(
      'as recorded at 2010-01-31T00:00:00Z, as happened by 2008-12-31',
    );
    expect(describeAsOf([])).toBe('the whole log');
  });
});
