import type { Fact } from '../projections/campaignFacts';
import { figureKeyId } from '../projections/figureLookup';
import { type PrintedStatement, printedStatement, restatementArithmetic } from './findingArithmetic';
import type { Constraint } from './localisation';
import type { ArithmeticOf } from './reconcileArithmetic';
import type { FindingDraft } from './statementFindings';

type Statement = Fact<'FigureReported'>;
type Difference = ArithmeticOf<'Restatement'>['differs'][number];

const printedOf = (s: Statement): PrintedStatement => {
  const d = s.data;
  return {
    figureId: d.figureId,
    ...(d.value === undefined ? {} : { value: d.value }),
    ...(d.qualifier === undefined ? {} : { qualifier: d.qualifier }),
    ...(d.percent === undefined ? {} : { percent: d.percent }),
    ...(d.percentQualifier === undefined ? {} : { percentQualifier: d.percentQualifier }),
    ...(d.numerator === undefined ? {} : { numerator: d.numerator }),
    ...(d.denominator === undefined ? {} : { denominator: d.denominator }),
  };
};

// What two statements of one figure say differently; a number one of them leaves out is no disagreement.
const differences = (a: PrintedStatement, b: PrintedStatement): ReadonlyArray<Difference> => {
  const out: Difference[] = [];
  if (a.value !== undefined && b.value !== undefined) {
    if (a.value !== b.value) out.push('value');
    if (a.qualifier !== b.qualifier) out.push('qualifier');
  }
  if (a.numerator !== undefined && b.numerator !== undefined && a.numerator !== b.numerator) out.push('numerator');
  if (a.denominator !== undefined && b.denominator !== undefined && a.denominator !== b.denominator) out.push('denominator');
  if (a.percent !== undefined && b.percent !== undefined) {
    if (a.percent.scaled !== b.percent.scaled || a.percent.decimals !== b.percent.decimals) out.push('percent');
    if (a.percentQualifier !== b.percentQualifier) out.push('percentQualifier');
  }
  return out;
};

const line = (a: PrintedStatement, b: PrintedStatement) => ({
  vi: `hai lần nêu: ${printedStatement(a, 'vi')} và ${printedStatement(b, 'vi')}`,
  en: `stated twice: ${printedStatement(a, 'en')} and ${printedStatement(b, 'en')}`,
});

/** Restatements that disagree, as findings of their first statement, and the checks they add to localisation. */
export interface Restatements {
  /** Each finding by the figure id of the first statement of its figure. */
  readonly findings: ReadonlyMap<string, ReadonlyArray<FindingDraft>>;
  readonly constraints: ReadonlyArray<Constraint>;
}

/**
 * Statements of the same figure key: a report that states a figure twice ("trên 12.360 lượt" in
 * one sentence, "12.360 lượt" in another) keeps both, and when they disagree in value, qualifier,
 * fraction or percentage, the audit says so (a warning, with both quotes) instead of letting one
 * of them win. Each later statement is set against the first; their values take part in error
 * localisation as numbers that should be equal (or, under a qualifier, within its range).
 */
export const restatements = (statements: ReadonlyArray<Statement>): Restatements => {
  const byKey = new Map<string, Statement[]>();
  for (const s of statements) {
    const id = figureKeyId(s.data.figure);
    byKey.set(id, [...(byKey.get(id) ?? []), s]);
  }
  const findings = new Map<string, FindingDraft[]>();
  const constraints: Constraint[] = [];
  for (const group of byKey.values()) {
    const [first, ...later] = group;
    if (first === undefined) continue;
    const a = printedOf(first);
    for (const s of later) {
      const b = printedOf(s);
      const differs = differences(a, b);
      if (differs.length > 0) {
        const draft: FindingDraft = { kind: 'restatement-differs', arithmetic: restatementArithmetic([a, b], differs), others: [b.figureId] };
        findings.set(a.figureId, [...(findings.get(a.figureId) ?? []), draft]);
      }
      if (a.value === undefined || b.value === undefined) continue;
      const term = (p: PrintedStatement, value: number) => ({ ref: { id: p.figureId, slot: 'value' as const }, value });
      if (a.qualifier === undefined && b.qualifier === undefined)
        constraints.push({ _tag: 'Equal', left: [term(a, a.value)], right: [term(b, b.value)], offset: 0, figureId: a.figureId, line: line(a, b) });
      else if (a.qualifier === undefined || b.qualifier === undefined) {
        const [plain, hedged] = a.qualifier === undefined ? [a, b] : [b, a];
        if (hedged.qualifier !== undefined && plain.value !== undefined && hedged.value !== undefined)
          constraints.push({ _tag: 'Within', counted: [term(plain, plain.value)], bound: term(hedged, hedged.value), qualifier: hedged.qualifier, figureId: a.figureId, line: line(a, b) });
      }
    }
  }
  return { findings, constraints };
};
