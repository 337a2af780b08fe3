import { strategiesOf } from '../evaluateRules';
import type { MissingValueStrategy, ValidationRule } from '../validationRule';
import { ruleTextIn } from '../validationRule';
import { OPERATOR_SYMBOLS, expressionText } from './ruleText';

const STRATEGY_WORDS: { readonly [s in MissingValueStrategy]: string } = {
  'skip-if-any-value-missing': 'skip if any missing',
  'skip-if-all-values-missing': 'skip if all missing',
  'never-skip': 'never skip',
};

const missingValuesText = (rule: ValidationRule): string => {
  if (rule.operator === 'compulsory-pair' || rule.operator === 'exclusive-pair') return 'n/a (pair)';
  const { left, right } = strategiesOf(rule);
  return left === right ? STRATEGY_WORDS[left] : `left: ${STRATEGY_WORDS[left]}; right: ${STRATEGY_WORDS[right]}`;
};

/** A table of rules as Markdown, one row per rule: what docs/audit.md shows of the built-in set. */
export const renderRulesTable = (rules: ReadonlyArray<ValidationRule>): string =>
  [
    '| id | importance | rule | left | | right | missing values |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rules.map(
      (r) =>
        `| \`${r.id}\` | ${r.importance ?? 'medium'} | ${ruleTextIn(r.name, 'en')}<br>*${ruleTextIn(r.name, 'vi')}* | ` +
        `\`${expressionText(r.left)}\` | ${OPERATOR_SYMBOLS[r.operator]} | \`${expressionText(r.right)}\` | ${missingValuesText(r)} |`,
    ),
  ].join('\n') + '\n';

const START = '<!-- rules:built-in:start (generated from builtInRules; a test checks it) -->';
const END = '<!-- rules:built-in:end -->';

/** A document with its built-in rules table replaced by the table rendered from the rules. */
export const replaceRulesTable = (markdown: string, rules: ReadonlyArray<ValidationRule>): string => {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start) throw new Error('the document has no built-in rules markers');
  return `${markdown.slice(0, start + START.length)}\n${renderRulesTable(rules)}${markdown.slice(end)}`;
};
