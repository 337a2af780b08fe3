import {
  CampaignEvent,
  type CampaignFacts,
  type FigureKeyInput,
  campaignFactsProjection,
  figureKey,
  figureOf,
  makeInMemoryEventStore,
  percentOf,
  runProjection,
} from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { contest, muongTeHistory, org } from '@campaign-ledger/fixtures';
import { replayHistory } from '@campaign-ledger/fixtures';

// Every figure of the Mường Tè report that a projection can compute, asserted against the report.
// Each case names the sentence it comes from. Where the report contradicts itself, the computed
// figure is asserted and the contradiction is named; the audit (docs/audit.md) explains it.

let facts: CampaignFacts;

beforeAll(async () => {
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  const replayed = await replayHistory(store, muongTeHistory);
  expect(replayed).toEqual(E.right(muongTeHistory.length));
  const log = await store.readAll()();
  if (E.isLeft(log)) throw new Error(log.left._tag);
  facts = runProjection(campaignFactsProjection, log.right);
});

const district = { organisationId: org.district } as const;
const figure = (key: FigureKeyInput) => figureOf(facts, figureKey(key));
const value = (key: FigureKeyInput): number | null => {
  const f = figure(key);
  return f.status === 'computed' ? f.value : null;
};
const rate = (key: FigureKeyInput, decimals: number): number | null => {
  const f = figure(key);
  return f.rate?.percent ? percentOf(f.rate.percent.numerator, f.rate.percent.denominator, decimals).scaled : null;
};

describe('direction', () => {
  it('"Ban Chỉ đạo Cuộc vận động gồm 15 đồng chí": the district committee has 15 members', () => {
    expect(value({ measure: 'steering-committee-members', ...district, memberKind: 'district-committee' })).toBe(15);
  });
  it('"18/18 đảng bộ đã thành lập ban chỉ đạo": 18 committees of 18 grassroots Party committees', () => {
    expect(value({ measure: 'steering-committees', ...district, memberKind: 'grassroots-party-committee' })).toBe(18);
    expect(value({ measure: 'organisations', ...district, kind: 'grassroots-party-committee' })).toBe(18);
  });
  it('"... với 135 thành viên": 135 members of the grassroots committees', () => {
    expect(value({ measure: 'steering-committee-members', ...district, memberKind: 'grassroots-party-committee' })).toBe(135);
  });
  it('"lựa chọn 2 đơn vị ... để chỉ đạo điểm": 2 pilot units', () => {
    expect(value({ measure: 'pilot-units', ...district })).toBe(2);
  });
  it('"đại diện của 47 chi, đảng bộ trực thuộc": 47 organisations directly under the district in 2009', () => {
    expect(value({ measure: 'organisations', ...district, period: 2009 })).toBe(47);
  });
});

describe('2007', () => {
  it('"khối cơ quan 3 lớp, khối nông thôn 20 lớp, khối LLVT 1 lớp": 3, 20 and 1 classes by bloc', () => {
    expect(value({ measure: 'classes', period: 2007, ...district, bloc: 'agencies' })).toBe(3);
    expect(value({ measure: 'classes', period: 2007, ...district, bloc: 'rural' })).toBe(20);
    expect(value({ measure: 'classes', period: 2007, ...district, bloc: 'armed-forces' })).toBe(1);
  });
  it('"đã mở 24 lớp": 3 + 20 + 1 = 24 classes', () => {
    expect(value({ measure: 'classes', period: 2007, ...district })).toBe(24);
  });
  it('"với 3.573 người tham gia học tập": 3.573 participants', () => {
    expect(value({ measure: 'participants', period: 2007, ...district, category: 'everyone', countUnit: 'person' })).toBe(3573);
  });
  it('"đảng viên tham gia 1.795/1.923 đồng chí, đạt 93%": 1.795 of 1.923, 93% at the stated precision', () => {
    const key = { measure: 'participation-rate', period: 2007, ...district, category: 'party-members' } as const;
    expect(value({ measure: 'participants', period: 2007, ...district, category: 'party-members', countUnit: 'person' })).toBe(1795);
    expect(value({ measure: 'eligible', period: 2007, ...district, category: 'party-members' })).toBe(1923);
    expect(rate(key, 0)).toBe(93);
    expect(rate(key, 2)).toBe(9334);
  });
  it('"cán bộ, công chức là 1.483/1.650 người, đạt 90%": 1.483 of 1.650, 90% at the stated precision', () => {
    const key = { measure: 'participation-rate', period: 2007, ...district, category: 'cadres-civil-servants' } as const;
    expect(value({ measure: 'participants', period: 2007, ...district, category: 'cadres-civil-servants', countUnit: 'person' })).toBe(1483);
    expect(value({ measure: 'eligible', period: 2007, ...district, category: 'cadres-civil-servants' })).toBe(1650);
    expect(rate(key, 0)).toBe(90);
  });
});

