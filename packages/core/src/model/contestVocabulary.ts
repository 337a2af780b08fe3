import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';

/** The kind of contest: storytelling (hội thi kể chuyện) or writing (cuộc thi viết). */
export const ContestKind = oneOf({ storytelling: null, writing: null }, 'ContestKind');
/** The kind of contest. */
export type ContestKind = t.TypeOf<typeof ContestKind>;

/** The level a contest is run at. */
export const ContestLevel = oneOf({ grassroots: null, district: null, province: null, national: null }, 'ContestLevel');
/** The level a contest is run at. */
export type ContestLevel = t.TypeOf<typeof ContestLevel>;

/**
 * A prize grade (giải): first, second, third, consolation (khuyến khích), and the special prizes
 * the seed names: oldest entrant, youngest entrant, and a collective prize for a unit.
 */
export const PrizeGrade = oneOf(
  {
    first: null,
    second: null,
    third: null,
    consolation: null,
    'oldest-entrant': null,
    'youngest-entrant': null,
    collective: null,
    special: null,
  },
  'PrizeGrade',
);
/** A prize grade. */
export type PrizeGrade = t.TypeOf<typeof PrizeGrade>;

/** A rating given to contestants (giỏi, khá); ratings are not prizes. */
export const ContestRating = oneOf({ excellent: null, good: null }, 'ContestRating');
/** A rating given to contestants. */
export type ContestRating = t.TypeOf<typeof ContestRating>;

/** The report's words for each contest kind. */
export const contestKindLabels: Labels<ContestKind> = {
  storytelling: { vi: 'hội thi kể chuyện', en: 'storytelling contest' },
  writing: { vi: 'cuộc thi viết', en: 'writing contest' },
};

/** The report's words for each contest level. */
export const contestLevelLabels: Labels<ContestLevel> = {
  grassroots: { vi: 'cấp cơ sở', en: 'grassroots' },
  district: { vi: 'cấp huyện', en: 'district' },
  province: { vi: 'cấp tỉnh', en: 'province' },
  national: { vi: 'toàn quốc', en: 'national' },
};

/** The report's words for each prize grade. */
export const prizeGradeLabels: Labels<PrizeGrade> = {
  first: { vi: 'giải nhất', en: 'first prize' },
  second: { vi: 'giải nhì', en: 'second prize' },
  third: { vi: 'giải ba', en: 'third prize' },
  consolation: { vi: 'giải khuyến khích', en: 'consolation prize' },
  'oldest-entrant': { vi: 'giải thí sinh cao tuổi nhất', en: 'oldest entrant prize' },
  'youngest-entrant': { vi: 'giải thí sinh nhỏ tuổi nhất', en: 'youngest entrant prize' },
  collective: { vi: 'giải tập thể', en: 'collective prize' },
  special: { vi: 'giải đặc biệt', en: 'special prize' },
};

/** The report's words for each rating. */
export const contestRatingLabels: Labels<ContestRating> = {
  excellent: { vi: 'giỏi', en: 'excellent' },
  good: { vi: 'khá', en: 'good' },
};
