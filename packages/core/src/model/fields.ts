import * as t from 'io-ts';

/**
 * A record codec with required and optional fields. Unknown fields are dropped on decode, so
 * what is stored is exactly what the catalog names.
 */
export const fields = <R extends t.Props, O extends t.Props>(required: R, optional: O, name?: string) =>
  t.exact(t.intersection([t.type(required), t.partial(optional)]), name);
