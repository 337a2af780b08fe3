import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { describeAsOf, parseAsOf, parseAsOfOptions } from './asOfOption';

describe('--as-of', () => {
  it('reads digits as a global position, YYYY-MM-DD as a domain date, and a time with its zone as a recorded time', () => {
    expect(parseAsOf('120')).toEqual(E.right({ _tag: 'Position', position: 120 }));
    expect(parseAsOf('0')).toEqual(E.right({ _tag: 'Position', position: 0 }));
    expect(parseAsOf('2009-12-31')).toEqual(E.right({ _tag: 'DomainDate', date: '2009-12-31' }));
    expect(parseAsOf('2011-01-20T08:02:00Z')).toEqual(E.right({ _tag: 'RecordedAt', at: '2011-01-20T08:02:00Z' }));
    expect(parseAsOf('2011-01-20T15:02:00+07:00')).toEqual(E.right({ _tag: 'RecordedAt', at: '2011-01-20T15:02:00+07:00' }));
  });

  it.each([
    ['yesterday', 'expected a global position (120), a recorded time with its zone (2011-01-20T08:02:00Z) or a domain date (2009-12-31)'],
    ['-5', 'expected a global position'],
    ['12.5', 'expected a global position'],
    ['2009-02-30', 'not a real date; a domain date is written YYYY-MM-DD'],
    ['2009-13-01', 'not a real date'],
    ['2011-01-20T08:02', 'a recorded time is written with its zone'],
    ['2011-01-20T25:00:00Z', 'a recorded time is written with its zone'],
    ['99999999999999999999', 'a global position is a whole number from 0'],
  ])('refuses %s, naming the value and what was expected', (value, expected) => {
    const parsed = parseAsOf(value);
    expect(E.isLeft(parsed) && parsed.left).toContain(`--as-of ${value}: `);
    expect(E.isLeft(parsed) && parsed.left).toContain(expected);
  });

  it('reads every value given, and fails on the first malformed one with exit code 2', () => {
    expect(parseAsOfOptions(['2011-01-31T00:00:00Z', '2009-12-31'])).toEqual(
      E.right([
        { _tag: 'RecordedAt', at: '2011-01-31T00:00:00Z' },
        { _tag: 'DomainDate', date: '2009-12-31' },
      ]),
    );
    expect(parseAsOfOptions(['120', 'soon'])).toEqual(E.left({ exitCode: 2, message: expect.stringContaining('--as-of soon') }));
  });

  it('says which moment a replay shows, in either language', () => {
    const points = parseAsOfOptions(['2011-01-31T00:00:00Z', '2009-12-31']);
    const position = parseAsOfOptions(['120']);
    if (E.isLeft(points) || E.isLeft(position)) throw new Error('the points do not parse');
    expect(describeAsOf(points.right, 'en')).toBe('Replayed as recorded by 2011-01-31T00:00:00Z, as happened by 2009-12-31.');
    expect(describeAsOf(position.right, 'vi')).toBe('Phát lại nhật ký đến vị trí 120.');
  });
});
