import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Qualifier, StatedPercent } from './statedShapes';
import { type WrittenNumber, formatWrittenNumber, parseWrittenNumber } from './writtenNumber';
import type { WrittenNumberError } from './writtenNumberError';

const read = (text: string): WrittenNumber => {
  const parsed = parseWrittenNumber(text);
  if (E.isLeft(parsed)) throw new Error(`expected ${JSON.stringify(text)} to parse: ${parsed.left.message}`);
  return parsed.right;
};

const refused = (text: string): WrittenNumberError => {
  const parsed = parseWrittenNumber(text);
  if (E.isRight(parsed)) throw new Error(`expected ${JSON.stringify(text)} to be refused, read ${JSON.stringify(parsed.right)}`);
  return parsed.left;
};

const percent = (scaled: number, decimals: StatedPercent['decimals']): StatedPercent => ({ scaled, decimals });

describe('parseWrittenNumber: the forms of DOMAIN.md, "How reports write things"', () => {
  it('reads thousands with a dot', () => {
    expect(parseWrittenNumber('3.573')).toStrictEqual(E.right({ written: '3.573', value: 3573 }));
    expect(parseWrittenNumber('1.246')).toStrictEqual(E.right({ written: '1.246', value: 1246 }));
    expect(parseWrittenNumber('12.360')).toStrictEqual(E.right({ written: '12.360', value: 12360 }));
    expect(read('1.234.567').value).toBe(1234567);
    expect(read('228').value).toBe(228);
    expect(read('0').value).toBe(0);
  });

  it('reads percentages with a decimal comma, keeping their stated precision', () => {
    expect(parseWrittenNumber('94,2%')).toStrictEqual(E.right({ written: '94,2%', percent: percent(942, 1) }));
    expect(parseWrittenNumber('93%')).toStrictEqual(E.right({ written: '93%', percent: percent(93, 0) }));
    expect(read('100%').percent).toStrictEqual(percent(100, 0));
    expect(read('77,2%').percent).toStrictEqual(percent(772, 1));
    expect(read('94,20%').percent).toStrictEqual(percent(9420, 2));
    expect(read('0,5%').percent).toStrictEqual(percent(5, 1));
    expect(read('93,125%').percent).toStrictEqual(percent(93125, 3));
    // Above 100% is read as written: the audit judges it.
    expect(read('106%').percent).toStrictEqual(percent(106, 0));
    expect(read('1.000,00%').percent).toStrictEqual(percent(100000, 2));
  });

  it('skips "đạt" before a percentage', () => {
    expect(parseWrittenNumber('đạt 93%')).toStrictEqual(E.right({ written: 'đạt 93%', percent: percent(93, 0) }));
    expect(parseWrittenNumber('đạt trên 80%')).toStrictEqual(E.right({ written: 'đạt trên 80%', percent: percent(80, 0), percentQualifier: 'more-than' }));
  });

  it('reads fractions without spaces around the slash, and tolerates them', () => {
    expect(parseWrittenNumber('1.795/1.923')).toStrictEqual(E.right({ written: '1.795/1.923', numerator: 1795, denominator: 1923 }));
    expect(parseWrittenNumber('2.181/2.321')).toStrictEqual(E.right({ written: '2.181/2.321', numerator: 2181, denominator: 2321 }));
    expect(parseWrittenNumber('18/18')).toStrictEqual(E.right({ written: '18/18', numerator: 18, denominator: 18 }));
    expect(read('117/160')).toMatchObject({ numerator: 117, denominator: 160 });
    expect(read('927/1.267')).toMatchObject({ numerator: 927, denominator: 1267 });
    expect(parseWrittenNumber('2.181 / 2.321')).toStrictEqual(E.right({ written: '2.181 / 2.321', numerator: 2181, denominator: 2321 }));
  });

  it('keeps a numerator above its denominator: the audit flags it, the grammar does not', () => {
    expect(parseWrittenNumber('1.917/1.900')).toStrictEqual(E.right({ written: '1.917/1.900', numerator: 1917, denominator: 1900 }));
  });

  it('reads a count or a fraction with its percentage', () => {
    const both = { numerator: 2181, denominator: 2321, percent: percent(942, 1) };
    expect(parseWrittenNumber('2.181/2.321, đạt 94,2%')).toStrictEqual(E.right({ written: '2.181/2.321, đạt 94,2%', ...both }));
    expect(parseWrittenNumber('2.181/2.321 (94,2%)')).toStrictEqual(E.right({ written: '2.181/2.321 (94,2%)', ...both }));
    expect(parseWrittenNumber('2.181/2.321 = 94,2%')).toStrictEqual(E.right({ written: '2.181/2.321 = 94,2%', ...both }));
    expect(read('2.181/2.321 (đạt 94,2%)')).toMatchObject(both);
    expect(read('2.181/2.321=94,2%')).toMatchObject(both);
    expect(read('1.795/1.923, đạt 93%')).toMatchObject({ numerator: 1795, denominator: 1923, percent: percent(93, 0) });
    expect(parseWrittenNumber('1.917, đạt 91%')).toStrictEqual(E.right({ written: '1.917, đạt 91%', value: 1917, percent: percent(91, 0) }));
  });

  it('keeps the qualifiers: trên, hơn, ít nhất, gần, khoảng, hàng trăm, hàng nghìn', () => {
    expect(parseWrittenNumber('trên 12.360')).toStrictEqual(E.right({ written: 'trên 12.360', value: 12360, qualifier: 'more-than' }));
    expect(parseWrittenNumber('hơn 1.000')).toStrictEqual(E.right({ written: 'hơn 1.000', value: 1000, qualifier: 'more-than' }));
    expect(parseWrittenNumber('ít nhất 20')).toStrictEqual(E.right({ written: 'ít nhất 20', value: 20, qualifier: 'at-least' }));
    expect(parseWrittenNumber('gần 100%')).toStrictEqual(E.right({ written: 'gần 100%', percent: percent(100, 0), percentQualifier: 'nearly' }));
    expect(parseWrittenNumber('khoảng 500')).toStrictEqual(E.right({ written: 'khoảng 500', value: 500, qualifier: 'about' }));
    expect(parseWrittenNumber('hàng trăm')).toStrictEqual(E.right({ written: 'hàng trăm', qualifier: 'hundreds-of' }));
    expect(parseWrittenNumber('hàng nghìn')).toStrictEqual(E.right({ written: 'hàng nghìn', qualifier: 'thousands-of' }));
    expect(parseWrittenNumber('hàng ngàn')).toStrictEqual(E.right({ written: 'hàng ngàn', qualifier: 'thousands-of' }));
  });

  it('gives a qualifier before a fraction to its numerator, and one inside the percentage to the percentage', () => {
    expect(read('khoảng 2.000/2.321')).toStrictEqual({ written: 'khoảng 2.000/2.321', numerator: 2000, denominator: 2321, qualifier: 'about' });
    expect(read('2.181/2.321, đạt gần 94%')).toStrictEqual({
      written: '2.181/2.321, đạt gần 94%',
      numerator: 2181,
      denominator: 2321,
      percent: percent(94, 0),
      percentQualifier: 'nearly',
    });
    expect(read('trên 12.360 (trên 90%)')).toStrictEqual({
      written: 'trên 12.360 (trên 90%)',
      value: 12360,
      qualifier: 'more-than',
      percent: percent(90, 0),
      percentQualifier: 'more-than',
    });
  });

  it('reads zero-padded small counts', () => {
    expect(parseWrittenNumber('05')).toStrictEqual(E.right({ written: '05', value: 5 }));
    expect(read('08').value).toBe(8);
    expect(read('007').value).toBe(7);
    expect(read('05%').percent).toStrictEqual(percent(5, 0));
  });

  it('reads the numbers one to nineteen written in words', () => {
    const words: ReadonlyArray<readonly [string, number]> = [
      ['một', 1],
      ['hai', 2],
      ['ba', 3],
      ['bốn', 4],
      ['năm', 5],
      ['sáu', 6],
      ['bảy', 7],
      ['bẩy', 7],
      ['tám', 8],
      ['chín', 9],
      ['mười', 10],
      ['mười một', 11],
      ['mười hai', 12],
      ['mười ba', 13],
      ['mười bốn', 14],
      ['mười tư', 14],
      ['mười lăm', 15],
      ['mười sáu', 16],
      ['mười bảy', 17],
      ['mười tám', 18],
      ['mười chín', 19],
    ];
    for (const [word, value] of words) expect(parseWrittenNumber(word), word).toStrictEqual(E.right({ written: word, value }));
    expect(read('hơn một')).toStrictEqual({ written: 'hơn một', value: 1, qualifier: 'more-than' });
  });
});

