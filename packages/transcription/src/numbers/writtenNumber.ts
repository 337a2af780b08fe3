import { editDistance, formatCount, formatPercent, normalizeText } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { type NumberWord, type WordMeaning, numberWords, qualifierWord } from './numberWords';
import type { Qualifier, StatedPercent } from './statedShapes';
import { type PlainErrorTag, type WrittenNumberError, isWrittenNumberError, writtenNumberError } from './writtenNumberError';

/**
 * A number as a campaign report printed it, read exactly: what was written and what it says.
 * Which fields are there depends on the form:
 * - a count, "3.573", "05", "một", "trên 12.360": `value`, and `qualifier` if hedged;
 * - a magnitude, "hàng trăm", "hàng nghìn": `qualifier` only;
 * - a fraction, "2.181/2.321": `numerator` and `denominator`; a qualifier before it hedges the numerator;
 * - a percentage, "94,2%", "đạt 93%", "gần 100%": `percent`, and `percentQualifier` if hedged;
 * - a count or a fraction with its percentage, "2.181/2.321, đạt 94,2%", "2.181/2.321 (94,2%)",
 *   "2.181/2.321 = 94,2%": both sets of fields.
 * Absent fields are left out, not set to undefined. The fields are those of the core's ReportFigure.
 */
export interface WrittenNumber {
  /** The text as read: NFC, one tone-mark placement, spaces folded to one, trimmed. */
  readonly written: string;
  readonly value?: number;
  readonly qualifier?: Qualifier;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly percent?: StatedPercent;
  readonly percentQualifier?: Qualifier;
}

type Stated = Omit<WrittenNumber, 'written'>;

// ---------------------------------------------------------------------------------------------
// Tokens: runs of digits, runs of letters (a word), and any other single character (a mark).
// `spaced` says whether a space came before the token: "12 360" differs from "12.360" there.

type Token =
  | { readonly kind: 'digits' | 'word' | 'mark'; readonly text: string; readonly start: number; readonly spaced: boolean }
  | { readonly kind: 'end'; readonly text: ''; readonly start: number; readonly spaced: boolean };

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isLetter = (c: string): boolean => /[\p{L}\p{M}]/u.test(c);
const isSpace = (c: string): boolean => c === ' ';

const tokenize = (text: string): ReadonlyArray<Token> => {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    while (i < text.length && isSpace(text[i] ?? '')) i += 1;
    const spaced = i > start;
    if (i === text.length) break;
    const first = text[i] ?? '';
    const runOf = (belongs: (c: string) => boolean): string => {
      const from = i;
      while (i < text.length && belongs(text[i] ?? '')) i += 1;
      return text.slice(from, i);
    };
    const at = i;
    if (isDigit(first)) tokens.push({ kind: 'digits', text: runOf(isDigit), start: at, spaced });
    else if (isLetter(first)) tokens.push({ kind: 'word', text: runOf(isLetter), start: at, spaced });
    else {
      const mark = String.fromCodePoint(text.codePointAt(i) ?? 0);
      i += mark.length;
      tokens.push({ kind: 'mark', text: mark, start: at, spaced });
    }
  }
  tokens.push({ kind: 'end', text: '', start: text.length, spaced: false });
  return tokens;
};

// ---------------------------------------------------------------------------------------------
// The grammar (spaces are allowed between tokens unless said otherwise):
//
//   phrase     := magnitude | percentage | qualifier? (count | fraction) tail?
//   magnitude  := "hàng trăm" | "hàng nghìn" | "hàng ngàn"
//   percentage := "đạt"? qualifier? percent
//   count      := numeral | number word
//   fraction   := numeral "/" numeral
//   percent    := numeral ("," digits)? "%"     -- no space on either side of the decimal comma
//   numeral    := digits ("." 3 digits)*         -- no spaces inside; 1 to 3 digits before the first dot
//   tail       := ("," | "=") percentage | "(" percentage ")"
//
// A qualifier before a count or fraction hedges it (`qualifier`); one before a percent hedges the
// percent (`percentQualifier`). A tail follows a count or a fraction, never a percent or a magnitude.

