import { recipientKindLabels } from '../model/awardVocabulary';
import type { FigureKey } from '../model/figureKey';
import type { Label } from '../model/labels';
import { organiserLevelLabels } from '../model/organiserLevel';
import type { TermKind } from '../model/termKind';
import type { Language } from './language';

/**
 * Names the report needs to label a figure: organisations, contests and topics by id, and the words
 * of each term in the history's vocabulary (built in, or defined by the history).
 */
export interface NameLookup {
  readonly organisation: (id: string) => string | undefined;
  readonly contest: (id: string) => string | undefined;
  readonly topic: (id: string) => string | undefined;
  readonly term: (kind: TermKind, termId: string) => Label;
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
  'acting-organisations': { vi: 'Tổ chức đã thực hiện', en: 'Organisations that acted' },
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

/** One dimension a figure key fixes beyond its measure, period and scope: its field, value and words. */
export interface FigureDimension {
  /** The key's field: `category`, `countUnit`, `bloc`, `organiserLevel`, `stage`, ... */
  readonly name: string;
  /** The key's value for it: a term id, a level, a contest or organisation id. */
  readonly value: string;
  readonly label: Label;
}

/**
 * Each dimension a figure key fixes, in the order its label names them, with the words of its
 * value in both languages: what a chart groups figures by without parsing their labels.
 */
export const figureDimensions = (key: FigureKey, names: NameLookup): ReadonlyArray<FigureDimension> => {
  const dimensions: FigureDimension[] = [];
  const fields = key as unknown as Readonly<Record<string, unknown>>;
  const add = (name: string, label: (value: string) => Label) => {
    const value = fields[name];
    if (typeof value === 'string') dimensions.push({ name, value, label: label(value) });
  };
  const term = (kind: TermKind) => (value: string) => names.term(kind, value);
  const named = (lookup: (id: string) => string | undefined) => (value: string) => {
    const name = lookup(value) ?? value;
    return { vi: name, en: name };
  };
  add('category', term('participant-category'));
  add('countUnit', term('count-unit'));
  add('bloc', term('bloc'));
  add('organiserLevel', (value) => organiserLevelLabels[value as keyof typeof organiserLevelLabels]);
  add('audience', term('participant-category'));
  add('topicId', named(names.topic));
  add('memberKind', term('organisation-kind'));
  add('activity', term('activity'));
  if (key.measure === 'organisations' || key.measure === 'acting-organisations') add('kind', term('organisation-kind'));
  if (key.measure === 'commitments') add('kind', term('commitment-kind'));
  add('contestId', named(names.contest));
  add('contestKind', term('contest-kind'));
  add('organiserId', named(names.organisation));
  add('grade', term('prize-grade'));
  add('rating', term('contest-rating'));
  if (key.measure === 'awards') {
    add('stage', term('award-stage'));
    add('kind', term('award-kind'));
    add('recipientKind', (value) => recipientKindLabels[value as keyof typeof recipientKindLabels]);
    add('decidingBody', term('deciding-body'));
    add('instrument', term('award-instrument'));
  }
  return dimensions;
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
  const term = (kind: TermKind, termId: string | undefined) => (termId === undefined ? undefined : names.term(kind, termId)[lang]);
  if ('category' in key) add(term('participant-category', key.category));
  if ('countUnit' in key && key.countUnit !== undefined) parts.push(`${parts.pop() ?? ''} (${term('count-unit', key.countUnit) ?? ''})`);
  if ('bloc' in key) add(term('bloc', key.bloc));
  if ('organiserLevel' in key && key.organiserLevel !== undefined) add(organiserLevelLabels[key.organiserLevel][lang]);
  if ('audience' in key) add(term('participant-category', key.audience));
  if ('topicId' in key && key.topicId !== undefined) add(names.topic(key.topicId) ?? key.topicId);
  if ('memberKind' in key) add(term('organisation-kind', key.memberKind));
  if ('activity' in key) add(term('activity', key.activity));
  if (key.measure === 'organisations' || key.measure === 'acting-organisations') add(term('organisation-kind', key.kind));
  if (key.measure === 'commitments') add(term('commitment-kind', key.kind));
  if ('contestId' in key && key.contestId !== undefined) add(names.contest(key.contestId) ?? key.contestId);
  if ('contestKind' in key) add(term('contest-kind', key.contestKind));
  if ('organiserId' in key && key.organiserId !== undefined) add(names.organisation(key.organiserId) ?? key.organiserId);
  if ('grade' in key) add(term('prize-grade', key.grade));
  if ('rating' in key) add(term('contest-rating', key.rating));
  if (key.measure === 'awards') {
    add(term('award-stage', key.stage));
    add(term('award-kind', key.kind));
    if (key.recipientKind !== undefined) add(recipientKindLabels[key.recipientKind][lang]);
    add(term('deciding-body', key.decidingBody));
    add(term('award-instrument', key.instrument));
  }
  return parts.join(', ');
};
