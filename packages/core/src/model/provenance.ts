import * as t from 'io-ts';
import { fields } from './fields';
import { NonEmptyText } from './nonEmptyText';

/**
 * Where a fact comes from: the document it was read from and, when it comes from a report, the
 * sentence quoted as written, so that every figure can be traced to its words.
 */
export const Source = fields(
  { document: NonEmptyText },
  { quote: NonEmptyText, locator: NonEmptyText },
  'Source',
);
/** Where a fact comes from. */
export type Source = t.TypeOf<typeof Source>;

/** Who recorded a fact and from what source. Every command and event carries one. */
export const Provenance = fields({ recordedBy: NonEmptyText, source: Source }, {}, 'Provenance');
/** Who recorded a fact and from what source. */
export type Provenance = t.TypeOf<typeof Provenance>;
