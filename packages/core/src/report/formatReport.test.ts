import { describe, expect, it } from 'vitest';
import { event, withHierarchy } from '../../test/envelopes';
import { buildAuditSection } from '../audit/auditSection';
import { builtInRules } from '../audit/builtInRules';
import { buildCampaignReport, withAudit } from './campaignReport';
import { formatReport } from './formatReport';

const D = 'org:district-a';
const CONTEST = 'contest:writing';
const TITLE = 'Cuộc thi viết về “Những điển hình học tập và làm theo tấm gương đạo đức Hồ Chí Minh”';

const facts = withHierarchy(
  event('ContestLaunched', { contestId: CONTEST, title: TITLE, kind: 'writing', organiserId: D, level: 'district', period: { from: 2009, to: 2010 } }),
  event('ContestParticipationReported', { factId: 'f:units', contestId: CONTEST, year: 2009, units: 29, entries: 242 }),
  event('FigureReported', { figureId: 'figure:units', figure: { measure: 'contest-units', contestId: CONTEST, period: 2009 }, value: 29 }),
  event('FigureReported', { figureId: 'figure:entries', figure: { measure: 'contest-entries', contestId: CONTEST, period: 2009 }, value: 242 }),
  event('OutreachReported', { factId: 'f:outreach', organisationId: D, period: 2009, attendances: 12360, attendancesQualifier: 'more-than' }),
  event('FigureReported', { figureId: 'figure:hedged', figure: { measure: 'outreach-attendances', period: 2009, organisationId: D }, value: 12360, qualifier: 'more-than' }),
  event('FigureReported', { figureId: 'figure:bare', figure: { measure: 'outreach-attendances', period: 2009, organisationId: D }, value: 12360 }),
  event('EligiblePopulationDeclared', { factId: 'f:eligible', organisationId: 'org:commune-a1', period: 2009, category: 'party-members', count: 1000 }),
  event('AwardGranted', { awardId: 'a:proposed', period: { from: 2007, to: 2010 }, stage: 'proposed-by-unit', kind: 'reward-or-commendation', recipientKind: 'collective', count: 43 }),
  event('FigureReported', {
    figureId: 'figure:proposed',
    figure: { measure: 'awards', period: { from: 2007, to: 2010 }, stage: 'proposed-by-unit', kind: 'reward-or-commendation', recipientKind: 'collective' },
    value: 43,
  }),
);

const report = withAudit(buildCampaignReport(facts, { organisationId: D }), buildAuditSection(facts, builtInRules, { _tag: 'NotVerified', reason: 'not asked' }));
const vi = formatReport(report, 'vi');
const en = formatReport(report, 'en');

describe('formatReport', () => {
  it('names a contest once, above its rows, which leave its long title out', () => {
    const rows = vi.slice(0, vi.indexOf('== Kiểm tra =='));
    expect(rows.split(TITLE)).toHaveLength(2);
    expect(vi).toMatch(new RegExp(`    ${TITLE}\\n {6}Đơn vị tham gia +tính: 29 +báo cáo: 29 ✓\\n {6}Bài dự thi +tính: 242 +báo cáo: 242 ✓`));
    expect(report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows)).find((r) => r.key.measure === 'contest-units')?.contest).toEqual({ contestId: CONTEST, title: TITLE });
  });

  it('marks both statements of a figure stated twice with two qualifiers ⚠, a warning', () => {
    expect(vi).toMatch(/Lượt người được tuyên truyền +tính: trên 12\.360 +báo cáo: trên 12\.360 ⚠; báo cáo: 12\.360 ⚠/);
  });

  it('says an eligible population declared by only some organisations below is partial, and which it leaves out', () => {
    expect(vi).toMatch(/Đối tượng phải học, đảng viên +tính: 1\.000 \(chỉ một phần, thiếu: org:office-a\)/);
    expect(en).toMatch(/Eligible, party members +computed: 1,000 \(partial, missing: org:office-a\)/);
  });

  it('writes each part of a label once', () => {
    expect(vi).toContain('Biểu dương, khen thưởng, các chi, đảng bộ đề nghị huyện, tập thể');
    expect(vi).not.toMatch(/biểu dương, khen thưởng, .*biểu dương, khen thưởng/i);
  });

  it('closes with the alarms, then the warnings, then the number of notes', () => {
    const audit = vi.slice(vi.indexOf('== Kiểm tra =='));
    // 29 units against the 7 organisations registered: the rule's alarm, before the warning.
    expect(audit).toContain(
      [
        '  Báo động (báo cáo tự mâu thuẫn): 1',
        `  ! Số đơn vị tham gia cuộc thi không vượt số tổ chức (${TITLE}, 2009): vi phạm quy tắc kiểm tra — 29 > 7`,
        '  Cảnh báo: 1',
        '  ⚠ Lượt người được tuyên truyền — 2009, org:district-a: cùng một số liệu, hai lần nêu không khớp nhau — trên 12.360 ≠ 12.360 (khác nhau ở từ hạn định)',
      ].join('\n'),
    );
    expect(audit).toContain(`  Ghi chú (những gì không kiểm được, hoặc chỉ kiểm được một phần): ${report.audit?.bySeverity.note}, xem từng ghi chú trong báo cáo dạng JSON.`);
    expect(audit).toContain('    chưa kiểm tra được nhật ký (lỗi khi đọc kho sự kiện)');
  });
});
