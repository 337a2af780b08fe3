import { type TermId, termCodec } from './termCodec';

/**
 * What a count counts: a term of kind `count-unit`, built in as persons (người, đồng chí) or
 * attendances (lượt), where one person may be counted many times. Counts of different units are
 * never added together.
 */
export const CountUnit = termCodec('count-unit', 'CountUnit');
/** The unit a count is counted in. */
export type CountUnit = TermId;

/** The unit a headcount is counted in, and the one eligible populations and rates take when they name none. */
export const PERSONS: CountUnit = 'person';