/** A numeral as read: its digits without the thousands dots, an optional decimal part, and a "%" if one followed. */
interface Numeral {
  readonly digits: string;
  readonly start: number;
  readonly end: number;
  readonly dotted: boolean;
  readonly decimals?: { readonly digits: string; readonly commaAt: number };
  readonly percent: boolean;
}

type Read<A> = A | WrittenNumberError;

const describe = (t: Token): string => (t.kind === 'end' ? 'end of input' : JSON.stringify(t.text));
const quoted = (words: ReadonlyArray<string>): string => words.map((w) => JSON.stringify(w)).join(', ');
const wordKey = (w: string): string => w.toLocaleLowerCase('vi');
const phraseOf = (w: NumberWord): string => w.words.join(' ');
const MINUS_SIGNS = ['-', '\u2212', '\u2013'];

const parsePhrase = (input: string, tokens: ReadonlyArray<Token>): Read<Stated> => {
  let i = 0;
  const peek = (k = 0): Token => tokens[Math.min(i + k, tokens.length - 1)] as Token;
  const advance = (): Token => {
    const t = peek();
    if (i < tokens.length - 1) i += 1;
    return t;
  };
  const isMark = (t: Token, mark: string): boolean => t.kind === 'mark' && t.text === mark;
  const fail = (tag: PlainErrorTag, offset: number, expected: string, found: string, explanation: string): WrittenNumberError =>
    writtenNumberError<PlainErrorTag>(tag, { input, offset, expected, found }, explanation);

  // Words: the longest phrase of the lexicon that starts here, among those of the kinds allowed.
  const readWords = (allowed: ReadonlyArray<WordMeaning['kind']>, expected: string): Read<NumberWord> => {
    const start = peek();
    const matches = (w: NumberWord, n: number): boolean => w.words.slice(0, n).every((word, k) => peek(k).kind === 'word' && wordKey(peek(k).text) === word);
    const full = numberWords.filter((w) => matches(w, w.words.length)).sort((a, b) => b.words.length - a.words.length)[0];
    if (full === undefined) {
      const begun = numberWords.filter((w) => w.words.length > 1 && matches(w, 1));
      if (begun.length > 0) {
        const next = peek(1);
        const wanted = begun.map((w) => w.words[1] ?? '');
        return fail(
          'UnexpectedText',
          next.start,
          `${quoted(wanted)} after ${JSON.stringify(start.text)}`,
          describe(next),
          `expected ${quoted(wanted)} after ${JSON.stringify(start.text)}, found ${describe(next)}`,
        );
      }
      const known = numberWords.filter((w) => allowed.includes(w.meaning.kind));
      const key = wordKey(start.text);
      const nearest = known
        .map((w, index) => ({ phrase: phraseOf(w), index, distance: editDistance(key, w.words[0] ?? '') }))
        .sort((p, q) => p.distance - q.distance || p.index - q.index)
        .slice(0, 3)
        .map((p) => p.phrase);
      return writtenNumberError(
        'UnknownWord',
        { input, offset: start.start, expected, found: describe(start), word: start.text, nearest },
        `unknown word ${describe(start)}, expected ${expected}; nearest known: ${quoted(nearest)}`,
      );
    }
    if (!allowed.includes(full.meaning.kind)) {
      return fail('MissingNumber', start.start, expected, JSON.stringify(phraseOf(full)), `expected ${expected}, found ${JSON.stringify(phraseOf(full))}`);
    }
    for (let k = 0; k < full.words.length; k += 1) advance();
    return full;
  };

  // A number is due here: explain what came instead.
  const missingNumber = (expected: string): WrittenNumberError => {
    const t = peek();
    if (t.kind === 'mark' && MINUS_SIGNS.includes(t.text) && peek(1).kind === 'digits' && !peek(1).spaced) {
      return fail('NegativeNumber', t.start, expected, describe(t), 'a minus sign: counts and percentages are never negative');
    }
    const wanted = isMark(t, '%') ? `a number before "%"` : isMark(t, '/') ? `a numerator before "/"` : expected;
    return fail('MissingNumber', t.start, wanted, describe(t), `expected ${wanted}, found ${describe(t)}`);
  };

  // digits ("." 3 digits)*, then an optional unspaced decimal comma and an optional "%".
  const readNumeral = (expected: string): Read<Numeral> => {
    const first = peek();
    if (first.kind !== 'digits') return missingNumber(expected);
    advance();
    let digits = first.text;
    let dotted = false;
    while (isMark(peek(), '.') && !peek().spaced) {
      const dot = advance();
      const group = peek();
      if (group.kind !== 'digits' || group.spaced) {
        return fail(
          'BadThousandsGroup',
          dot.start,
          '3 digits after the thousands dot',
          describe(group),
          `a thousands dot must be followed by exactly 3 digits, found ${describe(group)}`,
        );
      }
      if (group.text.length !== 3) {
        const written = input.slice(first.start, group.start + group.text.length);
        if (isMark(peek(1), '%')) {
          const didYouMean = `${input.slice(first.start, dot.start)},${group.text}%`;
          return writtenNumberError(
            'DecimalPointInPercent',
            { input, offset: dot.start, expected: 'a decimal comma', found: '"."', didYouMean },
            `percentages take a decimal comma: did you mean ${didYouMean}?`,
          );
        }
        const decimalHint = isMark(peek(1), '.')
          ? ''
          : `; ${JSON.stringify(written)} may be a decimal written with a dot, which is refused (counts are whole numbers)`;
        return fail(
          'BadThousandsGroup',
          dot.start,
          '3 digits after the thousands dot',
          describe(group),
          `a thousands dot must be followed by exactly 3 digits, found ${describe(group)}${decimalHint}`,
        );
      }
      advance();
      digits += group.text;
      dotted = true;
    }
    if (dotted && first.text.length > 3) {
      return fail(
        'BadThousandsGroup',
        first.start,
        '1 to 3 digits before a thousands dot',
        describe(first),
        `at most 3 digits come before a thousands dot, found ${describe(first)}`,
      );
    }
    let decimals: Numeral['decimals'];
    if (isMark(peek(), ',') && !peek().spaced && peek(1).kind === 'digits' && !peek(1).spaced) {
      const comma = advance();
      decimals = { digits: advance().text, commaAt: comma.start };
    }
    const end = peek(-1).start + peek(-1).text.length;
    if (peek().kind === 'digits' && peek().spaced) {
      const rest = peek();
      const hint = decimals === undefined && rest.text.length === 3 ? ` (thousands take a dot: ${input.slice(first.start, end)}.${rest.text})` : '';
      return fail('SpaceInNumber', rest.start - 1, 'no space inside a number', '" "', `a space inside a number${hint}`);
    }
    if (!Number.isSafeInteger(Number(digits + (decimals?.digits ?? '')))) {
      return fail(
        'NumberTooLarge',
        first.start,
        'a number below 9.007.199.254.740.992',
        JSON.stringify(input.slice(first.start, end)),
        'the number is too large to be counted exactly',
      );
    }
    const percent = isMark(peek(), '%');
    if (percent) advance();
    return { digits, start: first.start, end, dotted, ...(decimals === undefined ? {} : { decimals }), percent };
  };

  // A count's numeral must be whole and carry no "%".
  const asCount = (n: Numeral): Read<number> => {
    if (n.decimals !== undefined) {
      // Look ahead over further ",ddd" groups: "1,246,000" is thousands written with commas.
      const groups = [n.decimals.digits];
      for (let k = 0; isMark(peek(k), ',') && !peek(k).spaced && peek(k + 1).kind === 'digits' && !peek(k + 1).spaced; k += 2) groups.push(peek(k + 1).text);
      const found = JSON.stringify(input.slice(n.start, n.decimals.commaAt + 1 + n.decimals.digits.length));
      if (!n.dotted && n.digits.length <= 3 && groups.every((g) => g.length === 3)) {
        const didYouMean = [n.digits, ...groups].join('.');
        return writtenNumberError(
          'CommaInCount',
          { input, offset: n.decimals.commaAt, expected: 'a thousands dot', found: '","', didYouMean },
          `a comma in a count: did you mean ${didYouMean}? (thousands take a dot, decimals a comma)`,
        );
      }
      return fail('FractionalCount', n.decimals.commaAt, 'a whole number', found, `counts are whole numbers, and ${found} has a decimal part after the comma`);
    }
    return Number(n.digits);
  };

  // A percent's numeral must end in "%" and keep at most 3 decimals.
  const asPercent = (n: Numeral, why: string): Read<StatedPercent> => {
    if (!n.percent)
      return fail('MissingPercentSign', n.end, '"%"', describe(peek()), `expected "%" after ${JSON.stringify(input.slice(n.start, n.end))}: ${why}`);
    const decimals = n.decimals?.digits ?? '';
    if (decimals.length > 3) {
      return fail(
        'TooManyDecimals',
        n.decimals?.commaAt ?? n.start,
        'at most 3 decimals',
        JSON.stringify(decimals),
        `a percentage keeps at most 3 decimals, found ${decimals.length}`,
      );
    }
    return { scaled: Number(n.digits + decimals), decimals: decimals.length as StatedPercent['decimals'] };
  };

  // percentage := "đạt"? qualifier? percent; `reached` says whether "đạt" was read already.
  const readPercentage = (reached: boolean, after: string): Read<Stated> => {
    if (!reached && peek().kind === 'word' && wordKey(peek().text) === 'đạt') advance();
    let percentQualifier: Qualifier | undefined;
    if (peek().kind === 'word') {
      const q = readWords(['qualifier'], `a percentage after ${after}`);
      if (isWrittenNumberError(q)) return q;
      if (q.meaning.kind !== 'qualifier') throw new TypeError('readWords returned a word of a kind it was not allowed');
      percentQualifier = q.meaning.qualifier;
      if (peek().kind === 'end') return qualifierAlone(q);
    }
    if (peek().kind === 'word') return missingNumber('a percentage in digits');
    const n = readNumeral(`a percentage after ${after}`);
    if (isWrittenNumberError(n)) return n;
    const percent = asPercent(n, reached ? '"đạt" introduces a percentage' : `${after} introduces a percentage`);
    if (isWrittenNumberError(percent)) return percent;
    return { percent, ...(percentQualifier === undefined ? {} : { percentQualifier }) };
  };

  const qualifierAlone = (q: NumberWord): WrittenNumberError =>
    writtenNumberError(
      'QualifierWithoutNumber',
      { input, offset: input.length, expected: `a number after ${JSON.stringify(phraseOf(q))}`, found: 'end of input', qualifier: phraseOf(q) },
      `the qualifier ${JSON.stringify(phraseOf(q))} has no number after it`,
    );

  // tail := ("," | "=") percentage | "(" percentage ")"; nothing at all is fine.
  const withTail = (base: Stated): Read<Stated> => {
    const t = peek();
    if (t.kind === 'end') return base;
    if (isMark(t, ',') || isMark(t, '=')) {
      advance();
      const p = readPercentage(false, JSON.stringify(t.text));
      return isWrittenNumberError(p) ? p : { ...base, ...p };
    }
    if (isMark(t, '(')) {
      advance();
      const p = readPercentage(false, '"("');
      if (isWrittenNumberError(p)) return p;
      if (!isMark(peek(), ')'))
        return fail('UnexpectedText', peek().start, '")"', describe(peek()), `expected ")" to close the percentage, found ${describe(peek())}`);
      advance();
      return { ...base, ...p };
    }
    return fail(
      'UnexpectedText',
      t.start,
      'the end of the number',
      describe(t),
      `expected the end of the number, or its percentage after ",", "(" or "=", found ${describe(t)}`,
    );
  };

  // After an optional qualifier: a count in words, a percent, a fraction or a count in digits.
  const readQuantity = (q: NumberWord | undefined): Read<Stated> => {
    const qualifier = q?.meaning.kind === 'qualifier' ? q.meaning.qualifier : undefined;
    // The qualifier hedges the count or the numerator, or the percent when the number is one.
    const hedged = qualifier === undefined ? {} : { qualifier };
    const percentHedged = qualifier === undefined ? {} : { percentQualifier: qualifier };
    const after = q === undefined ? 'a number' : `a number after ${JSON.stringify(phraseOf(q))}`;
    if (q !== undefined && peek().kind === 'end') return qualifierAlone(q);
    if (peek().kind === 'word') {
      const w = readWords(['number'], after);
      if (isWrittenNumberError(w)) return w;
      if (w.meaning.kind !== 'number') throw new TypeError('readWords returned a word of a kind it was not allowed');
      return withTail({ value: w.meaning.value, ...hedged });
    }
    const n = readNumeral(after);
    if (isWrittenNumberError(n)) return n;
    if (n.percent) {
      const percent = asPercent(n, '');
      return isWrittenNumberError(percent) ? percent : { percent, ...percentHedged };
    }
    const count = asCount(n);
    if (isWrittenNumberError(count)) return count;
    if (!isMark(peek(), '/')) return withTail({ value: count, ...hedged });
    const slash = advance();
    const d = readNumeral('a denominator after "/"');
    if (isWrittenNumberError(d)) return d;
    if (d.percent)
      return fail('UnexpectedText', d.end, 'a denominator without "%"', '"%"', 'a denominator is a count: a percentage goes after ",", "(" or "="');
    const denominator = asCount(d);
    if (isWrittenNumberError(denominator)) return denominator;
    if (denominator === 0)
      return fail(
        'ZeroDenominator',
        d.start,
        'a denominator above 0',
        JSON.stringify(input.slice(d.start, d.end)),
        `the denominator after "/" at offset ${slash.start} is 0`,
      );
    return withTail({ numerator: count, denominator, ...hedged });
  };

  const readPhrase = (): Read<Stated> => {
    if (peek().kind !== 'word') return readQuantity(undefined);
    const w = readWords(
      ['qualifier', 'magnitude', 'reached', 'number'],
      'a number, a qualifier (trên, hơn, ít nhất, gần, khoảng, hàng trăm, hàng nghìn) or "đạt"',
    );
    if (isWrittenNumberError(w)) return w;
    switch (w.meaning.kind) {
      case 'magnitude':
        return { qualifier: w.meaning.qualifier };
      case 'reached':
        return readPercentage(true, '"đạt"');
      case 'qualifier':
        return readQuantity(w);
      case 'number':
        return withTail({ value: w.meaning.value });
    }
  };

  const stated = readPhrase();
  if (isWrittenNumberError(stated)) return stated;
  const rest = peek();
  if (rest.kind !== 'end') return fail('UnexpectedText', rest.start, 'end of input', describe(rest), `expected the end of the number, found ${describe(rest)}`);
  return stated;
};

