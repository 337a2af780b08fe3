import type { Label } from '../model/labels';
import type { Qualifier } from '../model/qualifier';
import type { StatedPercent } from '../model/statedPercent';
import type { Language } from '../text/language';
import type { Diagnosis, Localisation, LocalisationCandidate, NumberRef } from './finding';
import {
  type IntegerRange,
  ceilDiv,
  denominatorRange,
  floorDiv,
  intersectRanges,
  isEmptyRange,
  numeratorRange,
  percentInterval,
  fractionAgainst,
  statedPercentRange,
} from './percentInterval';
import { qualifierHolds, qualifierRange } from './reconcileQualifier';
import { diagnosisOf, partCountedTwice, slipsOf, writtenNumber } from './slips';

/** A printed number in a check: where it was printed, its value, and for a percentage its decimals. */
export interface Term {
  readonly ref: NumberRef;
  readonly value: number;
  readonly decimals?: number;
}

/**
 * A check between printed numbers, as the localisation reads it:
 * - `Equal`: the left terms add up to the right terms less `offset` (a total and its parts, a
 *   stated count and the facts of its cell, less members exempted);
 * - `Within`: the counted terms lie in the range a qualified stated number allows;
 * - `Rate`: numerator/denominator (less `offset`) lies in the interval a printed percentage stands for.
 * `figureId` is the statement whose check it is, `line` its arithmetic.
 */
export type Constraint =
  | { readonly _tag: 'Equal'; readonly left: ReadonlyArray<Term>; readonly right: ReadonlyArray<Term>; readonly offset: number; readonly figureId: string; readonly line: Label }
  | { readonly _tag: 'Within'; readonly counted: ReadonlyArray<Term>; readonly bound: Term; readonly qualifier: Qualifier; readonly figureId: string; readonly line: Label }
  | {
      readonly _tag: 'Rate';
      readonly percent: Term;
      readonly stated: StatedPercent;
      readonly qualifier?: Qualifier;
      readonly numerator: ReadonlyArray<Term>;
      readonly denominator: ReadonlyArray<Term>;
      readonly offset: number;
      readonly figureId: string;
      readonly line: Label;
    };

/** The key of a printed number. */
export const refKey = (ref: NumberRef): string => `${ref.id}#${ref.slot}${ref.measure === undefined ? '' : `#${ref.measure}`}`;

const termsOf = (c: Constraint): ReadonlyArray<Term> => {
  switch (c._tag) {
    case 'Equal':
      return [...c.left, ...c.right];
    case 'Within':
      return [...c.counted, c.bound];
    case 'Rate':
      return [c.percent, ...c.numerator, ...c.denominator];
  }
};

const sum = (terms: ReadonlyArray<Term>): number => terms.reduce((n, t) => n + t.value, 0);

/** Whether a check holds for the numbers as printed. */
export const constraintHolds = (c: Constraint): boolean => {
  switch (c._tag) {
    case 'Equal':
      return sum(c.left) === sum(c.right) - c.offset;
    case 'Within':
      return qualifierHolds(c.qualifier, c.bound.value, sum(c.counted));
    case 'Rate': {
      const d = sum(c.denominator) - c.offset;
      return d > 0 && fractionAgainst(sum(c.numerator), d, percentInterval(c.stated, c.qualifier)) === 'inside';
    }
  }
};

const ANY: IntegerRange = { low: null, high: null };
const NONE: IntegerRange = { low: 1, high: 0 };
const shift = (r: IntegerRange, by: number): IntegerRange => ({ low: r.low === null ? null : r.low - by, high: r.high === null ? null : r.high - by });

// The values of X for which c lies in the range "q X" allows (see qualifierRange), c fixed.
const boundRange = (qualifier: Qualifier, c: number): IntegerRange => {
  switch (qualifier) {
    case 'more-than':
    case 'at-least':
      return { low: 0, high: c };
    case 'nearly':
      return { low: c, high: Number(floorDiv(10n * BigInt(c), 9n)) };
    case 'about':
      return { low: Number(ceilDiv(10n * BigInt(c), 11n)), high: Number(floorDiv(10n * BigInt(c), 9n)) };
    case 'hundreds-of':
    case 'thousands-of':
      return qualifierHolds(qualifier, 0, c) ? ANY : NONE;
  }
};

const countIn = (terms: ReadonlyArray<Term>, key: string): number => terms.filter((t) => refKey(t.ref) === key).length;
const sumWithout = (terms: ReadonlyArray<Term>, key: string): number => terms.filter((t) => refKey(t.ref) !== key).reduce((n, t) => n + t.value, 0);

