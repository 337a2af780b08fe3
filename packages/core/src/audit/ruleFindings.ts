import type { Label } from '../model/labels';
import { termKindLabels } from '../model/termKind';
import { figureKeyId } from '../projections/figureLookup';
import type { AuditFinding, Severity } from './finding';
import { coverageArithmetic, printedStatement } from './findingArithmetic';
import { missingArithmetic } from './reconcileArithmetic';
import type { Reconciliation } from './reconciliation';
import type { BoundPlaceholder, RuleEvaluation, RuleSideResult } from './rules/ruleViolation';
import type { RuleImportance } from './validationRule';

// A rule of the domain broken is a contradiction; a low-importance one (categories that overlap,
// totals given for some classes only) may be a reading of the report rather than an error.
const SEVERITY_OF_IMPORTANCE: { readonly [i in RuleImportance]: Severity } = { high: 'alarm', medium: 'alarm', low: 'warning' };

const subjectOf = (name: Label, placeholders: ReadonlyArray<BoundPlaceholder>): Label => {
  const bound = (lang: 'vi' | 'en') => placeholders.map((p) => p.label[lang]).join(', ');
  return {
    vi: placeholders.length === 0 ? name.vi : `${name.vi} (${bound('vi')})`,
    en: placeholders.length === 0 ? name.en : `${name.en} (${bound('en')})`,
  };
};

/**
 * The rules' violations, and the bindings not compared for partial coverage, as findings: each
 * names the statements that state one of its figures (their figure ids and quotes), so a reader
 * goes from "44 > 43" to the sentences of the report; and a rule's undefined terms, as warnings.
 */
export const ruleFindings = (evaluation: RuleEvaluation, reconciliations: ReadonlyArray<Reconciliation>): ReadonlyArray<AuditFinding> => {
  // The statements of the rule's figures: those of the same key, and those whose every counted fact the rule's figures count.
  const statementsOf = (...sides: ReadonlyArray<RuleSideResult>) => {
    const figures = sides.flatMap((s) => s.operands.flatMap((o) => (o.kind === 'figure' && !o.missing ? [o] : [])));
    const keys = new Set(figures.map((f) => figureKeyId(f.key)));
    const facts = new Set(figures.flatMap((f) => f.figure.contributions.filter((c) => c.role === 'counted').map((c) => c.factId)));
    return reconciliations.filter((r) => {
      const added = r.computed.entries.filter((e) => e.effect === 'added');
      return keys.has(figureKeyId(r.key)) || (added.length > 0 && added.every((e) => facts.has(e.factId)));
    });
  };
  const cited = (rs: ReadonlyArray<Reconciliation>) => ({
    figureIds: rs.map((r) => r.figureId),
    statements: rs.map((r) => ({
      figureId: r.figureId,
      eventId: r.eventId,
      printed: { vi: printedStatement(r.stated, 'vi'), en: printedStatement(r.stated, 'en') },
      ...(r.quote === undefined ? {} : { quote: r.quote }),
    })),
  });
  const violated = evaluation.violations.map(
    (v): AuditFinding => ({
      severity: SEVERITY_OF_IMPORTANCE[v.importance],
      kind: 'rule-violated',
      ...cited(statementsOf(v.left, v.right)),
      subject: subjectOf(v.name, v.placeholders),
      arithmetic: { _tag: 'Rule', ruleId: v.ruleId, left: v.left.value, right: v.right.value, line: v.arithmetic },
      hypotheses: [],
      ruleId: v.ruleId,
    }),
  );
  const partial = evaluation.notCompared.map((p): AuditFinding => {
    const operands = p.partial.figure.contributions.filter((c) => c.role === 'counted').map((c) => ({ value: c.value, factId: c.factId, eventId: c.eventId }));
    return {
      severity: 'note',
      kind: 'partial-coverage',
      ...cited(statementsOf(p.against)),
      subject: subjectOf(p.name, p.placeholders),
      arithmetic: coverageArithmetic('rule', operands, p.partial.figure.value ?? 0, p.against.value, p.missing),
      hypotheses: [],
      ruleId: p.ruleId,
    };
  });
  // A rule that fixes an undefined term is checked on nothing: said as a warning, not skipped in silence.
  const unknown = evaluation.unknownTerms.map((u): AuditFinding => {
    const nearest = u.known.slice(0, 3);
    const line = {
      vi: `quy tắc ${u.ruleId} dùng "${u.termId}" (${termKindLabels[u.kind].vi}, ở ${u.path}), từ điển không có; gần nhất: ${nearest.join(', ') || 'không có'}`,
      en: `rule ${u.ruleId} uses "${u.termId}" (${termKindLabels[u.kind].en}, at ${u.path}), which the vocabulary does not define; nearest: ${nearest.join(', ') || 'none'}`,
    };
    return {
      severity: 'warning',
      kind: 'rule-unknown-term',
      figureIds: [],
      statements: [],
      subject: u.name,
      arithmetic: missingArithmetic('term', `the vocabulary defines no ${u.kind} "${u.termId}"`, line),
      hypotheses: [],
      ruleId: u.ruleId,
    };
  });
  return [...violated, ...partial, ...unknown];
};