/**
 * Reads a number as a Vietnamese campaign report writes it. The grammar:
 * - thousands take a dot in groups of exactly 3 ("3.573", "12.360"), decimals a comma; counts are
 *   whole, percentages may have up to 3 decimals ("94,2%"); zero padding is allowed ("05");
 * - the numbers 1 to 19 may be written in words (see `numberWords`);
 * - qualifiers go before the number: trên, hơn, ít nhất, gần, khoảng; "hàng trăm", "hàng nghìn" and
 *   "hàng ngàn" stand in place of a number; "đạt" before a percentage is skipped;
 * - a fraction "2.181/2.321" (spaces around the slash are tolerated and kept in `written`); the
 *   numerator may exceed the denominator (the audit flags it), the denominator may not be 0;
 * - a count or fraction may carry its percentage: "2.181/2.321, đạt 94,2%", "2.181/2.321 (94,2%)",
 *   "2.181/2.321 = 94,2%".
 * Words are compared without case, after normalisation; the text is normalised as the core
 * normalises names (NFC, one tone-mark placement, non-breaking spaces folded) and trimmed.
 * Never throws: malformed text is a WrittenNumberError naming the offset and what was expected.
 */
export const parseWrittenNumber = (text: string): E.Either<WrittenNumberError, WrittenNumber> => {
  const written = normalizeText(text);
  if (written === '') {
    return E.left(writtenNumberError('EmptyInput', { input: written, offset: 0, expected: 'a number', found: 'end of input' }, 'no number was written'));
  }
  const stated = parsePhrase(written, tokenize(written));
  return isWrittenNumberError(stated) ? E.left(stated) : E.right({ written, ...stated });
};