describe('parseWrittenNumber: normalisation', () => {
  it('compares words without case and keeps the text as written', () => {
    expect(read('Trên 12.360')).toStrictEqual({ written: 'Trên 12.360', value: 12360, qualifier: 'more-than' });
    expect(read('ĐẠT 93%')).toStrictEqual({ written: 'ĐẠT 93%', percent: percent(93, 0) });
    expect(read('Hàng Nghìn')).toStrictEqual({ written: 'Hàng Nghìn', qualifier: 'thousands-of' });
    expect(read('Một').value).toBe(1);
  });

  it('reads decomposed (NFD) text as NFC', () => {
    const decomposed = 'khoảng 500'.normalize('NFD');
    expect(decomposed).not.toBe('khoảng 500');
    expect(read(decomposed)).toStrictEqual({ written: 'khoảng 500', value: 500, qualifier: 'about' });
    expect(read('mười lăm'.normalize('NFD')).value).toBe(15);
  });

  it('folds the non-breaking spaces of the seed and trims', () => {
    expect(read('trên\u00a012.360')).toStrictEqual({ written: 'trên 12.360', value: 12360, qualifier: 'more-than' });
    expect(read('  2.181/2.321,\u00a0 đạt\u00a094,2%  ').written).toBe('2.181/2.321, đạt 94,2%');
  });
});

