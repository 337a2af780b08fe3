import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import { type TermId, termCodec } from './termCodec';

/** The kind of a guiding document, read from its number ("07-TT/HU" is a circular): a term of kind `document-kind`. */
export const DocumentKind = termCodec('document-kind', 'DocumentKind');
/** The kind of a guiding document. */
export type DocumentKind = TermId;

/**
 * What a document does for the campaign. A closed list: the part a document plays in the ledger
 * (it launches, guides, plans, decides or reports), whatever a report calls it.
 */
export const DocumentPurpose = oneOf(
  { launches: null, guides: null, plans: null, decides: null, reports: null },
  'DocumentPurpose',
);
/** What a document does for the campaign. */
export type DocumentPurpose = t.TypeOf<typeof DocumentPurpose>;
