import { type Colours, coloursFor, plain } from '../output/colours';
import { type AuditSection, type Language, describeStoreError, formatCount, formatFindings, makeCampaignLedger } from '@campaign-ledger/core';
import { type Command, Option } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { chooseCampaign } from '../store/campaigns';
import { withLogProgress } from '../store/logProgress';
import { withStore } from '../store/withStore';
import { collect } from './asOfOption';
import { readRuleSets } from './readRuleSets';
import { type RegisterCommand, examples } from './registration';

/** The gravest severity a finding may have without failing the audit; `none` never fails on findings. */
export type FailOn = 'alarm' | 'warning' | 'none';

/** Options of `audit`. */
export interface AuditOptions {
  readonly lang: Language;
  readonly format: 'text' | 'json';
  readonly failOn: FailOn;
  /** Rule sets added to the built-in rules. */
  readonly rules: ReadonlyArray<string>;
}

const WORDS = {
  vi: {
    checked: (stated: string, rules: string, evaluated: string, skipped: string) =>
      `Đối chiếu ${stated} số liệu báo cáo với số tính từ sự kiện; ${rules} quy tắc kiểm tra, ${evaluated} phép so sánh, ${skipped} bỏ qua vì thiếu số liệu.`,
    counts: (alarms: string, warnings: string, notes: string) => `Báo động: ${alarms}, cảnh báo: ${warnings}, ghi chú: ${notes}.`,
    intact: (n: string, hash: string) => `Nhật ký sự kiện nguyên vẹn: ${n} sự kiện, mã băm đầu chuỗi ${hash}.`,
    broken: (position: string) => `Nhật ký sự kiện ĐÃ BỊ SỬA: sai lệch đầu tiên ở vị trí ${position}.`,
    notVerified: 'Chưa kiểm tra được nhật ký sự kiện (lỗi khi đọc kho sự kiện).',
  },
  en: {
    checked: (stated: string, rules: string, evaluated: string, skipped: string) =>
      `${stated} stated figures reconciled with the figures computed from the events; ${rules} validation rules, ${evaluated} comparisons, ${skipped} skipped for missing values.`,
    counts: (alarms: string, warnings: string, notes: string) => `Alarms: ${alarms}, warnings: ${warnings}, notes: ${notes}.`,
    intact: (n: string, hash: string) => `Event log intact: ${n} events, head hash ${hash}.`,
    broken: (_position: string) => 'Event log ALTERED:',
    notVerified: 'Event log not verified (the store could not be read).',
  },
} as const;

/** The audit as text: every finding, gravest first, then what was checked, the count of each severity and the log's state. */
export const formatAudit = (audit: AuditSection, lang: Language, colours: Colours = plain): string => {
  const w = WORDS[lang];
  const count = (n: number) => formatCount(n, lang);
  const log = audit.log;
  const logLine =
    log._tag === 'Intact'
      ? w.intact(count(log.digest.eventCount), log.digest.headHash)
      : log._tag === 'Broken'
        ? `${w.broken(count(log.problem.globalPosition))}${lang === 'en' ? ` ${log.problem.message}` : ''}`
        : w.notVerified;
  // An alarm's head line in red, a warning's in yellow: the marks formatFindings starts them with.
  const findings = formatFindings(audit.findings, lang).map((line) => (line.startsWith('!') ? colours.red(line) : line.startsWith('⚠') ? colours.yellow(line) : line));
  return [
    ...findings,
    ...(findings.length === 0 ? [] : ['']),
    w.checked(count(audit.reconciliation.statedFigures), count(audit.rules.rules), count(audit.rules.evaluated), count(audit.rules.skipped)),
    w.counts(count(audit.bySeverity.alarm), count(audit.bySeverity.warning), count(audit.bySeverity.note)),
    logLine,
    '',
  ].join('\n');
};

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Why the audit fails at a threshold, or undefined when it passes: a broken log, or a finding at or above the threshold. */
export const auditFailure = (audit: AuditSection, failOn: FailOn): CliFailure | undefined => {
  if (failOn === 'none') return undefined;
  if (audit.log._tag === 'Broken') return { exitCode: EXIT.checkFailed, message: `the log does not verify: ${audit.log.problem.message}` };
  const { alarm, warning } = audit.bySeverity;
  const standing = failOn === 'alarm' ? alarm : alarm + warning;
  if (standing === 0) return undefined;
  const counted = failOn === 'alarm' ? plural(alarm, 'alarm') : `${plural(alarm, 'alarm')}, ${plural(warning, 'warning')}`;
  return { exitCode: EXIT.checkFailed, message: `the audit fails at --fail-on ${failOn}: ${counted}` };
};

/** `audit`: the findings of the audit of the campaign's figures and log; a finding at or above `--fail-on` exits 1. */
export const auditCommand = (context: CliContext, options: AuditOptions): Promise<E.Either<CliFailure, void>> => {
  const rules = readRuleSets(context.cwd, options.rules);
  if (E.isLeft(rules)) return Promise.resolve(rules);
  return withStore(context, { mustExist: true }, async (opened) => {
    const campaign = await chooseCampaign(opened, context.campaign);
    if (E.isLeft(campaign)) return campaign;
    // The audit reconciles every statement of the campaign, whatever organisation it speaks for.
    const audited = await withLogProgress(context, opened, 'audit', (store) => makeCampaignLedger({ store, campaignId: campaign.right }).audit(rules.right)());
    if (E.isLeft(audited)) return E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(audited.left) });
    const audit = audited.right;
    context.stdout.write(options.format === 'json' ? `${JSON.stringify(audit, null, 2)}\n` : formatAudit(audit, options.lang, coloursFor(context.stdout, context.env)));
    if (audit.log._tag === 'NotVerified') return E.left({ exitCode: EXIT.storeUnavailable, message: `the log could not be verified: ${audit.log.reason}` });
    const failure = auditFailure(audit, options.failOn);
    return failure === undefined ? E.right(undefined) : E.left(failure);
  });
};

/** `audit [--rules <file>]... [--format text|json] [--fail-on alarm|warning|none] [--lang vi|en]`. */
export const registerAudit: RegisterCommand = (program, run) => {
  program
    .command('audit')
    .description("print the audit's findings, gravest first, and their count by severity; exit 1 when one at or above --fail-on stands")
    .option('--rules <file>', 'a JSON rule set (docs/audit.md) evaluated with the built-in rules; repeat for several', collect)
    .addOption(new Option('--format <format>', 'text, or the JSON of the audit section (docs/report-format.md)').choices(['text', 'json']).default('text'))
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding of this severity or a graver one stands, or the log does not verify; none: never')
        .choices(['alarm', 'warning', 'none'])
        .default('alarm'),
    )
    .addOption(new Option('--lang <lang>', 'the language of the text').choices(['vi', 'en']).default('vi'))
    .addHelpText(
      'after',
      examples('campaign-ledger audit', 'campaign-ledger audit --fail-on warning --lang en', 'campaign-ledger audit --rules party-members.rules.json --format json > audit.json'),
    )
    .action(
      (
        flags: { readonly rules?: ReadonlyArray<string>; readonly format: 'text' | 'json'; readonly failOn: FailOn; readonly lang: Language },
        command: Command,
      ) => run(command, (context) => auditCommand(context, { lang: flags.lang, format: flags.format, failOn: flags.failOn, rules: flags.rules ?? [] })),
    );
};
