import { type TermId, termCodec } from './termCodec';

/**
 * What organisations did, for a share of organisations (a term of kind `activity`): "18/18 đảng
 * bộ đã thành lập ban chỉ đạo", "100% chi bộ đã xây dựng kế hoạch".
 */
export const Activity = termCodec('activity', 'Activity');
/** What organisations did. */
export type Activity = TermId;
