import { type TermId, termCodec } from './termCodec';

/**
 * Who took part (đối tượng tham gia): a term of kind `participant-category`. Categories overlap
 * and reports mix them, so figures of different categories are never added together; a report's
 * own grouping ("cán bộ, đảng viên, công chức, viên chức") is a category of its own, built in or
 * defined by the history (`TermDefined`), with its relations to the others.
 */
export const ParticipantCategory = termCodec('participant-category', 'ParticipantCategory');
/** Who took part: the id of a participant category. */
export type ParticipantCategory = TermId;
