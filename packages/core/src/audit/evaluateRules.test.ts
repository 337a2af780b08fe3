import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { envelopesOf, event, factsFrom, hierarchy, withHierarchy } from '../../test/envelopes';
import { campaignFactsProjection } from '../projections/campaignFacts';
import { runProjection } from '../projections/projection';
import { evaluateRules } from './evaluateRules';
import { ruleFindings } from './ruleFindings';
import { type ValidationRule, type ValidationRuleInput, decodeValidationRule } from './validationRule';

const rule = (input: Omit<ValidationRuleInput, 'id' | 'name'> & { readonly id?: string }): ValidationRule => {
  const decoded = decodeValidationRule({ id: 'test-rule', name: { vi: 'Quy tắc thử', en: 'Test rule' }, ...input });
  if (E.isLeft(decoded)) throw new Error(decoded.left.message);
  return decoded.right;
};

const classes = (factId: string, organisationId: string, period: number, count: number, extra: { readonly bloc?: 'agencies' | 'rural' } = {}) =>
  event('ClassesReported', { factId, organisationId, period, count, ...extra });

const blocs = { organisationId: '$organisationId', period: '$period' } as const;

describe('missing-value strategies', () => {
  // District A reports agencies classes in 2009 and nothing for the rural bloc.
  const facts = withHierarchy(classes('fact:agencies', 'org:district-a', 2009, 4, { bloc: 'agencies' }));
  const sumOfBlocs = (strategy: ValidationRuleInput['missingValueStrategy'], limit: number) =>
    rule({
      left: [{ figure: { measure: 'classes', ...blocs, bloc: 'agencies' } }, { figure: { measure: 'classes', ...blocs, bloc: 'rural' } }],
      operator: 'less-than-or-equal-to',
      right: [{ constant: limit }],
      missingValueStrategy: strategy,
    });

  it('skip-if-any-value-missing (the default) skips a side with one missing figure', () => {
    const result = evaluateRules(facts, [sumOfBlocs(undefined, 3)]);
    expect([result.evaluated, result.skipped, result.violations.length]).toEqual([0, 1, 0]);
  });

  it('skip-if-all-values-missing evaluates with the missing figure counted as 0, and says so', () => {
    const result = evaluateRules(facts, [sumOfBlocs('skip-if-all-values-missing', 3)]);
    expect([result.evaluated, result.skipped]).toEqual([1, 0]);
    const [violation] = result.violations;
    expect(violation?.arithmetic.en).toBe('4 > 3');
    expect(violation?.countedAsZero.map((f) => f.key)).toEqual([{ measure: 'classes', organisationId: 'org:district-a', period: 2009, bloc: 'rural' }]);
    expect(violation?.message.en).toBe('Test rule (2009, org:district-a): 4 > 3, expected ≤; missing, counted as 0: Classes, rural (communes)');
    expect(violation?.message.vi).toBe('Quy tắc thử (2009, org:district-a): 4 > 3, yêu cầu ≤; thiếu số liệu, tính là 0: Số lớp, khối nông thôn');
  });

  it('skip-if-all-values-missing holds when the present figures hold', () => {
    const result = evaluateRules(facts, [sumOfBlocs('skip-if-all-values-missing', 4)]);
    expect([result.evaluated, result.skipped, result.violations.length]).toEqual([1, 0, 0]);
  });

  it('skip-if-all-values-missing skips a side whose figures are all missing', () => {
    const onlyRural = rule({
      left: [{ figure: { measure: 'classes', ...blocs, bloc: 'rural' } }],
      operator: 'less-than-or-equal-to',
      right: [{ constant: -1 }],
      missingValueStrategy: 'skip-if-all-values-missing',
    });
    expect(evaluateRules(facts, [onlyRural]).skipped).toBe(1);
  });

  it('never-skip evaluates a side whose figures are all missing as 0', () => {
    const onlyRural = rule({
      left: [{ figure: { measure: 'classes', ...blocs, bloc: 'rural' } }],
      operator: 'greater-than-or-equal-to',
      right: [{ constant: 1 }],
      missingValueStrategy: 'never-skip',
    });
    const result = evaluateRules(facts, [onlyRural]);
    expect(result.evaluated).toBe(1);
    expect(result.violations[0]?.arithmetic.en).toBe('0 < 1');
    expect(result.violations[0]?.left.missing[0]?.figure.status).toBe('no-data');
  });

  it('counts a not-computable figure as missing', () => {
    const inspections = withHierarchy(event('InspectionConducted', { inspectionId: 'inspection:2009', period: 2009, inspectorId: 'org:district-a' }));
    const atLeastOne = (strategy: 'skip-if-any-value-missing' | 'never-skip') =>
      rule({
        left: [{ figure: { measure: 'inspections', period: '$period', organisationId: '$organisationId' } }],
        operator: 'greater-than-or-equal-to',
        right: [{ constant: 1 }],
        missingValueStrategy: strategy,
      });
    expect(evaluateRules(inspections, [atLeastOne('skip-if-any-value-missing')]).skipped).toBe(1);
    const [violation] = evaluateRules(inspections, [atLeastOne('never-skip')]).violations;
    expect(violation?.countedAsZero[0]?.figure.status).toBe('not-computable');
    expect(violation?.message.en).toBe('Test rule (2009, org:district-a): 0 < 1, expected ≥; missing, counted as 0: Inspections');
  });

  it('judges each side by its own strategy', () => {
    const agencies = { figure: { measure: 'classes', ...blocs, bloc: 'agencies' } } as const;
    const rural = { figure: { measure: 'classes', ...blocs, bloc: 'rural' } } as const;
    const sides = (left: 'skip-if-any-value-missing' | 'skip-if-all-values-missing', right: 'skip-if-any-value-missing' | 'skip-if-all-values-missing') =>
      evaluateRules(facts, [rule({ left: [agencies, rural], operator: 'less-than-or-equal-to', right: [agencies], missingValueStrategy: { left, right } })]);
    expect([sides('skip-if-any-value-missing', 'skip-if-all-values-missing').skipped, sides('skip-if-any-value-missing', 'skip-if-all-values-missing').evaluated]).toEqual([1, 0]);
    expect([sides('skip-if-all-values-missing', 'skip-if-any-value-missing').skipped, sides('skip-if-all-values-missing', 'skip-if-any-value-missing').evaluated]).toEqual([0, 1]);
    const totalMissing = rule({ left: [agencies], operator: 'less-than-or-equal-to', right: [rural], missingValueStrategy: { left: 'never-skip', right: 'skip-if-any-value-missing' } });
    expect(evaluateRules(facts, [totalMissing]).skipped).toBe(1);
  });
});

