import type { Agreement } from '../audit/reconciliation';
import { qualifierLabels } from '../model/qualifier';
import { formatAuditSection } from './formatAuditSection';
import type { Language } from '../text/language';
import { formatCount, formatFraction, formatPercent } from '../text/numberFormat';
import type { CampaignReport, ComputedValue, ReportRow, StatedValue } from './reportModel';

const WORDS = {
  vi: {
    heading: 'Báo cáo kết quả Cuộc vận động',
    scope: 'Phạm vi',
    events: (n: number, p: number) => `${formatCount(n, 'vi')} sự kiện, vị trí cuối ${formatCount(p, 'vi')}.`,
    legend: 'Cột "tính" là con số tính từ các sự kiện; cột "báo cáo" là con số báo cáo ghi, đánh dấu theo kết luận của phần kiểm tra: ✓ khớp, ≠ lệch (báo động), ⚠ cảnh báo, ~ chỉ kiểm được một phần, ? không so được.',
    computed: 'tính',
    stated: 'báo cáo',
    notComputable: 'không tính được',
    noData: 'không có số liệu',
    reached: 'đạt',
    itemisedNote: '* tổng các phần báo cáo nêu riêng (theo khối, cấp tổ chức, đối tượng...), không phải một tổng báo cáo khẳng định.',
    partial: (names: string) => ` (chỉ một phần, thiếu: ${names})`,
  },
  en: {
    heading: 'Campaign report',
    scope: 'Scope',
    events: (n: number, p: number) => `${formatCount(n, 'en')} events, last position ${formatCount(p, 'en')}.`,
    legend: '"computed" is the figure computed from the events; "stated" is what the report printed, marked with the audit verdict: ✓ agrees, ≠ differs (an alarm), ⚠ a warning, ~ partly checked, ? not comparable.',
    computed: 'computed',
    stated: 'stated',
    notComputable: 'not computable',
    noData: 'no data',
    reached: '',
    itemisedNote: '* the sum of parts the report itemised (by bloc, organiser level, audience...), not a total the report claims.',
    partial: (names: string) => ` (partial, missing: ${names})`,
  },
} as const;

const MARK: { readonly [a in Agreement]: string } = {
  agrees: '✓',
  differs: '≠',
  incomplete: '~',
  'not-comparable': '?',
};

const qualified = (text: string, qualifier: string | undefined, lang: Language): string =>
  qualifier === undefined ? text : `${qualifierLabels[qualifier as keyof typeof qualifierLabels][lang]} ${text}`;

/**
 * The computed figure as a report would write it: "24", "1.795/1.923 = 93,34%", "trên 12.360",
 * and "40*" for a sum of itemised slices, which is no total.
 */
export const formatComputed = (c: ComputedValue, lang: Language): string => {
  const partial = c.partial === undefined ? '' : WORDS[lang].partial(c.partial.missing.map((o) => o.name).join(', '));
  if (c.status === 'no-data') return WORDS[lang].noData;
  if (c.percent !== undefined) {
    return `${formatFraction(c.percent.numerator, c.percent.denominator, lang)} = ${formatPercent(c.percent, lang)}${partial}`;
  }
  if (c.status === 'not-computable' || c.value === null) {
    // The projections' reason is English and names the cell by its organisation's id: the row already names the figure.
    const reason = lang === 'en' && c.reason !== undefined ? ` (${c.reason.replace(/ under \S+$/, '')})` : '';
    return c.value === null ? `${WORDS[lang].notComputable}${reason}` : `${formatCount(c.value, lang)}, ${WORDS[lang].notComputable}${reason}`;
  }
  const count = qualified(formatCount(c.value, lang), c.qualifiers[0], lang);
  return `${c.itemisedBy === undefined ? count : `${count}*`}${partial}`;
};

/** The mark of a verdict: an alarm ≠, a warning ⚠, otherwise what the statement's own check found. */
export const verdictMark = (v: StatedValue['verdict']): string => (v.severity === 'alarm' ? '≠' : v.severity === 'warning' ? '⚠' : MARK[v.agreement]);

/** A stated figure as the report wrote it, marked with the audit's verdict: "1.795/1.923, đạt 93% ✓", "36 ≠", "trên 12.360 ⚠". */
export const formatStated = (s: StatedValue, lang: Language): string => {
  const parts: string[] = [];
  if (s.value !== undefined) parts.push(qualified(formatCount(s.value, lang), s.qualifier, lang));
  if (s.numerator !== undefined) {
    parts.push(s.denominator === undefined ? formatCount(s.numerator, lang) : formatFraction(s.numerator, s.denominator, lang));
  } else if (s.denominator !== undefined) {
    parts.push(`?/${formatCount(s.denominator, lang)}`);
  }
  if (s.percent !== undefined) {
    const reached = WORDS[lang].reached;
    parts.push(`${reached === '' ? '' : `${reached} `}${qualified(formatPercent(s.percent, lang), s.percentQualifier, lang)}`);
  }
  return `${parts.join(', ')} ${verdictMark(s.verdict)}`;
};

const LABEL_WIDTH = 64;

// A row under its contest's heading leaves the contest's title out of its label.
const rowLabel = (row: ReportRow, lang: Language): string =>
  row.contest === undefined ? row.label[lang] : row.label[lang].replace(`, ${row.contest.title}`, '');

const formatRow = (row: ReportRow, lang: Language): string => {
  const label = rowLabel(row, lang);
  const indent = row.contest === undefined ? '    ' : '      ';
  const width = LABEL_WIDTH - (indent.length - 4);
  const padded = label.length >= width ? `${label}\n${' '.repeat(LABEL_WIDTH + 4)}` : label.padEnd(width);
  const stated = row.stated.map((s) => `${WORDS[lang].stated}: ${formatStated(s, lang)}`).join('; ');
  return `${indent}${padded}  ${WORDS[lang].computed}: ${formatComputed(row.computed, lang)}${stated === '' ? '' : `   ${stated}`}`;
};

/**
 * The report as text, in Vietnamese (the report's own formatting: 3.573; 94,2%) or English:
 * per period and section, each computed figure beside the figure the report stated.
 */
export const formatReport = (report: CampaignReport, lang: Language): string => {
  const w = WORDS[lang];
  const lines: string[] = [];
  lines.push(`${w.heading}${report.campaign === null ? '' : ` "${report.campaign.title}"`}`);
  if (report.scope !== null) lines.push(`${w.scope}: ${report.scope.name}`);
  lines.push(w.events(report.eventCount, report.lastGlobalPosition));
  lines.push(w.legend);
  if (report.groups.some((g) => g.sections.some((s) => s.rows.some((r) => r.computed.itemisedBy !== undefined)))) lines.push(w.itemisedNote);
  for (const group of report.groups) {
    lines.push('', `== ${group.title[lang]} ==`);
    for (const section of group.sections) {
      lines.push(`  ${section.title[lang]}`);
      // A contest's title is long: it heads its rows once, in the order the rows come.
      let contest: string | undefined;
      for (const row of section.rows) {
        if (row.contest !== undefined && row.contest.contestId !== contest) lines.push(`    ${row.contest.title}`);
        contest = row.contest?.contestId;
        lines.push(formatRow(row, lang));
      }
    }
  }
  return `${lines.join('\n')}\n${report.audit === undefined ? '' : formatAuditSection(report.audit, lang)}`;
};
