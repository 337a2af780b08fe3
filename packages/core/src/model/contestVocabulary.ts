import * as t from 'io-ts';
import { oneOf } from './codecFailures';
import type { Labels } from './labels';
import { type TermId, termCodec } from './termCodec';

/** The kind of contest (a term of kind `contest-kind`): storytelling (hội thi kể chuyện), writing (cuộc thi viết), ... */
export const ContestKind = termCodec('contest-kind', 'ContestKind');
/** The kind of contest. */
export type ContestKind = TermId;

/**
 * The level a contest is run at. A closed list: the levels of the administrative hierarchy
 * (grassroots, district, province, national), which every report shares.
 */
export const ContestLevel = oneOf({ grassroots: null, district: null, province: null, national: null }, 'ContestLevel');
/** The level a contest is run at. */
export type ContestLevel = t.TypeOf<typeof ContestLevel>;

/**
 * A prize grade (giải, a term of kind `prize-grade`): first, second, third, consolation
 * (khuyến khích), and the special prizes the seed names: oldest entrant, youngest entrant, and a
 * collective prize for a unit.
 */
export const PrizeGrade = termCodec('prize-grade', 'PrizeGrade');
/** A prize grade. */
export type PrizeGrade = TermId;

/** A rating given to contestants (giỏi, khá; a term of kind `contest-rating`); ratings are not prizes. */
export const ContestRating = termCodec('contest-rating', 'ContestRating');
/** A rating given to contestants. */
export type ContestRating = TermId;

/** The report's words for each contest level. */
export const contestLevelLabels: Labels<ContestLevel> = {
  grassroots: { vi: 'cấp cơ sở', en: 'grassroots' },
  district: { vi: 'cấp huyện', en: 'district' },
  province: { vi: 'cấp tỉnh', en: 'province' },
  national: { vi: 'toàn quốc', en: 'national' },
};
