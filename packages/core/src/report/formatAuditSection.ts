import { formatFindings } from '../audit/reconciliationText';
import type { AuditSection } from '../audit/auditSection';
import type { LogProblemKind } from '../integrity/verificationReport';
import type { Language } from '../text/language';
import { formatCount } from '../text/numberFormat';

const WORDS = {
  vi: {
    title: '== Kiểm tra ==',
    checked: (stated: string, rules: string, evaluated: string, skipped: string) =>
      `  Đối chiếu ${stated} số liệu báo cáo với số tính từ sự kiện; ${rules} quy tắc kiểm tra, ${evaluated} phép so sánh, ${skipped} bỏ qua vì thiếu số liệu.`,
    alarms: (n: string) => `  Báo động (báo cáo tự mâu thuẫn): ${n}`,
    warnings: (n: string) => `  Cảnh báo: ${n}`,
    notes: (n: string) => `  Ghi chú (những gì không kiểm được, hoặc chỉ kiểm được một phần): ${n}, xem từng ghi chú trong báo cáo dạng JSON.`,
    log: '  Nhật ký sự kiện:',
    intact: (n: string, hash: string) => `    nguyên vẹn: ${n} sự kiện, mã băm đầu chuỗi ${hash}`,
    broken: '    ĐÃ BỊ SỬA:',
    notVerified: '    chưa kiểm tra được nhật ký (lỗi khi đọc kho sự kiện)',
  },
  en: {
    title: '== Audit ==',
    checked: (stated: string, rules: string, evaluated: string, skipped: string) =>
      `  ${stated} stated figures reconciled with the figures computed from the events; ${rules} validation rules, ${evaluated} comparisons, ${skipped} skipped for missing values.`,
    alarms: (n: string) => `  Alarms (the report contradicts itself): ${n}`,
    warnings: (n: string) => `  Warnings: ${n}`,
    notes: (n: string) => `  Notes (what could not be checked, or only in part): ${n}, each in the JSON report.`,
    log: '  Event log:',
    intact: (n: string, hash: string) => `    intact: ${n} events, head hash ${hash}`,
    broken: '    ALTERED:',
    notVerified: '    not verified:',
  },
} as const;

// The first problem of a broken log, in Vietnamese words; the English sentence is the verifier's own.
const PROBLEM_VI: { readonly [k in LogProblemKind]: string } = {
  altered: 'sự kiện đã bị sửa',
  removed: 'sự kiện đã bị xóa',
  inserted: 'sự kiện bị chèn thêm',
  reordered: 'sự kiện bị đổi thứ tự',
  unhashed: 'sự kiện không có mã băm',
};

/**
 * The audit section as text: what was checked, every alarm in full (its figure, arithmetic,
 * sentences, the number to look at first and the hypotheses), then every warning, then the
 * number of notes, which the JSON report carries in full; and the log's state.
 */
export const formatAuditSection = (audit: AuditSection, lang: Language): string => {
  const w = WORDS[lang];
  const r = audit.rules;
  const count = (n: number) => formatCount(n, lang);
  const lines: string[] = ['', w.title, w.checked(count(audit.reconciliation.statedFigures), count(r.rules), count(r.evaluated), count(r.skipped))];
  const alarms = audit.findings.filter((f) => f.severity === 'alarm');
  const warnings = audit.findings.filter((f) => f.severity === 'warning');
  lines.push(w.alarms(count(alarms.length)), ...formatFindings(alarms, lang).map((l) => `  ${l}`));
  lines.push(w.warnings(count(warnings.length)), ...formatFindings(warnings, lang).map((l) => `  ${l}`));
  lines.push(w.notes(count(audit.bySeverity.note)));
  lines.push(w.log);
  const log = audit.log;
  if (log._tag === 'Intact') lines.push(w.intact(formatCount(log.digest.eventCount, lang), log.digest.headHash));
  else if (log._tag === 'Broken')
    lines.push(`${w.broken} ${lang === 'vi' ? `${PROBLEM_VI[log.problem.kind]} ở vị trí ${formatCount(log.problem.globalPosition, lang)}` : log.problem.message}`);
  else lines.push(lang === 'vi' ? w.notVerified : `${w.notVerified} ${log.reason}`);
  return `${lines.join('\n')}\n`;
};
