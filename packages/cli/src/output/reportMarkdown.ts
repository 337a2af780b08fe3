import {
  type AuditSection,
  type CampaignReport,
  type ComputedValue,
  type Language,
  type ReportRow,
  type StatedValue,
  formatCount,
  formatFindings,
  formatFraction,
  formatPercent,
} from '@campaign-ledger/core';
import { contestRuns, qualifiedNumber, statedNumberText } from '@campaign-ledger/html-report';

type Agreement = StatedValue['verdict']['agreement'];

const MARK: { readonly [a in Agreement]: string } = { agrees: '✓', differs: '≠', incomplete: '~', 'not-comparable': '?' };

const WORDS = {
  vi: {
    heading: 'Báo cáo kết quả Cuộc vận động',
    scope: 'Phạm vi',
    events: (n: number, p: number) => `${formatCount(n, 'vi')} sự kiện, vị trí cuối ${formatCount(p, 'vi')}.`,
    legend:
      'Cột "tính" là con số tính từ các sự kiện; cột "báo cáo" là con số báo cáo ghi, đánh dấu theo kết luận của phần kiểm tra: ✓ khớp, ≠ lệch (báo động), ⚠ cảnh báo, ~ chỉ kiểm được một phần, ? không so được.',
    itemisedNote: '\\* tổng các phần báo cáo nêu riêng (theo khối, cấp tổ chức, đối tượng...), không phải một tổng báo cáo khẳng định.',
    columns: ['Số liệu', 'Tính', 'Báo cáo'],
    noData: 'không có số liệu',
    notComputable: 'không tính được',
    partial: (names: string) => ` (chỉ một phần, thiếu: ${names})`,
    audit: 'Kiểm tra',
    checked: (stated: string, rules: string, evaluated: string, skipped: string) =>
      `Đối chiếu ${stated} số liệu báo cáo với số tính từ sự kiện; ${rules} quy tắc kiểm tra, ${evaluated} phép so sánh, ${skipped} bỏ qua vì thiếu số liệu.`,
    alarms: (n: string) => `Báo động (báo cáo tự mâu thuẫn): ${n}`,
    warnings: (n: string) => `Cảnh báo: ${n}`,
    notes: (n: string) => `Ghi chú (những gì không kiểm được, hoặc chỉ kiểm được một phần): ${n}, xem từng ghi chú trong báo cáo dạng JSON.`,
    intact: (n: string, hash: string) => `Nhật ký sự kiện nguyên vẹn: ${n} sự kiện, mã băm đầu chuỗi \`${hash}\`.`,
    broken: (position: string) => `Nhật ký sự kiện **đã bị sửa**: sai lệch đầu tiên ở vị trí ${position}.`,
    notVerified: 'Chưa kiểm tra được nhật ký sự kiện (lỗi khi đọc kho sự kiện).',
  },
  en: {
    heading: 'Campaign report',
    scope: 'Scope',
    events: (n: number, p: number) => `${formatCount(n, 'en')} events, last position ${formatCount(p, 'en')}.`,
    legend:
      '"computed" is the figure computed from the events; "stated" is what the report printed, marked with the audit verdict: ✓ agrees, ≠ differs (an alarm), ⚠ a warning, ~ partly checked, ? not comparable.',
    itemisedNote: '\\* the sum of parts the report itemised (by bloc, organiser level, audience...), not a total the report claims.',
    columns: ['Figure', 'Computed', 'Stated'],
    noData: 'no data',
    notComputable: 'not computable',
    partial: (names: string) => ` (partial, missing: ${names})`,
    audit: 'Audit',
    checked: (stated: string, rules: string, evaluated: string, skipped: string) =>
      `${stated} stated figures reconciled with the figures computed from the events; ${rules} validation rules, ${evaluated} comparisons, ${skipped} skipped for missing values.`,
    alarms: (n: string) => `Alarms (the report contradicts itself): ${n}`,
    warnings: (n: string) => `Warnings: ${n}`,
    notes: (n: string) => `Notes (what could not be checked, or only in part): ${n}, each in the JSON report.`,
    intact: (n: string, hash: string) => `Event log intact: ${n} events, head hash \`${hash}\`.`,
    broken: (position: string) => `Event log **altered**: the first break is at position ${position}.`,
    notVerified: 'Event log not verified (the store could not be read).',
  },
} as const;

/** Text as Markdown reads it literally: the characters that would start emphasis, code, a link or HTML, and a table's bars, escaped. */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);

const qualified = qualifiedNumber;

// The computed figure as the text report writes it: "24", "1.795/1.923 = 93,34%", "trên 12.360", "40*".
const computedCell = (c: ComputedValue, lang: Language): string => {
  const w = WORDS[lang];
  const partial = c.partial === undefined ? '' : w.partial(c.partial.missing.map((o) => o.name).join(', '));
  if (c.status === 'no-data') return w.noData;
  if (c.percent !== undefined) return `${formatFraction(c.percent.numerator, c.percent.denominator, lang)} = ${formatPercent(c.percent, lang)}${partial}`;
  if (c.status === 'not-computable' || c.value === null) {
    const reason = lang === 'en' && c.reason !== undefined ? ` (${c.reason.replace(/ under \S+$/, '')})` : '';
    return c.value === null ? `${w.notComputable}${reason}` : `${formatCount(c.value, lang)}, ${w.notComputable}${reason}`;
  }
  const count = qualified(formatCount(c.value, lang), c.qualifiers[0], lang);
  return `${c.itemisedBy === undefined ? count : `${count}*`}${partial}`;
};

