import { type TermId, termCodec } from './termCodec';

/** What an organisation is, in the Party and State hierarchy: a term of kind `organisation-kind`. */
export const OrganisationKind = termCodec('organisation-kind', 'OrganisationKind');
/** What an organisation is. */
export type OrganisationKind = TermId;