describe('operators', () => {
  const constants = (left: number, operator: ValidationRuleInput['operator'], right: number) =>
    evaluateRules(factsFrom(), [rule({ left: [{ constant: left }], operator, right: [{ constant: right }] })]);

  it.each<[ValidationRuleInput['operator'], number, number, boolean]>([
    ['equal-to', 5, 5, true],
    ['equal-to', 5, 3, false],
    ['not-equal-to', 5, 3, true],
    ['not-equal-to', 5, 5, false],
    ['greater-than', 5, 3, true],
    ['greater-than', 5, 5, false],
    ['greater-than-or-equal-to', 5, 5, true],
    ['greater-than-or-equal-to', 3, 5, false],
    ['less-than', 3, 5, true],
    ['less-than', 5, 5, false],
    ['less-than-or-equal-to', 5, 5, true],
    ['less-than-or-equal-to', 7, 5, false],
  ])('%s between %i and %i holds: %s', (operator, left, right, holds) => {
    const result = constants(left, operator, right);
    expect(result.evaluated).toBe(1);
    expect(result.violations.length).toBe(holds ? 0 : 1);
  });

  it('prints the relation that was found, and the one expected', () => {
    const [violation] = constants(5, 'not-equal-to', 5).violations;
    expect(violation?.arithmetic).toEqual({ vi: '5 = 5', en: '5 = 5' });
    expect(violation?.message.en).toBe('Test rule: 5 = 5, expected ≠');
  });

  const pairFacts = withHierarchy(classes('fact:agencies', 'org:district-a', 2009, 4, { bloc: 'agencies' }));
  const pair = (operator: 'compulsory-pair' | 'exclusive-pair', rightBloc: 'agencies' | 'rural') =>
    rule({
      left: [{ figure: { measure: 'classes', ...blocs, bloc: 'agencies' } }],
      operator,
      right: [{ figure: { measure: 'classes', ...blocs, bloc: rightBloc } }],
    });

  it('compulsory-pair: one side with data and the other without is a violation, never skipped', () => {
    const result = evaluateRules(pairFacts, [pair('compulsory-pair', 'rural')]);
    expect([result.evaluated, result.skipped]).toEqual([1, 0]);
    expect(result.violations[0]?.arithmetic).toEqual({ vi: 'vế trái 4, vế phải không có số liệu', en: 'left side 4, right side no data' });
    expect(result.violations[0]?.countedAsZero).toEqual([]);
    expect(evaluateRules(pairFacts, [pair('compulsory-pair', 'agencies')]).violations).toEqual([]);
  });

  it('exclusive-pair: both sides with data is a violation', () => {
    const [violation] = evaluateRules(pairFacts, [pair('exclusive-pair', 'agencies')]).violations;
    expect(violation?.arithmetic.en).toBe('left side 4, right side 4: both sides have data');
    expect(evaluateRules(pairFacts, [pair('exclusive-pair', 'rural')]).violations).toEqual([]);
  });
});

