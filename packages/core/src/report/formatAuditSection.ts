import { type ReconciliationKind, reconciliationKindLabels } from '../audit/reconciliation';
import { formatReconciliations } from '../audit/reconciliationText';
import type { AuditSection } from '../audit/auditSection';
import type { Language } from '../text/language';
import { formatCount } from '../text/numberFormat';

const WORDS = {
  vi: {
    title: '== Kiểm tra ==',
    reconciliation: (n: string) => `  Đối chiếu ${n} số liệu báo cáo với số tính từ sự kiện:`,
    rules: (rules: string, evaluated: string, skipped: string) =>
      `  Quy tắc kiểm tra: ${rules} quy tắc, ${evaluated} phép so sánh, ${skipped} bỏ qua vì thiếu số liệu:`,
    noViolation: '    không có vi phạm',
    log: '  Nhật ký sự kiện:',
    intact: (n: string, hash: string) => `    nguyên vẹn: ${n} sự kiện, mã băm đầu chuỗi ${hash}`,
    broken: '    ĐÃ BỊ SỬA:',
    notVerified: '    chưa kiểm tra:',
  },
  en: {
    title: '== Audit ==',
    reconciliation: (n: string) => `  ${n} stated figures reconciled with the figures computed from the events:`,
    rules: (rules: string, evaluated: string, skipped: string) =>
      `  Validation rules: ${rules} rules, ${evaluated} comparisons, ${skipped} skipped for missing values:`,
    noViolation: '    no violation',
    log: '  Event log:',
    intact: (n: string, hash: string) => `    intact: ${n} events, head hash ${hash}`,
    broken: '    ALTERED:',
    notVerified: '    not verified:',
  },
} as const;

/** The audit section as text: reconciliation by class with every alarm, rule violations, the log's state. */
export const formatAuditSection = (audit: AuditSection, lang: Language): string => {
  const w = WORDS[lang];
  const lines: string[] = ['', w.title, w.reconciliation(formatCount(audit.reconciliation.statedFigures, lang))];
  for (const [kind, n] of Object.entries(audit.reconciliation.byKind) as Array<[ReconciliationKind, number]>) {
    lines.push(`    ${formatCount(n, lang).padStart(4)}  ${reconciliationKindLabels[kind][lang]}`);
  }
  lines.push(...formatReconciliations(audit.reconciliation.alarms, lang).map((l) => `  ${l}`));
  const r = audit.rules;
  lines.push(w.rules(formatCount(r.rules, lang), formatCount(r.evaluated, lang), formatCount(r.skipped, lang)));
  if (r.violations.length === 0) lines.push(w.noViolation);
  for (const v of r.violations) lines.push(`  ! ${v.message[lang]}`);
  lines.push(w.log);
  const log = audit.log;
  if (log._tag === 'Intact') lines.push(w.intact(formatCount(log.digest.eventCount, lang), log.digest.headHash));
  else if (log._tag === 'Broken') lines.push(`${w.broken} ${log.problem.message}`);
  else lines.push(`${w.notVerified} ${log.reason}`);
  return `${lines.join('\n')}\n`;
};
