import type { Label } from '../model/labels';
import type { Language } from '../text/language';
import { formatCount, formatPercent } from '../text/numberFormat';
import type { Diagnosis, NumberRef } from './finding';

/** A slip of the pen that turns a printed number into another: what it would have been, and which slip. */
export interface Slip {
  readonly slip: Diagnosis['slip'];
  readonly value: number;
}

// Past this many digits one wrong digit is a plausible misprint; below it almost any value is one digit away.
const MIN_DIGITS_FOR_ONE_WRONG = 3;

/**
 * The numbers a printed whole number could have been after one slip, each once, nearest kind first:
 * two adjacent digits transposed (86,41 for 86,14), one digit wrong (numbers of three digits or
 * more, where a single wrong digit is a misprint rather than a near value), or a separator read the
 * other way: "1.917" (one thousand nine hundred and seventeen) read as 1,917, which moves the
 * digits by three places for a count, or by one to three places for a percentage's scaled value
 * (at `decimals`), when the percentage stays at most 100%.
 */
export const slipsOf = (printed: number, kind: 'count' | 'percent', decimals = 0): ReadonlyArray<Slip> => {
  const digits = String(printed);
  const out = new Map<number, Slip['slip']>();
  const add = (value: number, slip: Slip['slip']) => {
    if (value !== printed && value >= 0 && Number.isSafeInteger(value) && !out.has(value)) out.set(value, slip);
  };
  for (let i = 0; i + 1 < digits.length; i += 1) {
    if (digits[i] === digits[i + 1]) continue;
    const swapped = `${digits.slice(0, i)}${digits[i + 1]}${digits[i]}${digits.slice(i + 2)}`;
    if (!swapped.startsWith('0')) add(Number(swapped), 'transposed-digits');
  }
  if (digits.length >= MIN_DIGITS_FOR_ONE_WRONG) {
    for (let i = 0; i < digits.length; i += 1) {
      for (let d = 0; d <= 9; d += 1) {
        if (i === 0 && d === 0) continue;
        add(Number(`${digits.slice(0, i)}${d}${digits.slice(i + 1)}`), 'one-digit-wrong');
      }
    }
  }
  // A percentage read with its separator moved stays a share of a whole: at most 100%.
  const plausible = (value: number) => kind === 'count' || (value > 0 && value <= 100 * 10 ** decimals);
  const shifts = kind === 'count' ? [3] : [1, 2, 3];
  for (const k of shifts) {
    if (plausible(printed * 10 ** k)) add(printed * 10 ** k, 'decimal-separator');
    if (printed % 10 ** k === 0 && plausible(printed / 10 ** k)) add(printed / 10 ** k, 'decimal-separator');
  }
  return [...out.entries()].map(([value, slip]) => ({ slip, value }));
};

const SLIP_WORDS: { readonly [s in Diagnosis['slip']]: Label } = {
  'transposed-digits': { vi: 'có thể hai chữ số liền nhau bị đảo', en: 'possibly two adjacent digits transposed' },
  'one-digit-wrong': { vi: 'có thể sai một chữ số', en: 'possibly one digit wrong' },
  'decimal-separator': { vi: 'có thể dấu phân cách bị đọc nhầm (dấu chấm hàng nghìn, dấu phẩy thập phân)', en: 'possibly a separator misread (a thousands dot read as a decimal point, or the reverse)' },
  'part-counted-twice': { vi: 'có thể một phần bị tính hai lần', en: 'possibly a part counted twice' },
};

/** How a number is written in a hypothesis: a count, or a percentage at its printed decimals. */
export const writtenNumber = (value: number, decimals: number | undefined, lang: Language): string =>
  decimals === undefined ? formatCount(value, lang) : formatPercent({ scaled: value, decimals }, lang);

/** A hypothesis that one slip explains a contradiction, labelled as a hypothesis in both languages. */
export const diagnosisOf = (ref: NumberRef, printed: number, slip: Slip, decimals?: number): Diagnosis => ({
  slip: slip.slip,
  ref,
  printed,
  wouldBe: slip.value,
  ...(decimals === undefined ? {} : { decimals }),
  line: {
    vi: `giả thuyết: ${writtenNumber(slip.value, decimals, 'vi')} thay cho ${writtenNumber(printed, decimals, 'vi')} thì khớp — ${SLIP_WORDS[slip.slip].vi}`,
    en: `hypothesis: ${writtenNumber(slip.value, decimals, 'en')} instead of ${writtenNumber(printed, decimals, 'en')} would match; ${SLIP_WORDS[slip.slip].en}`,
  },
});

/**
 * A part counted twice (the hypothesis is about the total, `ref`): a total that exceeds the sum of its parts by exactly one part ("2 + 33 =
 * 35, and 37 is 35 + 2"), or falls short of it by one (a part the others already hold).
 */
export const partCountedTwice = (total: { readonly ref: NumberRef; readonly value: number }, parts: ReadonlyArray<{ readonly ref: NumberRef; readonly value: number }>): ReadonlyArray<Diagnosis> => {
  const sum = parts.reduce((n, p) => n + p.value, 0);
  const gap = total.value - sum;
  if (gap === 0 || parts.length < 2) return [];
  const twice = parts.filter((p) => p.value === Math.abs(gap) && p.value > 0);
  return twice.slice(0, 1).map((p) => {
    const words = (lang: Language) => formatCount(p.value, lang);
    return {
      slip: 'part-counted-twice',
      ref: total.ref,
      printed: total.value,
      wouldBe: sum,
      line:
        gap > 0
          ? {
              vi: `giả thuyết: tổng ${formatCount(total.value, 'vi')} tính phần ${words('vi')} hai lần (${formatCount(sum, 'vi')} + ${words('vi')}) — ${SLIP_WORDS['part-counted-twice'].vi}`,
              en: `hypothesis: the total ${formatCount(total.value, 'en')} counts the part ${words('en')} twice (${formatCount(sum, 'en')} + ${words('en')}); ${SLIP_WORDS['part-counted-twice'].en}`,
            }
          : {
              vi: `giả thuyết: phần ${words('vi')} đã nằm trong các phần khác (${formatCount(sum, 'vi')} − ${words('vi')} = ${formatCount(total.value, 'vi')}) — ${SLIP_WORDS['part-counted-twice'].vi}`,
              en: `hypothesis: the part ${words('en')} is already inside the others (${formatCount(sum, 'en')} − ${words('en')} = ${formatCount(total.value, 'en')}); ${SLIP_WORDS['part-counted-twice'].en}`,
            },
    };
  });
};
