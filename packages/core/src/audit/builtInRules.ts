import * as E from 'fp-ts/lib/Either.js';
import { problemsOf } from '../errors/invalidInput';
import { ValidationRule, type ValidationRuleInput } from './validationRule';

const scope = { organisationId: '$organisationId', period: '$period' } as const;
const partsThenTotal = { left: 'skip-if-all-values-missing', right: 'skip-if-any-value-missing' } as const;

const BLOCS = ['agencies', 'rural', 'armed-forces', 'enterprises'] as const;
const ORGANISER_LEVELS = ['province', 'district', 'unit'] as const;

/**
 * The rules every campaign ledger is checked against, as the same JSON a user writes. Each says
 * what the domain makes impossible: a part above its total, more participants than were eligible,
 * more decided than proposed, more prizes than entries or contestants.
 */
export const builtInRuleInputs: ReadonlyArray<ValidationRuleInput> = [
  {
    id: 'classes-by-bloc-within-total',
    name: { vi: 'Số lớp theo khối không vượt tổng số lớp', en: 'Classes by bloc do not exceed all classes' },
    instruction: {
      vi: 'Kiểm tra khối của từng số lớp và tổng số lớp báo cáo cho cùng đơn vị, cùng năm.',
      en: 'Check the bloc of each class count and the total reported for the same organisation and year.',
    },
    importance: 'medium',
    left: BLOCS.map((bloc) => ({ figure: { measure: 'classes', ...scope, bloc } })),
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'classes', ...scope } }],
    missingValueStrategy: partsThenTotal,
  },
  {
    id: 'classes-by-organiser-level-within-total',
    name: { vi: 'Số lớp theo cấp tổ chức không vượt tổng số lớp', en: 'Classes by organiser level do not exceed all classes' },
    instruction: {
      vi: 'Kiểm tra cấp tổ chức (huyện, cơ sở) của từng số lớp và tổng số lớp cùng năm.',
      en: 'Check who organised each class count (district or units) and the total for the year.',
    },
    importance: 'medium',
    left: ORGANISER_LEVELS.map((organiserLevel) => ({ figure: { measure: 'classes', ...scope, organiserLevel } })),
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'classes', ...scope } }],
    missingValueStrategy: partsThenTotal,
  },
  {
    id: 'participants-by-organiser-level-within-category',
    name: {
      vi: 'Người tham gia theo cấp tổ chức không vượt tổng số người tham gia của đối tượng',
      en: 'Participants by organiser level do not exceed the participants of their category',
    },
    instruction: {
      vi: 'Kiểm tra số người học ở lớp do huyện và do cơ sở tổ chức so với tổng số của cùng đối tượng, cùng đơn vị tính.',
      en: 'Compare the participants of district and unit classes with the total of the same category and count unit.',
    },
    importance: 'medium',
    left: ORGANISER_LEVELS.map((organiserLevel) => ({
      figure: { measure: 'participants', ...scope, category: '$category', countUnit: '$countUnit', organiserLevel },
    })),
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'participants', ...scope, category: '$category', countUnit: '$countUnit' } }],
    missingValueStrategy: partsThenTotal,
  },
  {
    id: 'participants-of-category-within-everyone',
    name: {
      vi: 'Người tham gia của một đối tượng không vượt tổng số người tham gia mọi đối tượng',
      en: 'Participants of a category do not exceed the participants of every category',
    },
    instruction: {
      vi: 'Kiểm tra tổng số người tham gia có bao gồm đối tượng này không, và có cùng đơn vị tính (người, lượt người) không.',
      en: 'Check whether the total of every category covers this category, in the same count unit (persons or attendances).',
    },
    importance: 'low',
    left: [{ figure: { measure: 'participants', ...scope, category: '$category', countUnit: '$countUnit' } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'participants', ...scope, category: 'everyone', countUnit: '$countUnit' } }],
  },
  {
    id: 'participants-within-eligible',
    name: { vi: 'Số người tham gia học tập không vượt số đối tượng phải học', en: 'Participants do not exceed the eligible population' },
    instruction: {
      vi: 'Kiểm tra số người tham gia (không phải lượt người) và số đối tượng phải học của cùng đối tượng, cùng năm.',
      en: 'Check the participants (persons, not attendances) and the eligible population of the same category and year.',
    },
    importance: 'high',
    left: [{ figure: { measure: 'participants', ...scope, category: '$category', countUnit: 'person' } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'eligible', ...scope, category: '$category' } }],
  },
  {
    id: 'areas-reached-within-registered',
    name: { vi: 'Số bản, khu phố được tuyên truyền không vượt tổng số bản, khu phố', en: 'Residential areas reached do not exceed the areas registered' },
    instruction: {
      vi: 'Kiểm tra số bản, khu phố được học tập, tuyên truyền và tổng số bản, khu phố của đơn vị trong năm.',
      en: 'Check the areas reached by study and outreach against the areas the organisation has in the year.',
    },
    importance: 'high',
    left: [{ figure: { measure: 'areas-reached', ...scope } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'areas-registered', ...scope } }],
  },
  {
    id: 'committees-within-organisations-of-kind',
    name: { vi: 'Số ban chỉ đạo không vượt số tổ chức cùng loại', en: 'Steering committees do not exceed the organisations of their kind' },
    instruction: {
      vi: 'Kiểm tra số ban chỉ đạo đã thành lập và số tổ chức cùng loại (ví dụ "18/18 đảng bộ").',
      en: 'Check the committees formed against the organisations of the same kind ("18/18 đảng bộ").',
    },
    importance: 'medium',
    left: [{ figure: { measure: 'steering-committees', memberKind: '$kind' } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'organisations', kind: '$kind' } }],
  },
  {
    id: 'committee-members-at-least-committees',
    name: { vi: 'Số ban chỉ đạo không vượt số thành viên ban chỉ đạo', en: 'Steering committees do not exceed their members' },
    instruction: {
      vi: 'Mỗi ban chỉ đạo có ít nhất một thành viên: kiểm tra số thành viên báo cáo.',
      en: 'Every committee has at least one member: check the member count reported.',
    },
    importance: 'low',
    left: [{ figure: { measure: 'steering-committees', organisationId: '$organisationId', memberKind: '$kind' } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'steering-committee-members', organisationId: '$organisationId', memberKind: '$kind' } }],
  },
  {
    id: 'contest-units-within-organisations',
    name: { vi: 'Số đơn vị tham gia cuộc thi không vượt số tổ chức', en: 'Units taking part in a contest do not exceed the organisations counted' },
    instruction: {
      vi: 'Kiểm tra số chi, đảng bộ tham gia cuộc thi và số chi, đảng bộ trực thuộc.',
      en: 'Check the units taking part against the organisations the ledger counts.',
    },
    importance: 'medium',
    left: [{ figure: { measure: 'contest-units', contestId: '$contestId', period: '$period' } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'organisations' } }],
  },
  {
    id: 'prizes-within-entries',
    name: { vi: 'Số giải không vượt số bài dự thi', en: 'Prizes do not exceed entries' },
    instruction: {
      vi: 'Kiểm tra số giải theo từng hạng và số bài dự thi của cùng cuộc thi, cùng năm.',
      en: 'Check the prizes of each grade against the entries of the same contest and year.',
    },
    importance: 'high',
    left: [{ figure: { measure: 'prizes', contestId: '$contestId', period: '$period' } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'contest-entries', contestId: '$contestId', period: '$period' } }],
  },
  {
    id: 'prizes-within-contestants',
    name: { vi: 'Số giải không vượt số thí sinh', en: 'Prizes do not exceed contestants' },
    instruction: {
      vi: 'Kiểm tra số giải và số thí sinh dự thi; giải không phải là xếp loại (giỏi, khá).',
      en: 'Check the prizes against the contestants; ratings (excellent, good) are not prizes.',
    },
    importance: 'high',
    left: [{ figure: { measure: 'prizes', contestId: '$contestId', period: '$period' } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'contest-contestants', contestId: '$contestId', period: '$period' } }],
  },
  {
    id: 'ratings-within-contestants',
    name: { vi: 'Số thí sinh được xếp loại không vượt số thí sinh', en: 'Contestants rated do not exceed contestants' },
    instruction: {
      vi: 'Kiểm tra số thí sinh xếp loại giỏi, khá và số thí sinh dự thi.',
      en: 'Check the contestants rated excellent or good against the contestants.',
    },
    importance: 'medium',
    left: [{ figure: { measure: 'ratings', contestId: '$contestId', period: '$period' } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'contest-contestants', contestId: '$contestId', period: '$period' } }],
  },
  {
    id: 'selections-within-contestants',
    name: { vi: 'Số thí sinh cử dự thi cấp trên không vượt số thí sinh', en: 'Selections sent on do not exceed contestants' },
    instruction: {
      vi: 'Kiểm tra số thí sinh được cử dự thi cấp trên và số thí sinh dự thi.',
      en: 'Check the contestants sent on to the higher level against the contestants.',
    },
    importance: 'medium',
    left: [{ figure: { measure: 'selections', contestId: '$contestId', period: '$period' } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'contest-contestants', contestId: '$contestId', period: '$period' } }],
  },
  {
    id: 'awards-decided-within-proposed',
    name: { vi: 'Số được khen thưởng, biểu dương không vượt số được đề nghị', en: 'Awards decided do not exceed awards proposed' },
    instruction: {
      vi: 'Đối chiếu quyết định của Ban Thường vụ với đề nghị của các chi, đảng bộ: có quyết định nào không qua đề nghị, hay số đề nghị báo cáo thiếu?',
      en: "Set the standing committee's decisions beside the units' proposals: was anything decided that no unit proposed, or are proposals under-reported?",
    },
    importance: 'high',
    left: [{ figure: { measure: 'awards', period: '$period', stage: 'decided-by-district', recipientKind: '$recipientKind' } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'awards', period: '$period', stage: 'proposed-by-unit', recipientKind: '$recipientKind' } }],
  },
  {
    id: 'awards-to-province-within-decided',
    name: {
      vi: 'Số đề nghị tỉnh khen thưởng không vượt số huyện đã quyết định',
      en: 'Awards proposed to the province do not exceed awards decided by the district',
    },
    instruction: {
      vi: 'Kiểm tra đề nghị lên tỉnh so với số huyện đã quyết định khen thưởng, biểu dương.',
      en: 'Check the proposals to the province against what the district decided.',
    },
    importance: 'medium',
    left: [{ figure: { measure: 'awards', period: '$period', stage: 'proposed-to-province', recipientKind: '$recipientKind' } }],
    operator: 'less-than-or-equal-to',
    right: [{ figure: { measure: 'awards', period: '$period', stage: 'decided-by-district', recipientKind: '$recipientKind' } }],
  },
];

const decodeBuiltIn = (input: ValidationRuleInput): ValidationRule => {
  const decoded = ValidationRule.decode(input);
  if (E.isLeft(decoded)) {
    const problems = problemsOf(decoded.left).map((p) => `${p.path}: expected ${p.expected}`);
    throw new TypeError(`built-in rule ${String(input.id)} is invalid: ${problems.join('; ')}`);
  }
  return decoded.right;
};

/** The built-in rule set, decoded through the same codec as a user's rules. */
export const builtInRules: ReadonlyArray<ValidationRule> = builtInRuleInputs.map(decodeBuiltIn);
