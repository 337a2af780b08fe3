import type { TermDefinedData } from '../events/termDefined';
import type { Unbranded } from './declaredCodec';

/** Where the built-in terms come from: the words of the Mường Tè report and of the campaign's other documents. */
const provenance = {
  recordedBy: 'campaign-ledger',
  source: { document: 'The built-in vocabulary of campaign-ledger (docs/glossary.md), from the Mường Tè report 2007–2010' },
};

type Definition = Unbranded<TermDefinedData>;

const term = (
  kind: Definition['kind'],
  termId: string,
  vi: string,
  en: string,
  relations: Omit<Definition, 'kind' | 'termId' | 'label' | 'provenance'> = {},
): Definition => ({
  kind,
  termId,
  label: { vi, en },
  provenance,
  ...relations,
});

/**
 * The starter vocabulary every history begins with, written as the definitions a history would
 * record (`TermDefined`'s data), in order: a term is defined after the terms it relates to. Each
 * kind lists its terms in the order the views show them, and docs/glossary.md lists them all. A
 * history adds its own terms with `DefineTerm`; these ids are those of every stored event, so none
 * is ever renamed.
 *
 * @example builtInVocabulary.filter((t) => t.kind === 'participant-category').map((t) => t.termId)
 */
export const builtInVocabulary: ReadonlyArray<Unbranded<TermDefinedData>> = [
  // Participants: categories overlap and reports mix them. "Quần chúng" are the people outside the
  // Party: never a party member.
  term('participant-category', 'party-members', 'đảng viên', 'party members'),
  term('participant-category', 'cadres-civil-servants', 'cán bộ, công chức, viên chức', 'cadres and civil servants'),
  term('participant-category', 'civil-servants', 'công chức, viên chức', 'civil servants and public employees', { broader: ['cadres-civil-servants'] }),
  term('participant-category', 'non-party-civil-servants', 'công chức, viên chức là quần chúng', 'non-party civil servants', {
    broader: ['civil-servants'],
    disjointWith: ['party-members'],
  }),
  term('participant-category', 'cadres-party-members-civil-servants', 'cán bộ, đảng viên, công chức, viên chức', 'cadres, party members and civil servants', {
    narrower: ['party-members', 'cadres-civil-servants'],
    partitions: [['party-members', 'non-party-civil-servants']],
  }),
  term('participant-category', 'key-cadres', 'cán bộ chủ chốt', 'key cadres', { broader: ['cadres-civil-servants'] }),
  term('participant-category', 'teachers', 'cán bộ, giáo viên', 'teachers', { broader: ['civil-servants'] }),
  term('participant-category', 'public', 'quần chúng nhân dân', 'the public', { disjointWith: ['party-members'] }),
  term('participant-category', 'core-activists', 'quần chúng cốt cán', 'core non-party activists', { broader: ['public'] }),
  term('participant-category', 'union-members-pupils', 'đoàn viên, hội viên, học sinh', 'union members and pupils'),
  term('participant-category', 'everyone', 'người tham gia (mọi đối tượng)', 'participants of every category', {
    narrower: ['party-members', 'cadres-party-members-civil-servants', 'public', 'union-members-pupils'],
  }),

  // Count units: one person may be counted many times in attendances; the two are never added.
  term('count-unit', 'person', 'người', 'persons'),
  term('count-unit', 'attendance', 'lượt người', 'attendances'),

  // Organisations. A grassroots Party organisation is either a grassroots Party committee or a
  // cell directly under the district.
  term('organisation-kind', 'province-committee', 'Tỉnh ủy', 'provincial Party committee'),
  term('organisation-kind', 'district-committee', 'Huyện ủy', 'district Party committee'),
  term('organisation-kind', 'standing-committee', 'Ban Thường vụ', 'standing committee'),
  term('organisation-kind', 'steering-committee', 'Ban Chỉ đạo', 'steering committee'),
  term('organisation-kind', 'commission', 'ban của cấp ủy', 'Party commission'),
  term('organisation-kind', 'grassroots-party-committee', 'đảng bộ cơ sở', 'grassroots Party committee'),
  term('organisation-kind', 'party-cell', 'chi bộ trực thuộc', 'Party cell directly under the district', { disjointWith: ['grassroots-party-committee'] }),
  term('organisation-kind', 'government-office', 'cơ quan nhà nước', 'government office'),
  term('organisation-kind', 'mass-organisation', 'đoàn thể', 'mass organisation'),
  term('organisation-kind', 'other', 'khác', 'other'),

  term('bloc', 'agencies', 'khối cơ quan', 'agencies'),
  term('bloc', 'rural', 'khối nông thôn', 'rural (communes)'),
  term('bloc', 'armed-forces', 'khối lực lượng vũ trang', 'armed forces'),
  term('bloc', 'enterprises', 'khối doanh nghiệp', 'enterprises'),

  term('residential-area-kind', 'hamlet', 'bản', 'hamlet'),
  term('residential-area-kind', 'quarter', 'khu phố', 'urban quarter'),

  // What organisations did, for shares of organisations ("18/18 đảng bộ đã thành lập ban chỉ đạo").
  term('activity', 'formed-steering-committee', 'thành lập ban chỉ đạo', 'formed a steering committee'),
  term('activity', 'made-plan', 'xây dựng kế hoạch', 'drew up a plan'),
  term('activity', 'held-study', 'tổ chức học tập chuyên đề', 'held study of the topic'),
  term('activity', 'held-review', 'tổ chức sơ kết, tổng kết', 'held interim and final reviews'),

  term('document-kind', 'directive', 'Chỉ thị', 'directive'),
  term('document-kind', 'conclusion', 'Kết luận', 'conclusion'),
  term('document-kind', 'circular', 'Thông tri', 'circular'),
  term('document-kind', 'guidance', 'Hướng dẫn', 'guidance'),
  term('document-kind', 'plan', 'Kế hoạch', 'plan'),
  term('document-kind', 'decision', 'Quyết định', 'decision'),
  term('document-kind', 'resolution', 'Nghị quyết', 'resolution'),
  term('document-kind', 'report', 'Báo cáo', 'report'),
  term('document-kind', 'article', 'Bài viết', 'article'),
  term('document-kind', 'other', 'Văn bản', 'document'),

  term('commitment-kind', 'pledge', 'bản đăng ký phấn đấu', 'pledge'),
  term('commitment-kind', 'reflection', 'bài thu hoạch', 'written reflection', { disjointWith: ['pledge'] }),

  term('contest-kind', 'storytelling', 'hội thi kể chuyện', 'storytelling contest'),
  term('contest-kind', 'writing', 'cuộc thi viết', 'writing contest'),

  term('prize-grade', 'first', 'giải nhất', 'first prize'),
  term('prize-grade', 'second', 'giải nhì', 'second prize'),
  term('prize-grade', 'third', 'giải ba', 'third prize'),
  term('prize-grade', 'consolation', 'giải khuyến khích', 'consolation prize'),
  term('prize-grade', 'oldest-entrant', 'giải thí sinh cao tuổi nhất', 'oldest entrant prize'),
  term('prize-grade', 'youngest-entrant', 'giải thí sinh nhỏ tuổi nhất', 'youngest entrant prize'),
  term('prize-grade', 'collective', 'giải tập thể', 'collective prize'),
  term('prize-grade', 'special', 'giải đặc biệt', 'special prize'),

  // Ratings grade contestants ("1 giỏi, 7 khá": 8 selected); they are not prizes.
  term('contest-rating', 'excellent', 'giỏi', 'excellent'),
  term('contest-rating', 'good', 'khá', 'good', { disjointWith: ['excellent'] }),

  // Awards are proposed (đề nghị), then decided (quyết định): the seed's stages name who proposes
  // or decides; the generic stages leave that to the deciding body.
  term('award-stage', 'proposed-by-unit', 'các chi, đảng bộ đề nghị huyện', 'proposed by units'),
  term('award-stage', 'decided-by-district', 'Ban Thường vụ Huyện ủy quyết định', 'decided by the district standing committee'),
  term('award-stage', 'proposed-to-province', 'đề nghị tỉnh', 'proposed to the province'),
  term('award-stage', 'decided-by-province', 'tỉnh quyết định', 'decided by the province'),
  term('award-stage', 'proposed', 'đề nghị', 'proposed', { narrower: ['proposed-by-unit', 'proposed-to-province'] }),
  term('award-stage', 'decided', 'quyết định', 'decided', { narrower: ['decided-by-district', 'decided-by-province'] }),

  // A reward and a commendation are counted separately; proposals often name both at once.
  term('award-kind', 'reward', 'khen thưởng', 'reward'),
  term('award-kind', 'commendation', 'biểu dương', 'commendation', { disjointWith: ['reward'] }),
  term('award-kind', 'reward-or-commendation', 'biểu dương, khen thưởng', 'reward or commendation', { partitions: [['reward', 'commendation']] }),
  term('award-kind', 'honour', 'tuyên dương', 'honour'),

  term('award-instrument', 'certificate-of-merit', 'giấy khen', 'certificate of merit'),
  term('award-instrument', 'merit-diploma', 'bằng khen', 'merit diploma'),
  term('award-instrument', 'emulation-flag', 'cờ thi đua', 'emulation flag'),

  // Who decides an award: statements of different bodies are never compared with each other's totals.
  term('deciding-body', 'grassroots-unit', 'các chi, đảng bộ cơ sở', 'grassroots units'),
  term('deciding-body', 'district-steering-committee', 'Ban Chỉ đạo Cuộc vận động huyện', 'the district steering committee'),
  term('deciding-body', 'district-standing-committee', 'Ban Thường vụ Huyện ủy', 'the district standing committee'),
  term('deciding-body', 'province', 'tỉnh', 'the province'),
];