/** The values one number of a check can take, the others held as printed, for the check to hold. */
export const solveFor = (c: Constraint, key: string): IntegerRange => {
  switch (c._tag) {
    case 'Equal': {
      const k = countIn(c.left, key) - countIn(c.right, key);
      const rest = sumWithout(c.left, key) - sumWithout(c.right, key) + c.offset;
      if (k === 0) return rest === 0 ? ANY : NONE;
      if (rest % k !== 0) return NONE;
      const value = -rest / k;
      return { low: value, high: value };
    }
    case 'Within': {
      if (refKey(c.bound.ref) === key) return countIn(c.counted, key) > 0 ? ANY : boundRange(c.qualifier, sum(c.counted));
      const k = countIn(c.counted, key);
      if (k !== 1) return ANY;
      const { low, high } = qualifierRange(c.qualifier, c.bound.value);
      return shift({ low, high }, sumWithout(c.counted, key));
    }
    case 'Rate': {
      const interval = percentInterval(c.stated, c.qualifier);
      const inNumerator = countIn(c.numerator, key);
      const inDenominator = countIn(c.denominator, key);
      if (refKey(c.percent.ref) === key) {
        const d = sum(c.denominator) - c.offset;
        return d > 0 && inNumerator + inDenominator === 0 ? statedPercentRange(sum(c.numerator), d, c.stated.decimals, c.qualifier) : ANY;
      }
      if (inNumerator === 1 && inDenominator === 0) {
        const d = sum(c.denominator) - c.offset;
        return d > 0 ? shift(numeratorRange(d, interval), sumWithout(c.numerator, key)) : NONE;
      }
      if (inDenominator === 1 && inNumerator === 0) return shift(denominatorRange(sum(c.numerator), interval), sumWithout(c.denominator, key) - c.offset);
      return ANY;
    }
  }
};

/** Numbers known to be one printed number: a statement's numerator and the fact read from the same words. */
export type Identities = ReadonlyArray<readonly [NumberRef, NumberRef]>;

const unionFind = () => {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k);
    if (p === undefined || p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  return { find, union };
};

/** A group of checks that share numbers and of which some fail, with what localisation found. */
export interface ConflictGroup {
  readonly failing: ReadonlyArray<Constraint>;
  readonly localisation: Localisation;
  /** Whether the localisation says more than the failing checks do: it rules a number out, or spans several checks. */
  readonly narrows: boolean;
  /** Slips that would reconcile the group, for its candidates (and a part counted twice in a failing sum). */
  readonly hypotheses: ReadonlyArray<Diagnosis>;
}

/** How a candidate number is described: a statement's percentage, fraction or value, or a fact's count. */
export type DescribeRef = (ref: NumberRef, value: number, decimals: number | undefined) => Label;

const rangeText = (r: IntegerRange, decimals: number | undefined, lang: Language): string => {
  const w = (n: number) => writtenNumber(n, decimals, lang);
  if (r.low !== null && r.high !== null && r.low === r.high) return w(r.low);
  if (r.low !== null && r.high !== null) return lang === 'vi' ? `từ ${w(r.low)} đến ${w(r.high)}` : `${w(r.low)} to ${w(r.high)}`;
  if (r.low !== null) return lang === 'vi' ? `từ ${w(r.low)} trở lên` : `${w(r.low)} or more`;
  if (r.high !== null) return lang === 'vi' ? `đến ${w(r.high)}` : `up to ${w(r.high)}`;
  return lang === 'vi' ? 'bất kỳ' : 'any value';
};

const localisationLine = (
  failing: number,
  candidates: ReadonlyArray<LocalisationCandidate>,
  excluded: ReadonlyArray<{ readonly label: Label; readonly holder: Label }>,
): Label => {
  const line = (lang: Language): string => {
    const names = candidates.map((c) => `${c.label[lang]} (${lang === 'vi' ? 'nếu là' : 'if'} ${rangeText(c, c.decimals, lang)})`);
    const or = lang === 'vi' ? ' hoặc ' : ' or ';
    const not = excluded.map((e) => (lang === 'vi' ? `không phải ${e.label.vi}, vì ${e.holder.vi}` : `not ${e.label.en}, held by ${e.holder.en}`)).join('; ');
    const tail = not === '' ? '' : `; ${not}`;
    if (candidates.length === 0)
      return lang === 'vi'
        ? `không một số nào, nếu sai một mình, giải thích được ${failing} chỗ mâu thuẫn${tail}`
        : `no single number, wrong alone, explains the ${failing} conflicts${tail}`;
    if (candidates.length === 1)
      return lang === 'vi'
        ? `chỉ cần ${names[0] ?? ''} sai là giải thích được mọi mâu thuẫn${tail}`
        : `${names[0] ?? ''} alone being wrong would explain every conflict${tail}`;
    return lang === 'vi'
      ? `một trong các số sau, nếu sai một mình, giải thích được mọi mâu thuẫn: ${names.join(or)}${tail}`
      : `any one of these, wrong alone, would explain every conflict: ${names.join(or)}${tail}`;
  };
  return { vi: line('vi'), en: line('en') };
};