describe('arithmetic', () => {
  it('multiplies by coefficients, so a rule can state a rate threshold in whole numbers', () => {
    const facts = withHierarchy(
      event('ParticipationReported', { factId: 'fact:p', organisationId: 'org:district-a', period: 2009, category: 'party-members', countUnit: 'person', count: 1795 }),
      event('EligiblePopulationDeclared', { factId: 'fact:e', organisationId: 'org:district-a', period: 2009, category: 'party-members', count: 2000 }),
    );
    const ninetyPercent = rule({
      left: [{ figure: { measure: 'participants', ...blocs, category: 'party-members', countUnit: 'person' }, coefficient: 100 }],
      operator: 'greater-than-or-equal-to',
      right: [{ figure: { measure: 'eligible', ...blocs, category: 'party-members' }, coefficient: 90 }],
    });
    const [violation] = evaluateRules(facts, [ninetyPercent]).violations;
    expect(violation?.arithmetic).toEqual({
      vi: '100 × 1.795 = 179.500 < 180.000 = 90 × 2.000',
      en: '100 × 1,795 = 179,500 < 180,000 = 90 × 2,000',
    });
    expect(violation?.eventIds).toEqual(['evt-8', 'evt-9']);
  });

  it('subtracts with negative coefficients and constants', () => {
    const facts = withHierarchy(classes('fact:a', 'org:district-a', 2009, 10), classes('fact:b', 'org:district-b', 2009, 4));
    const difference = rule({
      left: [
        { figure: { measure: 'classes', period: 2009, organisationId: 'org:district-a' } },
        { figure: { measure: 'classes', period: 2009, organisationId: 'org:district-b' }, coefficient: -1 },
        { constant: -2 },
      ],
      operator: 'less-than-or-equal-to',
      right: [{ constant: 3 }],
    });
    expect(evaluateRules(facts, [difference]).violations[0]?.arithmetic.en).toBe('10 − 4 − 2 = 4 > 3');
  });

  it('lists the facts a figure adds up, and reports each operand with its figure and contributions', () => {
    const facts = factsFrom(
      event('AwardGranted', { awardId: 'award:p', period: { from: 2007, to: 2010 }, stage: 'proposed-by-unit', kind: 'reward-or-commendation', recipientKind: 'collective', count: 43 }),
      event('AwardGranted', { awardId: 'award:r', period: { from: 2007, to: 2010 }, stage: 'decided-by-district', kind: 'reward', recipientKind: 'collective', count: 15 }),
      event('AwardGranted', { awardId: 'award:c', period: { from: 2007, to: 2010 }, stage: 'decided-by-district', kind: 'commendation', recipientKind: 'collective', count: 29 }),
    );
    const decidedWithinProposed = rule({
      importance: 'high',
      instruction: { vi: 'Đối chiếu', en: 'Compare' },
      left: [{ figure: { measure: 'awards', period: '$period', stage: 'decided-by-district', recipientKind: '$recipientKind' } }],
      operator: 'less-than-or-equal-to',
      right: [{ figure: { measure: 'awards', period: '$period', stage: 'proposed-by-unit', recipientKind: '$recipientKind' } }],
    });
    const result = evaluateRules(facts, [decidedWithinProposed]);
    expect(result.byRule).toEqual([{ ruleId: 'test-rule', evaluated: 1, skipped: 0, notCompared: 0, violations: 1 }]);
    const [v] = result.violations;
    expect(v?.arithmetic.en).toBe('15 + 29 = 44 > 43');
    expect(v?.binding).toEqual({ period: { from: 2007, to: 2010 }, recipientKind: 'collective' });
    expect(v?.placeholders.map((p) => p.label)).toEqual([
      { vi: '2007–2010', en: '2007–2010' },
      { vi: 'tập thể', en: 'collectives' },
    ]);
    expect([v?.importance, v?.instruction?.en, v?.operator]).toEqual(['high', 'Compare', 'less-than-or-equal-to']);
    expect([v?.left.value, v?.right.value]).toEqual([44, 43]);
    const decided = v?.left.operands[0];
    expect(decided?.kind === 'figure' && decided.key).toEqual({
      measure: 'awards',
      period: { from: 2007, to: 2010 },
      stage: 'decided-by-district',
      recipientKind: 'collective',
    });
    expect(decided?.kind === 'figure' && decided.figure.contributions.map((c) => [c.eventId, c.value, c.role])).toEqual([
      ['evt-2', 15, 'counted'],
      ['evt-3', 29, 'counted'],
    ]);
    expect(v?.eventIds).toEqual(['evt-1', 'evt-2', 'evt-3']);
  });
});

