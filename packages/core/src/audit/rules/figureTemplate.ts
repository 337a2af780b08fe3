import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import type { FieldsShape } from '../../model/fields';
import { FigureKey, type Measure, figureKeyMembers } from '../../model/figureKey';
import { type Period, periodKey } from '../../model/period';
import { offered } from '../../model/codecFailures';
import { expectation, isRecord } from './codecSupport';

/** A value a placeholder is bound to: an id or vocabulary value, or a period. */
export type BoundValue = string | Period;

/** What a rule's placeholders stand for in one evaluation: placeholder name (without `$`) to value. */
export type RuleBinding = Readonly<Record<string, BoundValue>>;

interface MeasureShape {
  readonly required: t.Props;
  readonly optional: t.Props;
  /** The fields other than `measure`, required ones first, in the codec's order. */
  readonly fields: ReadonlyArray<string>;
}

const shapeOf = (member: FieldsShape): readonly [string, MeasureShape] => {
  const measure = member.required['measure'];
  if (!(measure instanceof t.LiteralType)) throw new TypeError('figure template: a figure key names no measure');
  const fields = [...Object.keys(member.required), ...Object.keys(member.optional)].filter((f) => f !== 'measure');
  return [String(measure.value), { required: member.required, optional: member.optional, fields }];
};

// Read from the FigureKey codec itself, so a field added to a measure is at once usable in rules.
const SHAPES: ReadonlyMap<string, MeasureShape> = new Map(figureKeyMembers.map(shapeOf));

const isRuleMeasure = (u: unknown): u is Measure => typeof u === 'string' && SHAPES.has(u) && u !== 'participation-rate';

/**
 * A measure a rule can compare. `participation-rate` is left out: its value is its numerator's
 * count, so a rule on it would read as a rate and compare a headcount; compare `participants`
 * with `eligible` instead (with coefficients for a threshold: 100 × participants ≥ 90 × eligible).
 */
export const RuleMeasure = new t.Type<Measure, string, unknown>(
  'a measure other than participation-rate (compare participants with eligible)',
  isRuleMeasure,
  (u, c) => (isRuleMeasure(u) ? t.success(u) : t.failure(u, c)),
  (a) => a,
);

const PLACEHOLDER = /^\$[A-Za-z][A-Za-z0-9]*$/;

/**
 * A figure key with placeholders: each field other than `measure` is either a value its codec
 * accepts or a placeholder such as `"$period"`, bound afresh for every evaluation of the rule.
 */
export interface FigureTemplate {
  readonly measure: Measure;
  /** The fields the rule fixes, decoded by the FigureKey codec's own field codecs. */
  readonly fixed: Readonly<Record<string, unknown>>;
  /** The fields the rule leaves to a binding: field name to placeholder name (without `$`). */
  readonly placeholders: Readonly<Record<string, string>>;
}

/** A figure template as JSON: a figure key whose field values may be placeholders. */
export type FigureTemplateInput = { readonly measure: string } & { readonly [field: string]: unknown };

/**
 * The codec of a figure template. It checks what can be checked before binding: the measure, that
 * every field belongs to it, that required fields are present, that each fixed value decodes and
 * that each placeholder is well formed; each problem is reported at its own path.
 */
export const FigureTemplate = new t.Type<FigureTemplate, FigureTemplateInput, unknown>(
  'FigureTemplate',
  (u): u is FigureTemplate =>
    isRecord(u) && isRuleMeasure(u['measure']) && isRecord(u['fixed']) && isRecord(u['placeholders']),
  (u, c) => {
    if (!isRecord(u)) return t.failure(u, c);
    const measure = u['measure'];
    if (!isRuleMeasure(measure)) return t.failure(measure, t.appendContext(c, 'measure', RuleMeasure, measure));
    const shape = SHAPES.get(measure);
    if (shape === undefined) return t.failure(measure, t.appendContext(c, 'measure', RuleMeasure, measure));
    const errors: t.ValidationError[] = [];
    const fixed: Record<string, unknown> = {};
    const placeholders: Record<string, string> = {};
    for (const [field, value] of Object.entries(u)) {
      if (field === 'measure') continue;
      const codec = shape.required[field] ?? shape.optional[field];
      if (codec === undefined) {
        const allowed = expectation(`a field of ${measure} (nearest first: ${offered(field, shape.fields)})`);
        errors.push({ value, context: t.appendContext(c, field, allowed, value) });
      } else if (typeof value === 'string' && value.startsWith('$')) {
        if (PLACEHOLDER.test(value)) placeholders[field] = value.slice(1);
        else errors.push({ value, context: t.appendContext(c, field, expectation('a placeholder: $, a letter, then letters or digits'), value) });
      } else {
        const decoded = codec.validate(value, t.appendContext(c, field, codec, value));
        if (E.isLeft(decoded)) errors.push(...decoded.left);
        else fixed[field] = decoded.right;
      }
    }
    for (const [field, codec] of Object.entries(shape.required))
      if (field !== 'measure' && !(field in u)) errors.push({ value: undefined, context: t.appendContext(c, field, codec, undefined) });
    return errors.length > 0 ? t.failures(errors) : t.success({ measure, fixed, placeholders });
  },
  (a) => ({
    measure: a.measure,
    ...a.fixed,
    ...Object.fromEntries(Object.entries(a.placeholders).map(([field, name]) => [field, `$${name}`])),
  }),
);

/** The fields a template names, in the FigureKey codec's order: what a binding fills and what a table shows. */
export const templateFields = (template: FigureTemplate): ReadonlyArray<string> =>
  (SHAPES.get(template.measure)?.fields ?? []).filter((f) => f in template.fixed || f in template.placeholders);

/**
 * The figure key a template names under a binding, or undefined when a bound value does not fit
 * the field (a placeholder used in two vocabularies takes, in each evaluation, a value both accept).
 */
export const instantiateTemplate = (template: FigureTemplate, binding: RuleBinding): FigureKey | undefined => {
  const bound = Object.entries(template.placeholders).map(([field, name]) => [field, binding[name]] as const);
  if (bound.some(([, value]) => value === undefined)) return undefined;
  const decoded = FigureKey.decode({ measure: template.measure, ...template.fixed, ...Object.fromEntries(bound) });
  return E.isRight(decoded) ? decoded.right : undefined;
};

const valueText = (value: unknown): string =>
  typeof value === 'number' || (isRecord(value) && 'from' in value) ? periodKey(value as Period) : String(value);

/** A template written compactly, as the docs show it: `awards[period=$period, stage=decided-by-district]`. */
export const templateText = (template: FigureTemplate): string => {
  const parts = templateFields(template).map((f) => {
    const name = template.placeholders[f];
    return `${f}=${name === undefined ? valueText(template.fixed[f]) : `$${name}`}`;
  });
  return parts.length === 0 ? template.measure : `${template.measure}[${parts.join(', ')}]`;
};
