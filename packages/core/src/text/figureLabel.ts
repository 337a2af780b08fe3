import { awardKindLabels, awardStageLabels, recipientKindLabels } from '../model/awardVocabulary';
import { blocLabels } from '../model/bloc';
import { contestRatingLabels, prizeGradeLabels } from '../model/contestVocabulary';
import { countUnitLabels } from '../model/countUnit';
import type { FigureKey } from '../model/figureKey';
import { organisationKindLabels } from '../model/organisationKind';
import { organiserLevelLabels } from '../model/organiserLevel';
import { participantCategoryLabels } from '../model/participantCategory';
import type { Language } from './language';

/** Names the report needs to label a figure: organisations, contests and topics by id. */
export interface NameLookup {
  readonly organisation: (id: string) => string | undefined;
  readonly contest: (id: string) => string | undefined;
  readonly topic: (id: string) => string | undefined;
}

const MEASURE: { readonly [m in FigureKey['measure']]: { readonly vi: string; readonly en: string } } = {
  classes: { vi: 'Số lớp', en: 'Classes' },
  participants: { vi: 'Người tham gia', en: 'Participants' },
  eligible: { vi: 'Đối tượng phải học', en: 'Eligible' },
  'participation-rate': { vi: 'Tỷ lệ tham gia', en: 'Participation rate' },
  'areas-reached': { vi: 'Bản, khu phố được tuyên truyền', en: 'Residential areas reached' },
  'areas-registered': { vi: 'Tổng số bản, khu phố', en: 'Residential areas registered' },
  'outreach-attendances': { vi: 'Lượt người được tuyên truyền', en: 'Outreach attendances' },
  organisations: { vi: 'Số tổ chức trực thuộc', en: 'Organisations under' },
  'steering-committees': { vi: 'Ban chỉ đạo đã thành lập', en: 'Steering committees formed' },
  'steering-committee-members': { vi: 'Thành viên ban chỉ đạo', en: 'Steering committee members' },
  'pilot-units': { vi: 'Đơn vị chỉ đạo điểm', en: 'Pilot units' },
  commitments: { vi: 'Bản đăng ký, bài thu hoạch', en: 'Pledges and reflections' },
  'contest-units': { vi: 'Đơn vị tham gia', en: 'Units taking part' },
  'contest-entries': { vi: 'Bài dự thi', en: 'Entries' },
  'contest-contestants': { vi: 'Thí sinh', en: 'Contestants' },
  prizes: { vi: 'Giải', en: 'Prizes' },
  ratings: { vi: 'Thí sinh được xếp loại', en: 'Contestants rated' },
  selections: { vi: 'Cử dự thi cấp trên', en: 'Sent to the higher level' },
  awards: { vi: 'Biểu dương, khen thưởng', en: 'Awards' },
  materials: { vi: 'Tài liệu cấp phát (cuốn)', en: 'Materials distributed (copies)' },
  inspections: { vi: 'Cuộc kiểm tra', en: 'Inspections' },
};

/**
 * A short human label for a figure key in the chosen language, naming each dimension it fixes
 * (the period and the scope organisation are left to the section that shows it).
 */
export const figureLabel = (key: FigureKey, lang: Language, names: NameLookup): string => {
  const parts: string[] = [MEASURE[key.measure][lang]];
  // A dimension's words that repeat the label ("Biểu dương, khen thưởng, ..., biểu dương, khen
  // thưởng") add nothing; words that extend the last part ("Người tham gia" and "người tham gia
  // (mọi đối tượng)") replace it.
  const add = (label: string | undefined) => {
    if (label === undefined) return;
    const lower = label.toLocaleLowerCase();
    if (parts.some((p) => p.toLocaleLowerCase() === lower)) return;
    const last = parts[parts.length - 1] ?? '';
    if (lower.startsWith(`${last.toLocaleLowerCase()} `)) parts[parts.length - 1] = `${last}${label.slice(last.length)}`;
    else parts.push(label);
  };
  if ('category' in key) add(participantCategoryLabels[key.category][lang]);
  if ('countUnit' in key && key.countUnit !== undefined) parts.push(`${parts.pop() ?? ''} (${countUnitLabels[key.countUnit][lang]})`);
  if ('bloc' in key && key.bloc !== undefined) add(blocLabels[key.bloc][lang]);
  if ('organiserLevel' in key && key.organiserLevel !== undefined) add(organiserLevelLabels[key.organiserLevel][lang]);
  if ('audience' in key && key.audience !== undefined) add(participantCategoryLabels[key.audience][lang]);
  if ('topicId' in key && key.topicId !== undefined) add(names.topic(key.topicId) ?? key.topicId);
  if ('memberKind' in key && key.memberKind !== undefined) add(organisationKindLabels[key.memberKind][lang]);
  if ('kind' in key && key.kind !== undefined && key.measure === 'organisations') add(organisationKindLabels[key.kind][lang]);
  if ('contestId' in key) add(names.contest(key.contestId) ?? key.contestId);
  if ('grade' in key && key.grade !== undefined) add(prizeGradeLabels[key.grade][lang]);
  if ('rating' in key && key.rating !== undefined) add(contestRatingLabels[key.rating][lang]);
  if (key.measure === 'awards') {
    if (key.stage !== undefined) add(awardStageLabels[key.stage][lang]);
    if (key.kind !== undefined) add(awardKindLabels[key.kind][lang]);
    if (key.recipientKind !== undefined) add(recipientKindLabels[key.recipientKind][lang]);
  }
  return parts.join(', ');
};