describe('bindings', () => {
  it('binds organisations to those facts are filed under, not to the ancestors they roll up into', () => {
    const facts = withHierarchy(
      event('ParticipationReported', { factId: 'fact:p', organisationId: 'org:commune-a1', period: 2009, category: 'teachers', countUnit: 'person', count: 30 }),
      event('EligiblePopulationDeclared', { factId: 'fact:e', organisationId: 'org:commune-a1', period: 2009, category: 'teachers', count: 20 }),
    );
    const withinEligible = rule({
      left: [{ figure: { measure: 'participants', ...blocs, category: '$category', countUnit: 'person' } }],
      operator: 'less-than-or-equal-to',
      right: [{ figure: { measure: 'eligible', ...blocs, category: '$category' } }],
    });
    const result = evaluateRules(facts, [withinEligible]);
    expect(result.evaluated).toBe(1);
    expect(result.violations.map((v) => v.binding)).toEqual([{ organisationId: 'org:commune-a1', period: 2009, category: 'teachers' }]);
    expect(result.violations[0]?.message.en).toBe('Test rule (2009, teachers, org:commune-a1): 30 > 20, expected ≤');
  });

  it('binds periods to those the facts of the rule’s measures present, spans included, in order', () => {
    const facts = withHierarchy(
      classes('fact:2010', 'org:district-a', 2010, 1),
      classes('fact:2009', 'org:district-a', 2009, 1),
      // Awards are not a measure of the rule: their span is no binding of it.
      event('AwardGranted', { awardId: 'award:span', period: { from: 2007, to: 2010 }, stage: 'proposed-by-unit', kind: 'reward', recipientKind: 'individual', count: 1 }),
      event('ClassesReported', { factId: 'fact:span', organisationId: 'org:district-a', period: { from: 2009, to: 2010 }, count: 3 }),
    );
    const anyClasses = {
      left: [{ figure: { measure: 'classes', period: '$period' } }],
      operator: 'less-than',
      right: [{ constant: 0 }],
    } as const;
    const periods = evaluateRules(facts, [rule(anyClasses)]).violations.map((v) => v.binding['period']);
    expect(periods).toEqual([2009, { from: 2009, to: 2010 }, 2010]);
    const yearsOnly = rule({ ...anyClasses, periodType: 'year' });
    expect(evaluateRules(facts, [yearsOnly]).violations.map((v) => v.binding['period'])).toEqual([2009, 2010]);
    const spansOnly = rule({ ...anyClasses, periodType: 'span' });
    // The span's own count covers the yearly ones of the same organisation (docs/projections.md, two grains).
    expect(evaluateRules(facts, [spansOnly]).violations.map((v) => v.arithmetic.en)).toEqual(['3 > 0']);
  });

  it('keeps organisations of the rule’s kinds only', () => {
    const facts = withHierarchy(classes('fact:a', 'org:district-a', 2009, 2), classes('fact:c', 'org:commune-a1', 2009, 1));
    const anyClasses = {
      left: [{ figure: { measure: 'classes', ...blocs } }],
      operator: 'less-than',
      right: [{ constant: 0 }],
    } as const;
    expect(evaluateRules(facts, [rule(anyClasses)]).violations.map((v) => v.binding['organisationId'])).toEqual(['org:commune-a1', 'org:district-a']);
    const grassroots = rule({ ...anyClasses, organisationKinds: ['grassroots-party-committee'] });
    expect(evaluateRules(facts, [grassroots]).violations.map((v) => v.binding['organisationId'])).toEqual(['org:commune-a1']);
  });

  it('takes for a placeholder used in two vocabularies only the values both accept', () => {
    const facts = withHierarchy(
      event('SteeringCommitteesReported', { factId: 'fact:sc', organisationId: 'org:district-a', memberKind: 'grassroots-party-committee', committees: 1 }),
      event('AwardGranted', { awardId: 'award:x', period: 2009, stage: 'proposed-by-unit', kind: 'reward', recipientKind: 'individual', count: 1 }),
    );
    const committees = rule({
      left: [{ figure: { measure: 'steering-committees', memberKind: '$kind' } }],
      operator: 'greater-than',
      right: [{ figure: { measure: 'organisations', kind: '$kind' } }],
      missingValueStrategy: 'never-skip',
    });
    const result = evaluateRules(facts, [committees]);
    // Kinds come from committees (grassroots) and registered organisations (4 kinds); none is an award kind.
    expect(result.evaluated).toBe(4);
    expect(result.violations.map((v) => v.binding['kind'])).toEqual(['district-committee', 'grassroots-party-committee', 'party-cell', 'province-committee']);
  });

  it('evaluates a rule without placeholders once', () => {
    const result = evaluateRules(factsFrom(...hierarchy), [
      rule({ left: [{ figure: { measure: 'organisations' } }], operator: 'equal-to', right: [{ constant: 7 }] }),
    ]);
    expect([result.evaluated, result.violations.length]).toEqual([1, 0]);
  });

  it('evaluates nothing when the facts present no value for a placeholder', () => {
    const result = evaluateRules(factsFrom(...hierarchy), [
      rule({ left: [{ figure: { measure: 'prizes', contestId: '$contestId' } }], operator: 'less-than', right: [{ constant: 0 }] }),
    ]);
    expect([result.evaluated, result.skipped, result.violations.length]).toEqual([0, 0, 0]);
  });
});