describe('2008', () => {
  it('"triển khai 1 lớp cho cán bộ chủ chốt với 228 đồng chí": 1 district class, 228 key cadres', () => {
    expect(value({ measure: 'classes', period: 2008, ...district, organiserLevel: 'district' })).toBe(1);
    expect(value({ measure: 'participants', period: 2008, ...district, category: 'key-cadres', countUnit: 'person' })).toBe(228);
  });
  it('"các chi, đảng bộ tự tổ chức 52 lớp với 1.917 đảng viên": 52 unit classes, 1.917 party members', () => {
    expect(value({ measure: 'classes', period: 2008, ...district, organiserLevel: 'unit' })).toBe(52);
    expect(value({ measure: 'participants', period: 2008, ...district, category: 'party-members', countUnit: 'person' })).toBe(1917);
  });
  it('"..., đạt 91%": the rate cannot be computed, the report gives no denominator', () => {
    const f = figure({ measure: 'participation-rate', period: 2008, ...district, category: 'party-members' });
    expect(f.status).toBe('not-computable');
    expect(f.reason).toMatch(/no eligible population/);
  });
  it('"các lớp triển khai tại xã, bản, khu phố với 5.245 lượt người": 5.245 attendances, never added to persons', () => {
    expect(value({ measure: 'participants', period: 2008, ...district, category: 'everyone', countUnit: 'attendance' })).toBe(5245);
    expect(value({ measure: 'participants', period: 2008, ...district, category: 'everyone', countUnit: 'person' })).toBeNull();
  });
  it('2008 classes: 1 + 52 = 53 (no total stated)', () => {
    expect(value({ measure: 'classes', period: 2008, ...district })).toBe(53);
  });
});

