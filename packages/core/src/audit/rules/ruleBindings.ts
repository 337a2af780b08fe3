import type { Measure } from '../../model/figureKey';
import { type KnownPeriod, periodBounds, periodKey } from '../../model/period';
import type { CampaignFacts } from '../../projections/campaignFacts';
import { kindOf } from '../../projections/organisationTree';
import type { ValidationRule } from '../validationRule';
import type { Coordinates } from './figureCoordinates';
import { type RuleBinding, type BoundValue, templateFields } from './figureTemplate';

/** Where a placeholder is used: a field of a measure's figure key. */
export interface PlaceholderPosition {
  readonly measure: Measure;
  readonly field: string;
}

/** A placeholder of a rule and every field it fills, in the order the rule writes them. */
export interface RulePlaceholder {
  readonly name: string;
  readonly positions: ReadonlyArray<PlaceholderPosition>;
}

/** The placeholders of a rule, in order of first use (left side first, then right). */
export const placeholdersOf = (rule: ValidationRule): ReadonlyArray<RulePlaceholder> => {
  const byName = new Map<string, PlaceholderPosition[]>();
  for (const operand of [...rule.left, ...rule.right]) {
    if (!('figure' in operand)) continue;
    const template = operand.figure;
    for (const field of templateFields(template)) {
      const name = template.placeholders[field];
      if (name === undefined) continue;
      const positions = byName.get(name) ?? [];
      if (!positions.some((p) => p.measure === template.measure && p.field === field)) positions.push({ measure: template.measure, field });
      byName.set(name, positions);
    }
  }
  return [...byName.entries()].map(([name, positions]) => ({ name, positions }));
};

const isPeriod = (v: BoundValue): v is KnownPeriod => typeof v !== 'string';

const valueKey = (v: BoundValue): string => (isPeriod(v) ? `period:${periodKey(v)}` : `text:${v}`);

// Periods first, by first then last year (2009, 2009–2010, 2010); then texts in code-point order,
// so the same facts always give the same bindings in the same order.
const byValue = (a: BoundValue, b: BoundValue): number => {
  if (isPeriod(a) && isPeriod(b)) {
    const x = periodBounds(a);
    const y = periodBounds(b);
    return x.from - y.from || x.to - y.to;
  }
  if (isPeriod(a) !== isPeriod(b)) return isPeriod(a) ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

/**
 * The values a placeholder takes: every value its fields take in the facts of their measures
 * (each distinct value once, sorted), kept to years or spans by the rule's `periodType` where it
 * fills a period, and to organisations of the rule's `organisationKinds` where it fills an
 * organisation. An organisation value is the one a fact is filed under (a summary's organisation,
 * a class's organiser, an area's commune, a registered organisation's parent), never an ancestor
 * the fact only rolls up into.
 */
export const candidateValues = (
  facts: CampaignFacts,
  rule: ValidationRule,
  placeholder: RulePlaceholder,
  coordinatesOf: (measure: Measure) => ReadonlyArray<Coordinates>,
): ReadonlyArray<BoundValue> => {
  const values = new Map<string, BoundValue>();
  for (const { measure, field } of placeholder.positions)
    for (const c of coordinatesOf(measure)) {
      const v = c[field];
      if (v !== undefined) values.set(valueKey(v), v);
    }
  const fills = (field: string) => placeholder.positions.some((p) => p.field === field);
  const periodType = fills('period') ? rule.periodType : undefined;
  const kinds = fills('organisationId') ? rule.organisationKinds : undefined;
  return [...values.values()]
    .filter((v) => periodType === undefined || (periodType === 'year' ? typeof v === 'number' : typeof v === 'object'))
    .filter((v) => kinds === undefined || (typeof v === 'string' && kinds.some((k) => k === kindOf(facts, v))))
    .sort(byValue);
};

/**
 * Every binding of a rule's placeholders: each combination of their candidate values, in order
 * (the first placeholder varies slowest). A rule without placeholders has one empty binding.
 */
export const bindingsOf = (
  facts: CampaignFacts,
  rule: ValidationRule,
  coordinatesOf: (measure: Measure) => ReadonlyArray<Coordinates>,
): ReadonlyArray<RuleBinding> =>
  placeholdersOf(rule).reduce<ReadonlyArray<RuleBinding>>(
    (bindings, placeholder) => {
      const values = candidateValues(facts, rule, placeholder, coordinatesOf);
      return bindings.flatMap((b) => values.map((v) => ({ ...b, [placeholder.name]: v })));
    },
    [{}],
  );