describe('as of a point in the log', () => {
  const awards = [
    event('AwardGranted', { awardId: 'award:p', period: { from: 2007, to: 2010 }, stage: 'proposed-by-unit', kind: 'reward-or-commendation', recipientKind: 'individual', count: 172 }),
    event('AwardGranted', { awardId: 'award:r', period: { from: 2007, to: 2010 }, stage: 'decided-by-district', kind: 'reward', recipientKind: 'individual', count: 59 }),
    event('AwardGranted', { awardId: 'award:c', period: { from: 2007, to: 2010 }, stage: 'decided-by-district', kind: 'commendation', recipientKind: 'individual', count: 122 }),
  ];
  const decidedWithinProposed = rule({
    left: [{ figure: { measure: 'awards', period: '$period', stage: 'decided-by-district', recipientKind: '$recipientKind' } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'awards', period: '$period', stage: 'proposed-by-unit', recipientKind: '$recipientKind' } }],
  });

  it('evaluates whatever prefix of the envelopes the caller folded', () => {
    const envelopes = envelopesOf(awards);
    const asOf = (n: number) => evaluateRules(runProjection(campaignFactsProjection, envelopes.slice(0, n)), [decidedWithinProposed]);
    expect(asOf(1)).toEqual({
      evaluated: 0,
      skipped: 1,
      violations: [],
      notCompared: [],
      unknownTerms: [],
      byRule: [{ ruleId: 'test-rule', evaluated: 0, skipped: 1, notCompared: 0, violations: 0 }],
    });
    expect(asOf(2).violations).toEqual([]);
    expect(asOf(2).evaluated).toBe(1);
    expect(asOf(3).violations.map((v) => v.arithmetic.en)).toEqual(['59 + 122 = 181 > 172']);
    expect(asOf(3).violations[0]?.eventIds).toEqual(['evt-1', 'evt-2', 'evt-3']);
  });

  it('gives the same answer twice for the same facts', () => {
    const facts = factsFrom(...awards);
    expect(evaluateRules(facts, [decidedWithinProposed])).toEqual(evaluateRules(facts, [decidedWithinProposed]));
  });
});