const isCount = (n: number | undefined): boolean => n === undefined || (Number.isSafeInteger(n) && n >= 0);

/**
 * Writes a written number back in its canonical Vietnamese form, from its fields (`written` is not
 * read): "trên 12.360", "2.181/2.321, đạt 94,2%", "gần 100%", "hàng nghìn". Canonical means digits
 * (never words, never zero-padded), "trên" for more-than, "hàng nghìn" for thousands-of, no spaces
 * around the slash, and a count's percentage after ", đạt". `parseWrittenNumber` reads it back to
 * the same fields. A combination the grammar never produces (a magnitude with a value, a value and a
 * fraction, a qualifier with nothing to hedge, a negative or fractional count) is a programmer
 * error and throws a RangeError.
 */
export const formatWrittenNumber = (n: Omit<WrittenNumber, 'written'> & { readonly written?: string }): string => {
  const wrong = (why: string): never => {
    throw new RangeError(`formatWrittenNumber: ${why} in ${JSON.stringify(n)}`);
  };
  if (![n.value, n.numerator, n.denominator, n.percent?.scaled].every(isCount)) wrong('a count that is not a non-negative integer');
  if ((n.numerator === undefined) !== (n.denominator === undefined)) wrong('a numerator without a denominator, or the reverse');
  if (n.denominator === 0) wrong('a denominator of 0');
  if (n.value !== undefined && n.numerator !== undefined) wrong('both a value and a fraction');
  if (n.percentQualifier !== undefined && n.percent === undefined) wrong('a percent qualifier without a percent');
  if (n.percent !== undefined && ![0, 1, 2, 3].includes(n.percent.decimals)) wrong('a percent with other than 0 to 3 decimals');
  const hedge = (q: Qualifier | undefined): string => (q === undefined ? '' : `${qualifierWord[q]} `);
  const percent = n.percent === undefined ? undefined : `${hedge(n.percentQualifier)}${formatPercent(n.percent, 'vi')}`;
  const magnitude = n.qualifier === 'hundreds-of' || n.qualifier === 'thousands-of';
  if (magnitude) {
    if (n.value !== undefined || n.numerator !== undefined || n.percent !== undefined) wrong('a magnitude (hàng trăm, hàng nghìn) with a number');
    return qualifierWord[n.qualifier as Qualifier];
  }
  const base =
    n.value !== undefined
      ? formatCount(n.value, 'vi')
      : n.numerator !== undefined && n.denominator !== undefined
      ? `${formatCount(n.numerator, 'vi')}/${formatCount(n.denominator, 'vi')}`
      : undefined;
  if (base === undefined) {
    if (n.qualifier !== undefined) wrong('a qualifier with no value to hedge');
    return percent ?? wrong('nothing to write');
  }
  return `${hedge(n.qualifier)}${base}${percent === undefined ? '' : `, đạt ${percent}`}`;
};
