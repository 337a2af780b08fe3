import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';

/** A residential area: a hamlet (bản; elsewhere thôn, xóm, ấp) or an urban quarter (khu phố). */
export const ResidentialAreaKind = oneOf({ hamlet: null, quarter: null }, 'ResidentialAreaKind');
/** A hamlet or an urban quarter. */
export type ResidentialAreaKind = t.TypeOf<typeof ResidentialAreaKind>;

/** What participants wrote after studying: a pledge (bản đăng ký phấn đấu) or a reflection (bài thu hoạch). */
export const CommitmentKind = oneOf({ pledge: null, reflection: null }, 'CommitmentKind');
/** A pledge or a written reflection. */
export type CommitmentKind = t.TypeOf<typeof CommitmentKind>;

/** The report's words for each residential area kind. */
export const residentialAreaKindLabels: Labels<ResidentialAreaKind> = {
  hamlet: { vi: 'bản', en: 'hamlet' },
  quarter: { vi: 'khu phố', en: 'urban quarter' },
};

/** The report's words for each commitment kind. */
export const commitmentKindLabels: Labels<CommitmentKind> = {
  pledge: { vi: 'bản đăng ký phấn đấu', en: 'pledge' },
  reflection: { vi: 'bài thu hoạch', en: 'written reflection' },
};
