import * as t from 'io-ts';
import { nearestFirst } from '@campaign-ledger/core';

/** A record codec that names its fields, so a JSON Schema can be written from it. */
export interface ClosedRecordC<R extends t.Props, O extends t.Props>
  extends t.Type<t.TypeOf<t.TypeC<R>> & Partial<t.TypeOf<t.PartialC<O>>>, unknown, unknown> {
  readonly required: R;
  readonly optional: O;
  readonly description: string;
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null && !Array.isArray(u);

/**
 * A record with required and optional fields. A field it does not name is refused at its own
 * path with the known fields nearest first: nothing written in a transcription is dropped.
 */
export const closedRecord = <R extends t.Props, O extends t.Props>(name: string, description: string, required: R, optional: O): ClosedRecordC<R, O> => {
  const known = [...Object.keys(required), ...Object.keys(optional)];
  const codec = new t.Type<t.TypeOf<t.TypeC<R>> & Partial<t.TypeOf<t.PartialC<O>>>, unknown, unknown>(
    name,
    (u): u is t.TypeOf<t.TypeC<R>> & Partial<t.TypeOf<t.PartialC<O>>> => isRecord(u),
    (u, c) => {
      if (!isRecord(u)) return t.failure(u, c, `${name}: a mapping of fields`);
      const errors: t.Errors = [];
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(u)) {
        if (known.includes(key)) continue;
        const context = t.appendContext(c, key, t.never, u[key]);
        errors.push({ value: u[key], context, message: `a known field of ${name} (nearest first: ${nearestFirst(key, known).join(', ')})` });
      }
      for (const [key, type] of Object.entries(required)) {
        if (!(key in u)) {
          errors.push({ value: undefined, context: t.appendContext(c, key, type, undefined), message: type.name });
          continue;
        }
        const decoded = type.validate(u[key], t.appendContext(c, key, type, u[key]));
        if (decoded._tag === 'Left') errors.push(...decoded.left);
        else out[key] = decoded.right;
      }
      for (const [key, type] of Object.entries(optional)) {
        if (!(key in u) || u[key] === undefined) continue;
        const decoded = type.validate(u[key], t.appendContext(c, key, type, u[key]));
        if (decoded._tag === 'Left') errors.push(...decoded.left);
        else out[key] = decoded.right;
      }
      return errors.length > 0 ? t.failures(errors) : t.success(out as t.TypeOf<t.TypeC<R>> & Partial<t.TypeOf<t.PartialC<O>>>);
    },
    t.identity,
  );
  return Object.assign(codec, { required, optional, description });
};