describe('terms a rule fixes that the vocabulary does not define', () => {
  const facts = withHierarchy(classes('fact:agencies', 'org:district-a', 2009, 4, { bloc: 'agencies' }));
  const misspelt = rule({
    id: 'agency-classes',
    left: [{ figure: { measure: 'classes', ...blocs, bloc: 'agency' } }],
    operator: 'less-than-or-equal-to',
    right: [{ constant: 3 }],
    organisationKinds: ['district-comittee'],
  });

  it('are named with where the rule writes them and the nearest known terms', () => {
    const result = evaluateRules(facts, [misspelt]);
    expect(result.unknownTerms.map((u) => [u.path, u.kind, u.termId, u.known[0]])).toEqual([
      ['left.0.figure.bloc', 'bloc', 'agency', 'agencies'],
      ['organisationKinds.0', 'organisation-kind', 'district-comittee', 'district-committee'],
    ]);
  });

  it('become warnings of the audit, not a rule skipped in silence', () => {
    const findings = ruleFindings(evaluateRules(facts, [misspelt]), []);
    expect(findings.map((f) => [f.severity, f.kind, f.ruleId])).toEqual([
      ['warning', 'rule-unknown-term', 'agency-classes'],
      ['warning', 'rule-unknown-term', 'agency-classes'],
    ]);
    expect(findings[0]?.arithmetic.line.en).toBe(
      'rule agency-classes uses "agency" (bloc, at left.0.figure.bloc), which the vocabulary does not define; nearest: agencies, rural, armed-forces',
    );
  });

  it('are none when every term is defined', () => {
    const defined = rule({ left: [{ figure: { measure: 'classes', ...blocs, bloc: 'agencies' } }], operator: 'less-than-or-equal-to', right: [{ constant: 3 }] });
    expect(evaluateRules(facts, [defined]).unknownTerms).toEqual([]);
  });
});
