import { type AuditSection, CampaignEvent, type CampaignReport, formatReport, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { muongTeReport } from './muongTeReport';

// Every finding the audit of the Mường Tè report gives, at its severity, with its arithmetic: the
// report contradicts itself five times (four sentences and a rule), states one figure twice with
// two qualifiers, and leaves five things unchecked or checked only in part. Nothing else.

let audit: AuditSection;
let report: CampaignReport;

beforeAll(async () => {
  const result = await muongTeReport(makeInMemoryEventStore({ codec: CampaignEvent }));
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  report = result.right;
  if (report.audit === undefined) throw new Error('the report has no audit');
  audit = report.audit;
});

const listed = () => audit.findings.map((f) => [f.severity, f.kind, f.figureIds, f.arithmetic.line.vi]);

describe('the audit of the Mường Tè report, finding by finding', () => {
  it('gives exactly these findings, alarms first, then warnings, then notes', () => {
    expect(listed()).toEqual([
      ['alarm', 'percent-mismatches-fraction', ['figure:2009/party-members'], '2.181/2.321 = 93,97% ≠ 94,2%'],
      ['alarm', 'total-differs-from-parts', ['figure:2010/classes'], '2 + 33 = 35 ≠ 36'],
      [
        'alarm',
        'headcount-versus-attendances',
        ['figure:2010/participants'],
        '257 + 158 + 2.648 = 3.063 người ≠ 6.713 người; 10.500 lượt người không cộng được vào người',
      ],
      ['alarm', 'rule-violated', ['figure:proposed/collectives', 'figure:decided/reward/collectives', 'figure:decided/commendation/collectives'], '15 + 29 = 44 > 43'],
      ['alarm', 'rule-violated', ['figure:proposed/individuals', 'figure:decided/reward/individuals', 'figure:decided/commendation/individuals'], '59 + 122 = 181 > 172'],
      ['warning', 'restatement-differs', ['figure:2009/outreach-attendances', 'figure:2009/public-attendances'], 'trên 12.360 ≠ 12.360 (khác nhau ở từ hạn định)'],
      [
        'note',
        'overlapping-categories',
        ['figure:2007/participants'],
        '1.795 + 1.483 = 3.278 < 3.573 (đảng viên và cán bộ, công chức, viên chức có thể trùng nhau: không đối chiếu được)',
      ],
      ['note', 'not-computable', ['figure:2008/party-members'], '1.917/?: thiếu mẫu số, không kiểm được 91%'],
      [
        'note',
        'partial-coverage',
        ['figure:2009/participants'],
        '256 + 1.854 + 927 = 3.037 (các phần nêu riêng theo khối, cấp tổ chức) — báo cáo 3.082: chỉ bao quát một phần',
      ],
      [
        'note',
        'missing-denominator',
        ['figure:2010/areas-reached', 'figure:2009/areas-reached'],
        '120/?: không có tổng số bản, khu phố năm 2010; năm 2009 báo cáo ghi 117/160',
      ],
      [
        'note',
        'no-participant-count',
        ['figure:2010/classes/teachers-summer'],
        '5 lớp (cán bộ, giáo viên): báo cáo không ghi số người tham gia, trong khi ghi số người của các lớp khác năm 2010',
      ],
    ]);
    expect(audit.bySeverity).toEqual({ alarm: 5, warning: 1, note: 5 });
  });

  it('2009: 94,2% is the number to look at first, 2.181 being held by 2.181 + 901 = 3.082; 94,0% would match, as a hypothesis', () => {
    const [rate] = audit.findings;
    expect(rate?.localisation?.candidates.map((c) => [c.ref.slot, c.printed, c.low, c.high])).toEqual([
      ['percent', 942, 940, 940],
      ['denominator', 2321, 2315, 2316],
    ]);
    expect(rate?.localisation?.excluded).toEqual([{ id: 'figure:2009/party-members', slot: 'numerator' }]);
    expect(rate?.localisation?.line.en).toBe(
      'any one of these, wrong alone, would explain every conflict: the percentage 94.2% (if 94.0%) or the denominator 2,321 (if 2,315 to 2,316); not the numerator 2,181, held by 2,181 + 901 = 3,082',
    );
    expect(rate?.hypotheses.map((h) => [h.slip, h.printed, h.wouldBe, h.line.vi, h.line.en])).toEqual([
      [
        'one-digit-wrong',
        942,
        940,
        'giả thuyết: 94,0% thay cho 94,2% thì khớp — có thể sai một chữ số',
        'hypothesis: 94.0% instead of 94.2% would match; possibly one digit wrong',
      ],
    ]);
  });

  it('2009: the 927 teachers count among "cán bộ, đảng viên, công chức, viên chức", so they are among the slices of its 3.082', () => {
    const coverage = audit.findings.find((f) => f.kind === 'partial-coverage');
    expect(coverage?.arithmetic).toMatchObject({ _tag: 'Coverage', what: 'itemised', total: 3037, stated: 3082 });
    if (coverage?.arithmetic._tag !== 'Coverage') throw new Error('no coverage');
    expect(coverage.arithmetic.operands.map((o) => [o.factId, o.value])).toEqual([
      ['fact:2009/participants/district-class', 256],
      ['fact:2009/participants/unit-classes', 1854],
      ['fact:2009/participants/teachers', 927],
    ]);
  });

  it('carries each statement’s sentence with its finding', () => {
    const restated = audit.findings.find((f) => f.kind === 'restatement-differs');
    expect(restated?.statements.map((s) => [s.figureId, s.printed.vi, s.quote])).toEqual([
      ['figure:2009/outreach-attendances', 'trên 12.360', 'Tổ chức học tập, tuyên truyền tại 117/160 bản, khu phố với trên 12.360 lượt người tham gia.'],
      [
        'figure:2009/public-attendances',
        '12.360',
        'Trong đó: đảng viên là 2.181/2.321 đồng chí, đạt 94,2%, công chức, viên chức là quần chúng có 901 người tham gia học tập; tổ chức học tập, tuyên truyền tới 12.360 lượt quân chúng nhân dân.',
      ],
    ]);
  });

  it('agrees with 2009’s 3.082, and raises nothing else at alarm level', () => {
    const rows = report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows));
    const total = rows.flatMap((r) => r.stated).find((s) => s.figureId === 'figure:2009/participants');
    expect(total?.verdict).toMatchObject({ kind: 'matches-exactly', agreement: 'agrees', severity: 'note' });
    const alarms = rows.flatMap((r) => r.stated).filter((s) => s.verdict.severity === 'alarm');
    expect(alarms.map((s) => s.figureId)).toEqual(['figure:2009/party-members', 'figure:2010/classes', 'figure:2010/participants']);
  });

  it('prints the alarms, then the warning, then the number of notes, in Vietnamese throughout', () => {
    const text = formatReport(report, 'vi');
    const section = text.slice(text.indexOf('== Kiểm tra =='));
    const heads = section.split('\n').filter((l) => /^ {2}[!⚠–] /.test(l) || /^ {2}(Báo động|Cảnh báo|Ghi chú)/.test(l));
    expect(heads).toEqual([
      '  Báo động (báo cáo tự mâu thuẫn): 5',
      '  ! Tỷ lệ tham gia, đảng viên — 2009, Huyện ủy Mường Tè: tỷ lệ không khớp với phân số của chính nó — 2.181/2.321 = 93,97% ≠ 94,2%',
      '  ! Số lớp — 2010, Huyện ủy Mường Tè: tổng khác tổng các phần — 2 + 33 = 35 ≠ 36',
      '  ! Người tham gia (mọi đối tượng) (người) — 2010, Huyện ủy Mường Tè: số người đặt cạnh số lượt người — 257 + 158 + 2.648 = 3.063 người ≠ 6.713 người; 10.500 lượt người không cộng được vào người',
      '  ! Số được khen thưởng, biểu dương không vượt số được đề nghị (2007–2010, tập thể): vi phạm quy tắc kiểm tra — 15 + 29 = 44 > 43',
      '  ! Số được khen thưởng, biểu dương không vượt số được đề nghị (2007–2010, cá nhân): vi phạm quy tắc kiểm tra — 59 + 122 = 181 > 172',
      '  Cảnh báo: 1',
      '  ⚠ Lượt người được tuyên truyền — 2009, Huyện ủy Mường Tè: cùng một số liệu, hai lần nêu không khớp nhau — trên 12.360 ≠ 12.360 (khác nhau ở từ hạn định)',
      '  Ghi chú (những gì không kiểm được, hoặc chỉ kiểm được một phần): 5, xem từng ghi chú trong báo cáo dạng JSON.',
    ]);
    // No internal id, and no English word, in the Vietnamese report.
    expect(text).not.toMatch(/figure:|org:|fact:|award:|contest:/);
    expect(text).not.toMatch(/\b(the|no|not|cannot|stated|persons|attendances|under)\b/);
  });

  it('prints the English report in English', () => {
    const text = formatReport(report, 'en');
    expect(text).not.toMatch(/figure:|org:|fact:|award:|contest:/);
    // The sentences quoted from the report stay as written.
    const audited = text
      .slice(text.indexOf('== Audit =='))
      .split('\n')
      .filter((l) => !l.trim().startsWith('«'))
      .join('\n');
    expect(audited).toContain('! Participation rate, party members — 2009, Huyện ủy Mường Tè: the percentage does not match its own fraction');
    expect(audited).toContain('→ hypothesis: 94.0% instead of 94.2% would match; possibly one digit wrong');
    expect(audited).not.toMatch(/khớp|báo cáo|giả thuyết|khoanh vùng/);
  });
});