describe('2009', () => {
  it('"tổ chức 1 lớp cho cán bộ, đảng viên, công chức khối cơ quan với 256 người": 1 class, 256 persons', () => {
    expect(value({ measure: 'classes', period: 2009, ...district, organiserLevel: 'district', bloc: 'agencies' })).toBe(1);
    expect(
      value({ measure: 'participants', period: 2009, ...district, category: 'cadres-party-members-civil-servants', countUnit: 'person', organiserLevel: 'district' }),
    ).toBe(256);
  });
  it('"tổ chức được 28 lớp cho 1.854 cán bộ, đảng viên, công chức, viên chức": 28 classes, 1.854 persons', () => {
    expect(value({ measure: 'classes', period: 2009, ...district, organiserLevel: 'unit' })).toBe(28);
    expect(
      value({ measure: 'participants', period: 2009, ...district, category: 'cadres-party-members-civil-servants', countUnit: 'person', organiserLevel: 'unit' }),
    ).toBe(1854);
  });
  it('"tại 117/160 bản, khu phố": 117 areas reached of 160 registered', () => {
    expect(value({ measure: 'areas-reached', period: 2009, ...district })).toBe(117);
    expect(value({ measure: 'areas-registered', period: 2009, ...district })).toBe(160);
  });
  it('"với trên 12.360 lượt người tham gia": at least 12.360 attendances, the qualifier kept', () => {
    const f = figure({ measure: 'outreach-attendances', period: 2009, ...district });
    expect(f.value).toBe(12360);
    expect(f.qualifiers).toEqual(['more-than']);
    expect(f.countUnit).toBe('attendance');
  });
  it('"5 lớp với 927/1.267 cán bộ, giáo viên": 5 classes, 927 of 1.267 teachers', () => {
    expect(value({ measure: 'classes', period: 2009, ...district, audience: 'teachers' })).toBe(5);
    expect(value({ measure: 'participants', period: 2009, ...district, category: 'teachers', countUnit: 'person' })).toBe(927);
    expect(rate({ measure: 'participation-rate', period: 2009, ...district, category: 'teachers' }, 2)).toBe(7316);
  });
  it('"đảng viên là 2.181/2.321 đồng chí, đạt 94,2%": 2.181 of 2.321 is 93,97%, not the 94,2% stated', () => {
    const key = { measure: 'participation-rate', period: 2009, ...district, category: 'party-members' } as const;
    expect(value({ measure: 'participants', period: 2009, ...district, category: 'party-members', countUnit: 'person' })).toBe(2181);
    expect(value({ measure: 'eligible', period: 2009, ...district, category: 'party-members' })).toBe(2321);
    expect(rate(key, 2)).toBe(9397);
    expect(rate(key, 1)).not.toBe(942);
  });
  it('"công chức, viên chức là quần chúng có 901 người": 901 non-party civil servants', () => {
    expect(value({ measure: 'participants', period: 2009, ...district, category: 'non-party-civil-servants', countUnit: 'person' })).toBe(901);
  });
  it('"toàn huyện có 3.082 cán bộ, đảng viên, công chức, viên chức": 2.181 + 901 = 3.082', () => {
    const partyMembers = value({ measure: 'participants', period: 2009, ...district, category: 'party-members', countUnit: 'person' });
    const nonParty = value({ measure: 'participants', period: 2009, ...district, category: 'non-party-civil-servants', countUnit: 'person' });
    expect((partyMembers ?? 0) + (nonParty ?? 0)).toBe(3082);
  });
  it('2009 classes: 1 + 28 + 5 = 34 (no total stated)', () => {
    expect(value({ measure: 'classes', period: 2009, ...district })).toBe(34);
  });
});

describe('2010', () => {
  it('"tổ chức 2 lớp ... với 257 đảng viên và 158 công chức, viên chức": 2 classes, 257 and 158 persons', () => {
    expect(value({ measure: 'classes', period: 2010, ...district, organiserLevel: 'district', bloc: 'agencies' })).toBe(2);
    expect(value({ measure: 'participants', period: 2010, ...district, category: 'party-members', countUnit: 'person' })).toBe(257);
    expect(value({ measure: 'participants', period: 2010, ...district, category: 'civil-servants', countUnit: 'person' })).toBe(158);
  });
  it('"tổ chức được 33 lớp cho 2.648 cán bộ, đảng viên, công chức viên chức": 33 classes, 2.648 persons', () => {
    expect(value({ measure: 'classes', period: 2010, ...district, organiserLevel: 'unit' })).toBe(33);
    expect(value({ measure: 'participants', period: 2010, ...district, category: 'cadres-party-members-civil-servants', countUnit: 'person' })).toBe(2648);
  });
  it('"tại 120 bản, khu phố cho 10.500 lượt quần chúng nhân dân": 120 areas, 10.500 attendances', () => {
    expect(value({ measure: 'areas-reached', period: 2010, ...district })).toBe(120);
    expect(value({ measure: 'outreach-attendances', period: 2010, ...district })).toBe(10500);
  });
  it('"5 lớp bồi dưỡng hè (từ ngày 2 đến ngày 10-8-2010)": 5 summer classes for teachers', () => {
    expect(value({ measure: 'classes', period: 2010, ...district, audience: 'teachers' })).toBe(5);
  });
  it('"Toàn huyện đã mở được 36 lớp": the itemised classes are 2 + 33 = 35, with the 5 summer classes 40', () => {
    const itemised =
      (value({ measure: 'classes', period: 2010, ...district, organiserLevel: 'district', bloc: 'agencies' }) ?? 0) +
      (value({ measure: 'classes', period: 2010, ...district, organiserLevel: 'unit' }) ?? 0);
    expect(itemised).toBe(35);
    expect(value({ measure: 'classes', period: 2010, ...district })).toBe(40);
  });
  it('"với 6.713 cán bộ, đảng viên, công chức, viên chức và quần chúng nhân dân": the itemised headcounts are 257 + 158 + 2.648 = 3.063', () => {
    const persons = (['party-members', 'civil-servants', 'cadres-party-members-civil-servants'] as const).map((category) =>
      value({ measure: 'participants', period: 2010, ...district, category, countUnit: 'person' }),
    );
    expect(persons.reduce<number>((sum, n) => sum + (n ?? 0), 0)).toBe(3063);
    expect(value({ measure: 'participants', period: 2010, ...district, category: 'everyone', countUnit: 'person' })).toBeNull();
  });
});

