import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { DecodeProblem } from '../errors/invalidInput';
import { ValidationRule, decodeRuleSet, decodeValidationRule, ruleLabel } from './validationRule';

const userRuleJson = `{
  "id": "party-members-studied-90-percent",
  "name": { "vi": "Ít nhất 90% đảng viên tham gia học tập", "en": "At least 90% of party members studied" },
  "instruction": "So sánh với kế hoạch của cấp ủy.",
  "importance": "high",
  "left": [
    { "figure": { "measure": "participants", "organisationId": "$organisationId", "period": "$period",
                  "category": "party-members", "countUnit": "person" }, "coefficient": 100 }
  ],
  "operator": "greater-than-or-equal-to",
  "right": [
    { "figure": { "measure": "eligible", "organisationId": "$organisationId", "period": "$period",
                  "category": "party-members" }, "coefficient": 90 }
  ],
  "missingValueStrategy": "skip-if-any-value-missing",
  "periodType": "year"
}`;

const problems = (result: E.Either<{ readonly problems: ReadonlyArray<DecodeProblem> }, unknown>): ReadonlyArray<DecodeProblem> =>
  E.isLeft(result) ? result.left.problems : [];

const withChange = (change: (rule: Record<string, unknown>) => void): unknown => {
  const rule = JSON.parse(userRuleJson) as Record<string, unknown>;
  change(rule);
  return rule;
};

