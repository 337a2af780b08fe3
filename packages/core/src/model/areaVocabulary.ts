import { type TermId, termCodec } from './termCodec';

/** A residential area kind (a term of kind `residential-area-kind`): a hamlet (bản; elsewhere thôn, xóm, ấp) or an urban quarter (khu phố). */
export const ResidentialAreaKind = termCodec('residential-area-kind', 'ResidentialAreaKind');
/** A hamlet, an urban quarter, or a kind a history defines. */
export type ResidentialAreaKind = TermId;

/** What participants wrote after studying (a term of kind `commitment-kind`): a pledge (bản đăng ký phấn đấu) or a reflection (bài thu hoạch). */
export const CommitmentKind = termCodec('commitment-kind', 'CommitmentKind');
/** A pledge, a written reflection, or a kind a history defines. */
export type CommitmentKind = TermId;