describe('contests', () => {
  it('2007 "hội thi cấp huyện có 20 thí sinh tham dự": 20 contestants', () => {
    expect(value({ measure: 'contest-contestants', contestId: contest.reportersDistrict2007, period: 2007 })).toBe(20);
  });
  it('2007 "lựa chọn được 8 đồng chí (1 giỏi, 7 khá)": 1 + 7 = 8 rated', () => {
    expect(value({ measure: 'ratings', contestId: contest.reportersDistrict2007, period: 2007, rating: 'excellent' })).toBe(1);
    expect(value({ measure: 'ratings', contestId: contest.reportersDistrict2007, period: 2007, rating: 'good' })).toBe(7);
    expect(value({ measure: 'ratings', contestId: contest.reportersDistrict2007, period: 2007 })).toBe(8);
  });
  it('2007 "cử 1 thí sinh tham dự hội thi do tỉnh tổ chức": 1 sent to the province', () => {
    expect(value({ measure: 'selections', contestId: contest.reportersDistrict2007, period: 2007 })).toBe(1);
  });
  it('2008 "thu hút được 68 cán bộ, giáo viên tham gia": 68 contestants', () => {
    expect(value({ measure: 'contest-contestants', contestId: contest.education2008, period: 2008 })).toBe(68);
  });
  it('2008 "Liên đoàn Lao động huyện ... đạt giải 3": one third prize', () => {
    expect(value({ measure: 'prizes', contestId: contest.province2008, period: 2008, grade: 'third' })).toBe(1);
  });
  it('2009 "có 29 chi, đảng bộ trực thuộc tham gia với 242 bài dự thi": 29 units, 242 entries', () => {
    expect(value({ measure: 'contest-units', contestId: contest.writing, period: 2009 })).toBe(29);
    expect(value({ measure: 'contest-entries', contestId: contest.writing, period: 2009 })).toBe(242);
  });
  it('2009 "1 giải nhất, 2 giải nhì, 3 giải ba và 20 ... khuyến khích; 1 ... cao tuổi nhất, 1 ... nhỏ tuổi nhất và một giải tập thể"', () => {
    const prizes = (grade: 'first' | 'second' | 'third' | 'consolation' | 'oldest-entrant' | 'youngest-entrant' | 'collective') =>
      value({ measure: 'prizes', contestId: contest.writing, period: 2009, grade });
    expect([prizes('first'), prizes('second'), prizes('third'), prizes('consolation')]).toEqual([1, 2, 3, 20]);
    expect([prizes('oldest-entrant'), prizes('youngest-entrant'), prizes('collective')]).toEqual([1, 1, 1]);
    expect(value({ measure: 'prizes', contestId: contest.writing, period: 2009 })).toBe(29);
  });
  it('2010 "đã có 33 chi, đảng bộ trực thuộc tham gia với 166 bài dự thi": 33 units, 166 entries', () => {
    expect(value({ measure: 'contest-units', contestId: contest.writing, period: 2010 })).toBe(33);
    expect(value({ measure: 'contest-entries', contestId: contest.writing, period: 2010 })).toBe(166);
  });
  it('2010 "1 giải nhất, 2 giải nhì, 3 giải ba, 10 giải khuyến khích": 16 prizes', () => {
    const prizes = (grade: 'first' | 'second' | 'third' | 'consolation') => value({ measure: 'prizes', contestId: contest.writing, period: 2010, grade });
    expect([prizes('first'), prizes('second'), prizes('third'), prizes('consolation')]).toEqual([1, 2, 3, 10]);
    expect(value({ measure: 'prizes', contestId: contest.writing, period: 2010 })).toBe(16);
  });
  it('the writing contest over 2009–2010: 408 entries and 45 prizes', () => {
    expect(value({ measure: 'contest-entries', contestId: contest.writing, period: { from: 2009, to: 2010 } })).toBe(408);
    expect(value({ measure: 'prizes', contestId: contest.writing, period: { from: 2009, to: 2010 } })).toBe(45);
  });
});