describe('parseWrittenNumber: malformed input', () => {
  const cases: ReadonlyArray<{ readonly text: string; readonly error: Partial<WrittenNumberError> & Pick<WrittenNumberError, '_tag' | 'offset'> }> = [
    { text: '', error: { _tag: 'EmptyInput', input: '', offset: 0, expected: 'a number', found: 'end of input' } },
    { text: '   ', error: { _tag: 'EmptyInput', input: '', offset: 0 } },
    { text: '12.36', error: { _tag: 'BadThousandsGroup', input: '12.36', offset: 2, expected: '3 digits after the thousands dot', found: '"36"' } },
    { text: '3.57', error: { _tag: 'BadThousandsGroup', offset: 1, found: '"57"' } },
    { text: '1.2.3', error: { _tag: 'BadThousandsGroup', offset: 1, found: '"2"' } },
    { text: '12.3456', error: { _tag: 'BadThousandsGroup', offset: 2, found: '"3456"' } },
    { text: '12.', error: { _tag: 'BadThousandsGroup', offset: 2, found: 'end of input' } },
    { text: '1234.567', error: { _tag: 'BadThousandsGroup', offset: 0, expected: '1 to 3 digits before a thousands dot', found: '"1234"' } },
    { text: '1,246', error: { _tag: 'CommaInCount', offset: 1, expected: 'a thousands dot', found: '","', didYouMean: '1.246' } },
    { text: '1,246,000', error: { _tag: 'CommaInCount', offset: 1, didYouMean: '1.246.000' } },
    { text: '2,181/2,321', error: { _tag: 'CommaInCount', offset: 1, didYouMean: '2.181' } },
    { text: '3,5', error: { _tag: 'FractionalCount', offset: 1, expected: 'a whole number', found: '"3,5"' } },
    { text: '3,5 người', error: { _tag: 'FractionalCount', offset: 1 } },
    { text: '1.246,5', error: { _tag: 'FractionalCount', offset: 5 } },
    { text: '94.2%', error: { _tag: 'DecimalPointInPercent', offset: 2, expected: 'a decimal comma', found: '"."', didYouMean: '94,2%' } },
    { text: 'đạt 94.25 %', error: { _tag: 'DecimalPointInPercent', offset: 6, didYouMean: '94,25%' } },
    { text: 'abc', error: { _tag: 'UnknownWord', offset: 0, found: '"abc"', word: 'abc' } },
    { text: 'tren 12.360', error: { _tag: 'UnknownWord', offset: 0, word: 'tren', nearest: ['trên', 'hơn', 'gần'] } },
    { text: 'trên', error: { _tag: 'QualifierWithoutNumber', offset: 4, expected: 'a number after "trên"', found: 'end of input', qualifier: 'trên' } },
    { text: 'ít nhất', error: { _tag: 'QualifierWithoutNumber', offset: 7, qualifier: 'ít nhất' } },
    { text: 'đạt trên', error: { _tag: 'QualifierWithoutNumber', offset: 8, qualifier: 'trên' } },
    { text: 'trên trên 5', error: { _tag: 'MissingNumber', offset: 5, expected: 'a number after "trên"', found: '"trên"' } },
    { text: '2.181/', error: { _tag: 'MissingNumber', offset: 6, expected: 'a denominator after "/"', found: 'end of input' } },
    { text: '/2.321', error: { _tag: 'MissingNumber', offset: 0, expected: 'a numerator before "/"', found: '"/"' } },
    { text: '%', error: { _tag: 'MissingNumber', offset: 0, expected: 'a number before "%"', found: '"%"' } },
    { text: 'đạt một%', error: { _tag: 'MissingNumber', offset: 4, found: '"một"' } },
    { text: '12 360', error: { _tag: 'SpaceInNumber', offset: 2, expected: 'no space inside a number', found: '" "' } },
    { text: '94,2 5%', error: { _tag: 'SpaceInNumber', offset: 4 } },
    { text: '-5', error: { _tag: 'NegativeNumber', offset: 0, found: '"-"' } },
    { text: 'trên −5', error: { _tag: 'NegativeNumber', offset: 5, found: '"−"' } },
    { text: '2.181/0', error: { _tag: 'ZeroDenominator', offset: 6, expected: 'a denominator above 0', found: '"0"' } },
    { text: '2.181/000', error: { _tag: 'ZeroDenominator', offset: 6 } },
    { text: 'đạt 93', error: { _tag: 'MissingPercentSign', offset: 6, expected: '"%"', found: 'end of input' } },
    { text: '2.181/2.321 (94,2)', error: { _tag: 'MissingPercentSign', offset: 17, found: '")"' } },
    { text: '2.181/2.321, 94', error: { _tag: 'MissingPercentSign', offset: 15 } },
    { text: '94,2345%', error: { _tag: 'TooManyDecimals', offset: 2, expected: 'at most 3 decimals', found: '"2345"' } },
    { text: '9.007.199.254.740.993', error: { _tag: 'NumberTooLarge', offset: 0 } },
    { text: '12.360 người', error: { _tag: 'UnexpectedText', offset: 7, expected: 'the end of the number', found: '"người"' } },
    { text: '93% (1.795/1.923)', error: { _tag: 'UnexpectedText', offset: 4, expected: 'end of input', found: '"("' } },
    { text: '2.181/2.321 (94,2%', error: { _tag: 'UnexpectedText', offset: 18, expected: '")"', found: 'end of input' } },
    { text: '2.181/2.321%', error: { _tag: 'UnexpectedText', offset: 11, expected: 'a denominator without "%"' } },
    { text: 'hàng chục', error: { _tag: 'UnexpectedText', offset: 5, found: '"chục"' } },
    { text: 'hàng trăm 500', error: { _tag: 'UnexpectedText', offset: 10, found: '"500"' } },
    { text: 'ít 5', error: { _tag: 'UnexpectedText', offset: 3, expected: '"nhất" after "ít"' } },
    { text: 'mười năm', error: { _tag: 'UnexpectedText', offset: 5, found: '"năm"' } },
    { text: 'hai mươi', error: { _tag: 'UnexpectedText', offset: 4, found: '"mươi"' } },
  ];

  it.each(cases)('refuses $text with $error._tag at offset $error.offset', ({ text, error }) => {
    expect(refused(text)).toMatchObject(error);
  });

  it('writes every message on one line, naming the input and the offset', () => {
    for (const { text, error } of cases) {
      const { message, input, offset } = refused(text);
      expect(message).not.toContain('\n');
      expect(message.startsWith(`${JSON.stringify(input)} at offset ${offset}: `), message).toBe(true);
      expect(offset).toBe(error.offset);
    }
  });

  it('explains the likeliest mistake in its message', () => {
    expect(refused('3.57').message).toBe(
      '"3.57" at offset 1: a thousands dot must be followed by exactly 3 digits, found "57"; "3.57" may be a decimal written with a dot, which is refused (counts are whole numbers)',
    );
    expect(refused('94.2%').message).toBe('"94.2%" at offset 2: percentages take a decimal comma: did you mean 94,2%?');
    expect(refused('1,246').message).toBe('"1,246" at offset 1: a comma in a count: did you mean 1.246? (thousands take a dot, decimals a comma)');
    expect(refused('12 360').message).toBe('"12 360" at offset 2: a space inside a number (thousands take a dot: 12.360)');
    expect(refused('trên').message).toBe('"trên" at offset 4: the qualifier "trên" has no number after it');
    expect(refused('abc').message).toContain('unknown word "abc"');
  });

  it('gives offsets in the normalised text, the one errors carry as input', () => {
    const error = refused('\u00a0 trên\u00a0\u00a012.36');
    expect(error).toMatchObject({ _tag: 'BadThousandsGroup', input: 'trên 12.36', offset: 7 });
    expect(error.input.slice(error.offset)).toBe('.36');
  });

  it('never throws, whatever the text', () => {
    const pieces = ['1', '23', '.', ',', '/', '%', ' ', '(', ')', '=', '-', 'đạt', 'trên', 'hàng', 'trăm', 'mười', 'x', '\u00a0'];
    let seed = 7;
    for (let n = 0; n < 3000; n += 1) {
      let text = '';
      for (let k = 0; k < 1 + (n % 7); k += 1) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += pieces[seed % pieces.length];
      }
      const parsed = parseWrittenNumber(text);
      if (E.isLeft(parsed)) expect(parsed.left.offset).toBeLessThanOrEqual(parsed.left.input.length);
      else expect(parsed.right.written).toBe(text.replace(/[\s\u00a0]+/g, ' ').trim());
    }
  });
});

