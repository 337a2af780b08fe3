import { recipientKindLabels } from '../../model/awardVocabulary';
import { figureKeyTermFields } from '../../model/figureKey';
import type { Label, Labels } from '../../model/labels';
import { organiserLevelLabels } from '../../model/organiserLevel';
import { periodBounds } from '../../model/period';
import type { CampaignFacts } from '../../projections/campaignFacts';
import { termLabelOf } from '../../projections/factsVocabulary';
import { formatCount } from '../../text/numberFormat';
import type { Language } from '../../text/language';
import type { RuleExpression, RuleOperator } from '../validationRule';
import { type BoundValue, templateText } from './figureTemplate';
import type { PlaceholderPosition } from './ruleBindings';
import type { BoundPlaceholder, RuleOperandResult, RuleSideResult } from './ruleViolation';

/** The symbol of each comparison, and the words of each pair operator. */
export const OPERATOR_SYMBOLS: { readonly [o in RuleOperator]: string } = {
  'equal-to': '=',
  'not-equal-to': '≠',
  'greater-than': '>',
  'greater-than-or-equal-to': '≥',
  'less-than': '<',
  'less-than-or-equal-to': '≤',
  'compulsory-pair': 'both or neither',
  'exclusive-pair': 'not both',
};

// The closed lists of a key; the words of its terms come from the history's vocabulary.
const VOCABULARIES: { readonly [field: string]: Labels<string> } = {
  organiserLevel: organiserLevelLabels,
  recipientKind: recipientKindLabels,
};

const same = (s: string): Label => ({ vi: s, en: s });

/** A period as a reader writes it: "2009" or "2007–2010". */
export const periodText = (p: Exclude<BoundValue, string>): string => {
  const { from, to } = periodBounds(p);
  return from === to ? String(from) : `${from}–${to}`;
};

/** The label of a bound value: a period, a registered name (organisation, contest, topic) or the vocabulary's words. */
export const boundValueLabel = (facts: CampaignFacts, position: PlaceholderPosition, value: BoundValue): Label => {
  if (typeof value !== 'string') return same(periodText(value));
  switch (position.field) {
    case 'organisationId':
      return same(facts.organisations.get(value)?.data.name ?? value);
    case 'contestId':
      return same(facts.contests.get(value)?.data.title ?? value);
    case 'topicId':
      return same(facts.topics.get(value)?.data.title ?? value);
    default: {
      const kind = figureKeyTermFields(position.measure).find((f) => f.field === position.field)?.kind;
      if (kind !== undefined) return termLabelOf(facts, kind, value);
      return (VOCABULARIES[position.field] as Readonly<Record<string, Label | undefined>> | undefined)?.[value] ?? same(value);
    }
  }
};

// A figure made of a few reported counts shows them ("15 + 29"); one made of many facts, or of
// facts that each count one thing (registered organisations, classes held), shows its total only.
const MAX_LISTED_PARTS = 8;

interface Term {
  readonly negative: boolean;
  readonly text: string;
}

const termOf = (operand: RuleOperandResult, lang: Language): Term | undefined => {
  if (operand.kind === 'constant') return { negative: operand.value < 0, text: formatCount(Math.abs(operand.value), lang) };
  if (operand.missing) return undefined;
  const parts = operand.figure.contributions.filter((c) => c.role === 'counted' && c.value !== 0);
  const listed = parts.length >= 2 && parts.length <= MAX_LISTED_PARTS && parts.some((c) => c.value !== 1);
  const body = listed ? parts.map((c) => formatCount(c.value, lang)).join(' + ') : formatCount(operand.figure.value ?? 0, lang);
  const magnitude = Math.abs(operand.coefficient);
  const negative = operand.coefficient < 0;
  if (magnitude === 1) return { negative, text: listed && negative ? `(${body})` : body };
  return { negative, text: `${formatCount(magnitude, lang)} × ${listed ? `(${body})` : body}` };
};

const joinTerms = (terms: ReadonlyArray<Term>): string =>
  terms.map((t, i) => (i === 0 ? `${t.negative ? '−' : ''}${t.text}` : ` ${t.negative ? '−' : '+'} ${t.text}`)).join('');