describe('awards over 2007–2010', () => {
  const span = { from: 2007, to: 2010 };
  it('"đề nghị huyện biểu dương, khen thưởng cho 43 tập thể và 172 cá nhân": 43 and 172 proposed', () => {
    expect(value({ measure: 'awards', period: span, stage: 'proposed-by-unit', recipientKind: 'collective' })).toBe(43);
    expect(value({ measure: 'awards', period: span, stage: 'proposed-by-unit', recipientKind: 'individual' })).toBe(172);
  });
  it('"quyết định khen thưởng 15 tập thể, 59 cá nhân": 15 and 59 rewards decided', () => {
    expect(value({ measure: 'awards', period: span, stage: 'decided-by-district', kind: 'reward', recipientKind: 'collective' })).toBe(15);
    expect(value({ measure: 'awards', period: span, stage: 'decided-by-district', kind: 'reward', recipientKind: 'individual' })).toBe(59);
  });
  it('"biểu dương 29 tập thể 122 cá nhân": 29 and 122 commendations decided', () => {
    expect(value({ measure: 'awards', period: span, stage: 'decided-by-district', kind: 'commendation', recipientKind: 'collective' })).toBe(29);
    expect(value({ measure: 'awards', period: span, stage: 'decided-by-district', kind: 'commendation', recipientKind: 'individual' })).toBe(122);
  });
  it('decided in all: 15 + 29 = 44 collectives and 59 + 122 = 181 individuals, more than the 43 and 172 proposed', () => {
    expect(value({ measure: 'awards', period: span, stage: 'decided-by-district', recipientKind: 'collective' })).toBe(44);
    expect(value({ measure: 'awards', period: span, stage: 'decided-by-district', recipientKind: 'individual' })).toBe(181);
  });
  it('"đề nghị tỉnh khen thưởng 1 tập thể, 1 cá nhân": 1 and 1 proposed to the province', () => {
    expect(value({ measure: 'awards', period: span, stage: 'proposed-to-province', recipientKind: 'collective' })).toBe(1);
    expect(value({ measure: 'awards', period: span, stage: 'proposed-to-province', recipientKind: 'individual' })).toBe(1);
  });
  it('no award is filed under a single year: the report gives none per year', () => {
    expect(value({ measure: 'awards', period: 2009 })).toBeNull();
  });
});

describe('materials', () => {
  it('"cấp phát 1.246 cuốn tài liệu": 1.246 copies over 2007–2010', () => {
    expect(value({ measure: 'materials', period: { from: 2007, to: 2010 }, ...district })).toBe(1246);
  });
});