/**
 * Error localisation over the checks of a report (see docs/audit.md, "Error localisation"):
 * numbers read from the same words are one number (`identities`); checks that share a number
 * form a group; in a group with failing checks, a candidate is a number that takes part in every
 * failing check and for which some value satisfies every check it takes part in, the others held
 * as printed. Candidates are the numbers to look at first; a number every failing check holds but
 * another check pins down is excluded, and the check that pins it is named. The slips of the pen
 * that turn a candidate into such a value are offered as hypotheses, when the values are few
 * (within a hundredth of the number, or two).
 */
export const localiseConflicts = (constraints: ReadonlyArray<Constraint>, identities: Identities, describe: DescribeRef): ReadonlyArray<ConflictGroup> => {
  const numbers = unionFind();
  for (const [a, b] of identities) numbers.union(refKey(a), refKey(b));
  const keyOf = (t: Term) => numbers.find(refKey(t.ref));
  // One printed number is one unknown, represented by a statement's term where there is one (it
  // names the number as the report printed it), else by the fact's.
  const representative = new Map<string, Term>();
  for (const t of constraints.flatMap(termsOf)) {
    const known = representative.get(keyOf(t));
    if (known === undefined || (known.ref.slot === 'fact' && t.ref.slot !== 'fact')) representative.set(keyOf(t), t);
  }
  const normalised = constraints.map((c) => {
    const rewrite = (t: Term): Term => representative.get(keyOf(t)) ?? t;
    switch (c._tag) {
      case 'Equal':
        return { ...c, left: c.left.map(rewrite), right: c.right.map(rewrite) };
      case 'Within':
        return { ...c, counted: c.counted.map(rewrite), bound: rewrite(c.bound) };
      case 'Rate':
        return { ...c, percent: rewrite(c.percent), numerator: c.numerator.map(rewrite), denominator: c.denominator.map(rewrite) };
    }
  });
  const groups = unionFind();
  for (const c of normalised) {
    const keys = termsOf(c).map((t) => refKey(t.ref));
    for (const k of keys.slice(1)) groups.union(keys[0] ?? k, k);
  }
  const byGroup = new Map<string, Constraint[]>();
  for (const c of normalised) {
    const first = termsOf(c)[0];
    if (first === undefined) continue;
    const g = groups.find(refKey(first.ref));
    byGroup.set(g, [...(byGroup.get(g) ?? []), c]);
  }
  const out: ConflictGroup[] = [];
  for (const group of byGroup.values()) {
    const failing = group.filter((c) => !constraintHolds(c));
    if (failing.length === 0) continue;
    const keySets = failing.map((c) => new Set(termsOf(c).map((t) => refKey(t.ref))));
    const inAll = [...(keySets[0] ?? new Set<string>())].filter((k) => keySets.every((s) => s.has(k)));
    const candidates: LocalisationCandidate[] = [];
    const excluded: Array<{ readonly ref: NumberRef; readonly label: Label; readonly holder: Label }> = [];
    const hypotheses: Diagnosis[] = [];
    for (const key of inAll) {
      const term = representative.get(key);
      if (term === undefined) continue;
      const involved = group.filter((c) => termsOf(c).some((t) => refKey(t.ref) === key));
      const domain: IntegerRange = { low: 0, high: null };
      const range = involved.reduce((r, c) => intersectRanges(r, solveFor(c, key)), domain);
      const label = describe(term.ref, term.value, term.decimals);
      if (isEmptyRange(range)) {
        const holder = involved.find((c) => constraintHolds(c));
        if (holder !== undefined) excluded.push({ ref: term.ref, label, holder: holder.line });
        continue;
      }
      candidates.push({ ref: term.ref, printed: term.value, ...(term.decimals === undefined ? {} : { decimals: term.decimals }), low: range.low, high: range.high, label });
      // A slip of the pen explains a number that had to be one value, or nearly: not one bounded
      // on one side only, nor one a qualifier lets range widely, which any slip would satisfy.
      if (range.low === null || range.high === null || range.high - range.low > Math.max(2, Math.floor(term.value / 100))) continue;
      const { low, high } = range;
      for (const slip of slipsOf(term.value, term.decimals === undefined ? 'count' : 'percent', term.decimals ?? 0)) {
        if (slip.value >= low && slip.value <= high) hypotheses.push(diagnosisOf(term.ref, term.value, slip, term.decimals));
      }
    }
    for (const c of failing) {
      if (c._tag !== 'Equal' || c.offset !== 0) continue;
      const [total, parts] = c.left.length === 1 ? [c.left[0], c.right] : c.right.length === 1 ? [c.right[0], c.left] : [undefined, []];
      if (total !== undefined) hypotheses.push(...partCountedTwice(total, parts));
    }
    const allKeys = new Set(keySets.flatMap((ks) => [...ks]));
    out.push({
      failing,
      narrows: excluded.length > 0 || failing.length > 1 || candidates.length < allKeys.size,
      localisation: {
        conflicts: failing.length,
        candidates,
        excluded: excluded.map((e) => e.ref),
        line: localisationLine(failing.length, candidates, excluded),
      },
      hypotheses,
    });
  }
  return out;
};
