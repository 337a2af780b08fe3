import * as t from 'io-ts';
import { nearestFirst } from '@campaign-ledger/core';

/** The fields of a record of the interchange, in the order a line writes them; each codec's name is the type docs/interchange.md gives the field. */
export type InterchangeFields = Readonly<Record<string, t.Mixed>>;

/** The value a record of the fields decodes to. */
export type InterchangeValue<F extends InterchangeFields> = { readonly [K in keyof F]: t.TypeOf<F[K]> };

/** A closed record codec that keeps its fields, so that the documentation can be checked against them. */
export interface InterchangeRecordC<F extends InterchangeFields> extends t.Type<InterchangeValue<F>, InterchangeValue<F>, unknown> {
  readonly fields: F;
}

// How many known fields an error offers: enough to find the one meant, few enough to read.
const OFFERED = 6;

const isObject = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null && !Array.isArray(u);

/**
 * A record whose fields are all required (a field that may be empty says so with null). A field
 * it does not name is refused at its own path with the known fields nearest first: a misspelt or
 * foreign field is never dropped in silence.
 */
export const interchangeRecord = <F extends InterchangeFields>(name: string, fields: F): InterchangeRecordC<F> => {
  const known = Object.keys(fields);
  const codec = new t.Type<InterchangeValue<F>, InterchangeValue<F>, unknown>(
    name,
    (u): u is InterchangeValue<F> => isObject(u) && Object.keys(u).every((k) => known.includes(k)) && known.every((k) => (fields[k] as t.Mixed).is(u[k])),
    (u, c) => {
      if (!isObject(u)) return t.failure(u, c, `${name}: a JSON object`);
      const errors: t.ValidationError[] = [];
      for (const key of Object.keys(u)) {
        if (known.includes(key)) continue;
        const nearest = nearestFirst(key, known);
        const offered = `${nearest.slice(0, OFFERED).join(', ')}${nearest.length > OFFERED ? ', …' : ''}`;
        errors.push({ value: u[key], context: t.appendContext(c, key, t.never, u[key]), message: `a known field of ${name} (nearest first: ${offered})` });
      }
      const out: Record<string, unknown> = {};
      for (const key of known) {
        const field = fields[key] as t.Mixed;
        const decoded = field.validate(u[key], t.appendContext(c, key, field, u[key]));
        if (decoded._tag === 'Left') errors.push(...decoded.left);
        else out[key] = decoded.right;
      }
      return errors.length > 0 ? t.failures(errors) : t.success(out as InterchangeValue<F>);
    },
    t.identity,
  );
  return Object.assign(codec, { fields });
};
