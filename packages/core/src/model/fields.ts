import * as t from 'io-ts';
import { closed } from './codecFailures';

/** What a record codec made by `fields` was made of: its required and its optional props. */
export interface FieldsShape {
  readonly required: t.Props;
  readonly optional: t.Props;
}

/** A record codec made by `fields`, which keeps the props it was made of for whoever reads its shape. */
export interface FieldsCodec<R extends t.Props, O extends t.Props>
  extends t.Type<t.TypeOf<t.ExactC<t.IntersectionC<[t.TypeC<R>, t.PartialC<O>]>>>, t.OutputOf<t.ExactC<t.IntersectionC<[t.TypeC<R>, t.PartialC<O>]>>>, unknown> {
  readonly required: R;
  readonly optional: O;
}

/**
 * A record codec with required and optional fields. A field it does not name is refused at its
 * own path, with the known fields nearest first: nothing written is dropped in silence.
 */
export const fields = <R extends t.Props, O extends t.Props>(required: R, optional: O, name?: string): FieldsCodec<R, O> =>
  Object.assign(closed(t.exact(t.intersection([t.type(required), t.partial(optional)]), name), [...Object.keys(required), ...Object.keys(optional)]), {
    required,
    optional,
  });