/** A side's sum as addends and total; missing figures are left out of the addends (they count 0 and are named apart). */
const sideParts = (side: RuleSideResult, lang: Language): { readonly addends: string; readonly total: string } => {
  const terms = side.operands.flatMap((o) => termOf(o, lang) ?? []);
  return { addends: joinTerms(terms), total: formatCount(side.value, lang) };
};

/** The left side as written before its relation: "15 + 29 = 44", or "43" when there is nothing to add up. */
export const leftText = (side: RuleSideResult, lang: Language): string => {
  const { addends, total } = sideParts(side, lang);
  return addends === '' || addends === total ? total : `${addends} = ${total}`;
};

/** The right side as written after its relation: "43", or "44 = 40 + 4". */
export const rightText = (side: RuleSideResult, lang: Language): string => {
  const { addends, total } = sideParts(side, lang);
  return addends === '' || addends === total ? total : `${total} = ${addends}`;
};

/** How two values actually compare: the relation a violation prints. */
export const actualRelation = (left: number, right: number): string => (left > right ? '>' : left < right ? '<' : '=');

/** The arithmetic of a violation in both languages. */
export const arithmeticOf = (operator: RuleOperator, left: RuleSideResult, right: RuleSideResult): Label => {
  const line = (lang: Language): string => {
    const l = leftText(left, lang);
    const r = rightText(right, lang);
    const none = lang === 'vi' ? 'không có số liệu' : 'no data';
    const [leftWord, rightWord] = lang === 'vi' ? ['vế trái', 'vế phải'] : ['left side', 'right side'];
    if (operator === 'compulsory-pair')
      return `${leftWord} ${left.hasData ? l : none}, ${rightWord} ${right.hasData ? r : none}`;
    if (operator === 'exclusive-pair')
      return `${leftWord} ${l}, ${rightWord} ${r}: ${lang === 'vi' ? 'cả hai vế đều có số liệu' : 'both sides have data'}`;
    return `${l} ${actualRelation(left.value, right.value)} ${r}`;
  };
  return { vi: line('vi'), en: line('en') };
};

const EXPECTED: { readonly [o in RuleOperator]?: Label } = {
  'compulsory-pair': { vi: 'cả hai vế cùng có hoặc cùng không có số liệu', en: 'both sides to have data or neither' },
  'exclusive-pair': { vi: 'nhiều nhất một vế có số liệu', en: 'at most one side to have data' },
};

/** The one-line message of a violation: name, binding, arithmetic, what was expected, what counted as 0. */
export const messageOf = (
  name: Label,
  placeholders: ReadonlyArray<BoundPlaceholder>,
  operator: RuleOperator,
  arithmetic: Label,
  countedAsZero: ReadonlyArray<{ readonly label: Label }>,
): Label => {
  const line = (lang: Language): string => {
    const binding = placeholders.length === 0 ? '' : ` (${placeholders.map((p) => p.label[lang]).join(', ')})`;
    const expected = EXPECTED[operator]?.[lang] ?? OPERATOR_SYMBOLS[operator];
    const zero =
      countedAsZero.length === 0
        ? ''
        : `; ${lang === 'vi' ? 'thiếu số liệu, tính là 0' : 'missing, counted as 0'}: ${countedAsZero.map((f) => f.label[lang]).join('; ')}`;
    return `${name[lang]}${binding}: ${arithmetic[lang]}, ${lang === 'vi' ? 'yêu cầu' : 'expected'} ${expected}${zero}`;
  };
  return { vi: line('vi'), en: line('en') };
};

/** An expression written compactly, as the docs' table of rules shows it: `awards[...] + 2 × classes[...] − 5`. */
export const expressionText = (expression: RuleExpression): string =>
  expression
    .map((operand, i) => {
      const value = 'figure' in operand ? (operand.coefficient ?? 1) : operand.constant;
      const negative = value < 0;
      const magnitude = Math.abs(value);
      const body =
        'figure' in operand ? (magnitude === 1 ? templateText(operand.figure) : `${magnitude} × ${templateText(operand.figure)}`) : String(magnitude);
      return i === 0 ? `${negative ? '−' : ''}${body}` : ` ${negative ? '−' : '+'} ${body}`;
    })
    .join('');
