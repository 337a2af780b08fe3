import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';

/**
 * Where an award stands: proposed by a unit to the district (đề nghị), decided by the district
 * standing committee (quyết định), proposed to the province, or decided by the province.
 */
export const AwardStage = oneOf(
  {
    'proposed-by-unit': null,
    'decided-by-district': null,
    'proposed-to-province': null,
    'decided-by-province': null,
  },
  'AwardStage',
);
/** Where an award stands. */
export type AwardStage = t.TypeOf<typeof AwardStage>;

/**
 * A reward (khen thưởng) or a commendation (biểu dương), counted separately. Proposals often
 * name both at once ("đề nghị biểu dương, khen thưởng"): that is `reward-or-commendation`.
 */
export const AwardKind = oneOf(
  { reward: null, commendation: null, 'reward-or-commendation': null, honour: null },
  'AwardKind',
);
/** A reward, a commendation, or a proposal for either. */
export type AwardKind = t.TypeOf<typeof AwardKind>;

/** Who receives an award: a collective (tập thể, a unit) or an individual (cá nhân). */
export const RecipientKind = oneOf({ collective: null, individual: null }, 'RecipientKind');
/** Who receives an award. */
export type RecipientKind = t.TypeOf<typeof RecipientKind>;

/** The instrument of an award: giấy khen, bằng khen, cờ thi đua. */
export const AwardInstrument = oneOf(
  { 'certificate-of-merit': null, 'merit-diploma': null, 'emulation-flag': null },
  'AwardInstrument',
);
/** The instrument of an award. */
export type AwardInstrument = t.TypeOf<typeof AwardInstrument>;

/** The report's words for each award stage. */
export const awardStageLabels: Labels<AwardStage> = {
  'proposed-by-unit': { vi: 'các chi, đảng bộ đề nghị huyện', en: 'proposed by units' },
  'decided-by-district': { vi: 'Ban Thường vụ Huyện ủy quyết định', en: 'decided by the district standing committee' },
  'proposed-to-province': { vi: 'đề nghị tỉnh', en: 'proposed to the province' },
  'decided-by-province': { vi: 'tỉnh quyết định', en: 'decided by the province' },
};

/** The report's words for each award kind. */
export const awardKindLabels: Labels<AwardKind> = {
  reward: { vi: 'khen thưởng', en: 'reward' },
  commendation: { vi: 'biểu dương', en: 'commendation' },
  'reward-or-commendation': { vi: 'biểu dương, khen thưởng', en: 'reward or commendation' },
  honour: { vi: 'tuyên dương', en: 'honour' },
};

/** The report's words for each recipient kind. */
export const recipientKindLabels: Labels<RecipientKind> = {
  collective: { vi: 'tập thể', en: 'collectives' },
  individual: { vi: 'cá nhân', en: 'individuals' },
};

/** The report's words for each instrument. */
export const awardInstrumentLabels: Labels<AwardInstrument> = {
  'certificate-of-merit': { vi: 'giấy khen', en: 'certificate of merit' },
  'merit-diploma': { vi: 'bằng khen', en: 'merit diploma' },
  'emulation-flag': { vi: 'cờ thi đua', en: 'emulation flag' },
};