describe('ValidationRule', () => {
  it('decodes a rule written as JSON: fixed fields decoded, placeholders kept by field', () => {
    const decoded = decodeValidationRule(JSON.parse(userRuleJson));
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    const rule = decoded.right;
    expect(rule.id).toBe('party-members-studied-90-percent');
    expect(ruleLabel(rule.name)).toEqual({ vi: 'Ít nhất 90% đảng viên tham gia học tập', en: 'At least 90% of party members studied' });
    expect(rule.instruction && ruleLabel(rule.instruction)).toEqual({ vi: 'So sánh với kế hoạch của cấp ủy.', en: 'So sánh với kế hoạch của cấp ủy.' });
    expect(rule.left).toEqual([
      {
        figure: {
          measure: 'participants',
          fixed: { category: 'party-members', countUnit: 'person' },
          placeholders: { organisationId: 'organisationId', period: 'period' },
        },
        coefficient: 100,
      },
    ]);
    expect(rule.periodType).toBe('year');
  });

  it('encodes back to the JSON it was decoded from', () => {
    const input = JSON.parse(userRuleJson) as unknown;
    const decoded = ValidationRule.decode(input);
    if (E.isLeft(decoded)) throw new Error('undecodable');
    expect(ValidationRule.encode(decoded.right)).toEqual(input);
  });

  it('accepts constants and negative coefficients', () => {
    const decoded = decodeValidationRule(
      withChange((r) => {
        r['right'] = [{ constant: 5 }, { figure: { measure: 'classes', period: 2009 }, coefficient: -2 }];
      }),
    );
    expect(E.isRight(decoded) && decoded.right.right).toEqual([
      { constant: 5 },
      { figure: { measure: 'classes', fixed: { period: 2009 }, placeholders: {} }, coefficient: -2 },
    ]);
  });

  it.each<[string, (rule: Record<string, unknown>) => void, Partial<DecodeProblem>]>([
    [
      'a term not written as a term id',
      (r) => {
        r['right'] = [{ figure: { measure: 'awards', period: '$period', stage: 'Decided' } }];
      },
      { path: 'right.0.figure.stage', expected: 'AwardStage, a term id (a-z, 0-9, . _ : / -)', actual: '"Decided"' },
    ],
    [
      'a field the measure does not have',
      (r) => {
        r['right'] = [{ figure: { measure: 'awards', period: '$period', recipentKind: 'collective' } }];
      },
      { path: 'right.0.figure.recipentKind', expected: 'a field of awards (nearest first: recipientKind, period, kind, decidingBody, stage, instrument)' },
    ],
    [
      'a required field left out',
      (r) => {
        r['right'] = [{ figure: { measure: 'eligible', category: 'party-members' } }];
      },
      { path: 'right.0.figure.period', expected: 'Period', actual: 'nothing (the field is missing)' },
    ],
    [
      'a malformed placeholder',
      (r) => {
        r['right'] = [{ figure: { measure: 'eligible', category: 'party-members', period: '$2009' } }];
      },
      { path: 'right.0.figure.period', expected: 'a placeholder: $, a letter, then letters or digits' },
    ],
    [
      'an unknown measure',
      (r) => {
        r['left'] = [{ figure: { measure: 'rates', period: 2009 } }];
      },
      { path: 'left.0.figure.measure', expected: 'a measure other than participation-rate (compare participants with eligible)' },
    ],
    [
      'a participation rate, whose value is its numerator',
      (r) => {
        r['left'] = [{ figure: { measure: 'participation-rate', period: 2009, category: 'party-members' } }];
      },
      { path: 'left.0.figure.measure', actual: '"participation-rate"' },
    ],
    [
      'an operand that is neither a figure nor a constant',
      (r) => {
        r['left'] = [{ value: 3 }];
      },
      { path: 'left.0', expected: 'Operand ({ "figure": ... } or { "constant": ... })' },
    ],
    [
      'a coefficient of 0',
      (r) => {
        r['left'] = [{ figure: { measure: 'classes', period: 2009 }, coefficient: 0 }];
      },
      { path: 'left.0.coefficient', expected: 'Coefficient (a whole number other than 0)' },
    ],
    [
      'a fractional constant',
      (r) => {
        r['left'] = [{ constant: 0.9 }];
      },
      { path: 'left.0.constant', expected: 'Integer' },
    ],
    [
      'an empty side',
      (r) => {
        r['left'] = [];
      },
      { path: 'left', expected: 'Expression (a non-empty list of operands)' },
    ],
    [
      'an unknown operator',
      (r) => {
        r['operator'] = 'at-most';
      },
      { path: 'operator', expected: 'RuleOperator, one of equal-to, less-than, not-equal-to, greater-than, exclusive-pair, compulsory-pair, …' },
    ],
    [
      'a misspelt optional field',
      (r) => {
        r['missingValueStratgy'] = 'never-skip';
      },
      { path: 'missingValueStratgy' },
    ],
    [
      'a name without its English',
      (r) => {
        r['name'] = { vi: 'Tỷ lệ' };
      },
      { path: 'name.en', expected: 'NonEmptyText' },
    ],
    [
      'a strategy per side with a bad side',
      (r) => {
        r['missingValueStrategy'] = { left: 'never-skip', right: 'skip' };
      },
      { path: 'missingValueStrategy.right', expected: 'MissingValueStrategy, one of never-skip, skip-if-any-value-missing, skip-if-all-values-missing' },
    ],
    [
      'an id with capitals',
      (r) => {
        r['id'] = 'Rule 1';
      },
      { path: 'id', expected: 'Id' },
    ],
  ])('rejects %s, naming its path', (_what, change, expected) => {
    const found = problems(decodeValidationRule(withChange(change)));
    expect(found).toContainEqual(expect.objectContaining(expected));
  });

  it('reports only the problem, not one per union member', () => {
    const found = problems(
      decodeValidationRule(
        withChange((r) => {
          r['left'] = [{ figure: { measure: 'awards', period: 2009, stage: 'Decided' } }];
        }),
      ),
    );
    expect(found.map((p) => p.path)).toEqual(['left.0.figure.stage']);
  });

  it('names the subject in the message', () => {
    const decoded = decodeValidationRule(withChange((r) => (r['operator'] = 'at-most')));
    expect(E.isLeft(decoded) && decoded.left.message).toBe('validation rule is invalid:\n  operator: expected RuleOperator, one of equal-to, less-than, not-equal-to, greater-than, exclusive-pair, compulsory-pair, …, got "at-most"');
  });
});

describe('RuleSet', () => {
  const rule = JSON.parse(userRuleJson) as Record<string, unknown>;

  it('decodes a list of rules', () => {
    const decoded = decodeRuleSet({ rules: [rule, { ...rule, id: 'another' }] });
    expect(E.isRight(decoded) && decoded.right.rules.map((r) => r.id)).toEqual(['party-members-studied-90-percent', 'another']);
  });

  it('rejects two rules with one id, naming the second', () => {
    const found = problems(decodeRuleSet({ rules: [rule, { ...rule }] }));
    expect(found).toEqual([
      {
        path: 'rules.1.id',
        expected: 'an id no earlier rule of the set has ("party-members-studied-90-percent" is taken)',
        actual: '"party-members-studied-90-percent"',
      },
    ]);
  });

  it('names the path of a problem inside one rule of the set', () => {
    const found = problems(decodeRuleSet({ rules: [rule, { ...rule, id: 'b', operator: 'at-most' }] }));
    expect(found).toEqual([{ path: 'rules.1.operator', expected: 'RuleOperator, one of equal-to, less-than, not-equal-to, greater-than, exclusive-pair, compulsory-pair, …', actual: '"at-most"' }]);
  });
});