describe('formatWrittenNumber', () => {
  it('writes the canonical Vietnamese form', () => {
    expect(formatWrittenNumber({ value: 3573 })).toBe('3.573');
    expect(formatWrittenNumber({ value: 12360, qualifier: 'more-than' })).toBe('trên 12.360');
    expect(formatWrittenNumber({ value: 20, qualifier: 'at-least' })).toBe('ít nhất 20');
    expect(formatWrittenNumber({ qualifier: 'hundreds-of' })).toBe('hàng trăm');
    expect(formatWrittenNumber({ qualifier: 'thousands-of' })).toBe('hàng nghìn');
    expect(formatWrittenNumber({ numerator: 2181, denominator: 2321 })).toBe('2.181/2.321');
    expect(formatWrittenNumber({ numerator: 2181, denominator: 2321, percent: percent(942, 1) })).toBe('2.181/2.321, đạt 94,2%');
    expect(formatWrittenNumber({ percent: percent(100, 0), percentQualifier: 'nearly' })).toBe('gần 100%');
    expect(formatWrittenNumber({ value: 1917, percent: percent(91, 0), percentQualifier: 'more-than' })).toBe('1.917, đạt trên 91%');
  });

  it('writes what was read in its canonical form: digits, "trên", "hàng nghìn", no padding', () => {
    expect(formatWrittenNumber(read('hơn một'))).toBe('trên 1');
    expect(formatWrittenNumber(read('05'))).toBe('5');
    expect(formatWrittenNumber(read('hàng ngàn'))).toBe('hàng nghìn');
    expect(formatWrittenNumber(read('2.181 / 2.321 (94,2%)'))).toBe('2.181/2.321, đạt 94,2%');
    expect(formatWrittenNumber(read('đạt 93%'))).toBe('93%');
  });

  it('reads its canonical forms back to themselves', () => {
    const canonical = [
      '3.573',
      '0',
      'trên 12.360',
      'ít nhất 20',
      'gần 1.000',
      'khoảng 500',
      'hàng trăm',
      'hàng nghìn',
      '94,2%',
      '93%',
      '0,05%',
      'gần 100%',
      'trên 80%',
      '2.181/2.321',
      '2.181/2.321, đạt 94,2%',
      'khoảng 2.000/2.321, đạt gần 86%',
      '1.917, đạt 91%',
    ];
    for (const text of canonical) expect(formatWrittenNumber(read(text))).toBe(text);
  });

  it('round-trips generated numbers: parse(format(x)) is x', () => {
    const qualifiers: ReadonlyArray<Qualifier | undefined> = [undefined, 'more-than', 'at-least', 'nearly', 'about'];
    let seed = 20_101;
    const next = (bound: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % bound;
    };
    // Magnitudes from 0 to tens of millions, so every length of thousands group turns up.
    const count = (): number => next(10 ** (1 + next(8)));
    for (let n = 0; n < 5000; n += 1) {
      const form = (['count', 'fraction', 'magnitude', 'percent'] as const)[next(4)];
      const qualifier = qualifiers[next(5)];
      const percentQualifier = qualifiers[next(5)];
      const decimals = next(4) as StatedPercent['decimals'];
      const withPercent = form === 'percent' || (form !== 'magnitude' && next(2) === 0);
      const stated: Omit<WrittenNumber, 'written'> = {
        ...(form === 'count' ? { value: count() } : {}),
        ...(form === 'fraction' ? { numerator: count(), denominator: 1 + count() } : {}),
        ...((form === 'count' || form === 'fraction') && qualifier !== undefined ? { qualifier } : {}),
        ...(form === 'magnitude' ? { qualifier: next(2) === 0 ? 'hundreds-of' : 'thousands-of' } : {}),
        ...(withPercent ? { percent: { scaled: next(200 * 10 ** decimals), decimals } } : {}),
        ...(withPercent && percentQualifier !== undefined ? { percentQualifier } : {}),
      };
      const written = formatWrittenNumber(stated);
      expect(parseWrittenNumber(written), JSON.stringify(stated)).toStrictEqual(E.right({ written, ...stated }));
    }
  });

  it('refuses, as programmer errors, combinations the grammar never reads', () => {
    expect(() => formatWrittenNumber({ value: 500, qualifier: 'hundreds-of' })).toThrow(RangeError);
    expect(() => formatWrittenNumber({ value: 5, numerator: 5, denominator: 6 })).toThrow(RangeError);
    expect(() => formatWrittenNumber({ numerator: 5 })).toThrow(RangeError);
    expect(() => formatWrittenNumber({ numerator: 5, denominator: 0 })).toThrow(RangeError);
    expect(() => formatWrittenNumber({ qualifier: 'more-than' })).toThrow(RangeError);
    expect(() => formatWrittenNumber({ qualifier: 'more-than', percent: percent(80, 0) })).toThrow(RangeError);
    expect(() => formatWrittenNumber({ value: 5, percentQualifier: 'nearly' })).toThrow(RangeError);
    expect(() => formatWrittenNumber({ value: 3.5 })).toThrow(RangeError);
    expect(() => formatWrittenNumber({ value: -5 })).toThrow(RangeError);
    expect(() => formatWrittenNumber({})).toThrow(RangeError);
  });
});

describe('the shapes taken from the core', () => {
  it('are the qualifiers and the stated percentage of the ReportFigure command', () => {
    expectTypeOf<Qualifier>().toEqualTypeOf<'more-than' | 'at-least' | 'nearly' | 'about' | 'hundreds-of' | 'thousands-of'>();
    expectTypeOf<StatedPercent>().toEqualTypeOf<{ scaled: number; decimals: 0 | 1 | 2 | 3 }>();
    expect(read('94,2%').percent).toStrictEqual({ scaled: 942, decimals: 1 });
  });
});