const verdictMark = (v: StatedValue['verdict']): string => (v.severity === 'alarm' ? '≠' : v.severity === 'warning' ? '⚠' : MARK[v.agreement]);

// A stated figure as the report wrote it, with the audit's mark: "1.795/1.923, đạt 93% ✓".
const statedCell = (s: StatedValue, lang: Language): string => `${statedNumberText(s, lang)} ${verdictMark(s.verdict)}`;

// A row under its contest's heading leaves the contest's title out of its label, as the text report does.
const rowLabel = (row: ReportRow, lang: Language): string => (row.contest === undefined ? row.label[lang] : row.label[lang].replace(`, ${row.contest.title}`, ''));

const tableRow = (cells: ReadonlyArray<string>): string => `| ${cells.join(' | ')} |`;

const table = (rows: ReadonlyArray<ReportRow>, lang: Language): ReadonlyArray<string> => [
  tableRow(WORDS[lang].columns),
  tableRow(WORDS[lang].columns.map(() => '---')),
  ...rows.map((row) =>
    tableRow([escapeMarkdown(rowLabel(row, lang)), escapeMarkdown(computedCell(row.computed, lang)), escapeMarkdown(row.stated.map((s) => statedCell(s, lang)).join('; '))]),
  ),
];

// A finding's text lines as a list item: its first line, then its sentences and follow-ups under it.
const findingItems = (audit: AuditSection, severity: 'alarm' | 'warning', lang: Language): ReadonlyArray<string> =>
  audit.findings
    .filter((f) => f.severity === severity)
    .flatMap((f) => formatFindings([f], lang).map((line, i) => (i === 0 ? `- ${escapeMarkdown(line)}` : `  - ${escapeMarkdown(line.trim())}`)));

const auditLines = (audit: AuditSection, lang: Language): ReadonlyArray<string> => {
  const w = WORDS[lang];
  const count = (n: number) => formatCount(n, lang);
  const r = audit.rules;
  const alarms = findingItems(audit, 'alarm', lang);
  const warnings = findingItems(audit, 'warning', lang);
  const log = audit.log;
  const logLine =
    log._tag === 'Intact'
      ? w.intact(count(log.digest.eventCount), log.digest.headHash)
      : log._tag === 'Broken'
        ? `${w.broken(count(log.problem.globalPosition))}${lang === 'en' ? ` ${escapeMarkdown(log.problem.message)}` : ''}`
        : w.notVerified;
  return [
    `## ${w.audit}`,
    '',
    w.checked(count(audit.reconciliation.statedFigures), count(r.rules), count(r.evaluated), count(r.skipped)),
    '',
    `### ${w.alarms(count(audit.bySeverity.alarm))}`,
    ...(alarms.length === 0 ? [] : ['', ...alarms]),
    '',
    `### ${w.warnings(count(audit.bySeverity.warning))}`,
    ...(warnings.length === 0 ? [] : ['', ...warnings]),
    '',
    w.notes(count(audit.bySeverity.note)),
    '',
    logLine,
  ];
};

/**
 * The report as Markdown: a heading per period and per section, a table of each section's figures
 * (the computed figure beside what the report stated, with the audit's mark), contests under their
 * titles, then the audit: its alarms and warnings in full, its notes counted, and the log's state.
 * The numbers are written as the text report writes them, in the language asked for.
 */
export const formatReportMarkdown = (report: CampaignReport, lang: Language): string => {
  const w = WORDS[lang];
  const lines: string[] = [`# ${escapeMarkdown(`${w.heading}${report.campaign === null ? '' : ` "${report.campaign.title}"`}`)}`, ''];
  if (report.scope !== null) lines.push(`${w.scope}: ${escapeMarkdown(report.scope.name)}. ${w.events(report.eventCount, report.lastGlobalPosition)}`);
  else lines.push(w.events(report.eventCount, report.lastGlobalPosition));
  lines.push('', w.legend);
  if (report.groups.some((g) => g.sections.some((s) => s.rows.some((r) => r.computed.itemisedBy !== undefined)))) lines.push('', w.itemisedNote);
  for (const group of report.groups) {
    lines.push('', `## ${escapeMarkdown(group.title[lang])}`);
    for (const section of group.sections) {
      lines.push('', `### ${escapeMarkdown(section.title[lang])}`);
      for (const run of contestRuns(section.rows)) {
        if (run.contest !== undefined) lines.push('', `#### ${escapeMarkdown(run.contest)}`);
        lines.push('', ...table(run.rows, lang));
      }
    }
  }
  if (report.audit !== undefined) lines.push('', ...auditLines(report.audit, lang));
  return `${lines.join('\n')}\n`;
};
