import { type Language, describeStoreError, formatReport, makeCampaignLedger } from '@campaign-ledger/core';
import { type Command, Option } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { reportOfYear, yearAuditNote } from '../output/reportOfYear';
import { formatReportMarkdown } from '../output/reportMarkdown';
import { chooseCampaign } from '../store/campaigns';
import { withLogProgress } from '../store/logProgress';
import { recordedScope } from '../store/recordedScope';
import { withStore } from '../store/withStore';
import { type AsOfPoint, describeAsOf } from './asOfOption';
import { htmlPage } from './reportHtml';
import { type CheckpointFile, readSignedCheckpoint } from './readSignedCheckpoint';
import { type RegisterCommand, examples } from './registration';

/** The forms a report is printed in. */
export type ReportFormat = 'text' | 'json' | 'md' | 'html';

/** Options of `report` (and of `replay`, which adds the moment). */
export interface ReportOptions {
  readonly lang: Language;
  readonly format: ReportFormat;
  readonly organisation?: string;
  /** Only the figures of this year (see reportOfYear). */
  readonly year?: number;
  /** The moment to rebuild the figures at: every point applies; none is the whole log. */
  readonly asOf?: ReadonlyArray<AsOfPoint>;
  /** A signed checkpoint for the HTML page to embed, with the proofs of the events its figures count. */
  readonly checkpoint?: CheckpointFile;
}

/** Reads `--year`: a year written in four digits. */
export const parseYear = (value: string): E.Either<CliFailure, number> =>
  /^\d{4}$/.test(value.trim()) ? E.right(Number(value.trim())) : E.left({ exitCode: EXIT.badInput, message: `--year ${value}: expected a year, as 2009` });

/**
 * `report`: the campaign's report with its audit, as text (Vietnamese or English), JSON
 * (docs/report-format.md), Markdown or one self-contained HTML page (docs/html-report.md), as of
 * a moment when one is given.
 */
export const reportCommand = (context: CliContext, options: ReportOptions): Promise<E.Either<CliFailure, void>> =>
  withStore(context, { mustExist: true }, async (opened) => {
    const campaign = await chooseCampaign(opened, context.campaign);
    if (E.isLeft(campaign)) return campaign;
    // Over the organisation the user names, else the one the campaign's transcription speaks for.
    const organisationId = options.organisation ?? (await recordedScope(opened, campaign.right));
    const asOf = options.asOf ?? [];
    const built = await withLogProgress(context, opened, asOf.length === 0 ? 'report' : 'replay', (store) =>
      makeCampaignLedger({ store, campaignId: campaign.right, ...(organisationId === undefined ? {} : { organisationId }) }).report({ lang: options.lang, asOf })(),
    );
    if (E.isLeft(built)) return E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(built.left) });
    const restricted = options.year === undefined ? E.right(built.right.report) : reportOfYear(built.right.report, options.year);
    if (E.isLeft(restricted)) return E.left({ exitCode: EXIT.badInput, message: restricted.left });
    const report = restricted.right;
    if (options.checkpoint !== undefined && options.format !== 'html') {
      return E.left({ exitCode: EXIT.badInput, message: '--checkpoint is for the HTML page, which embeds it: add --format html' });
    }
    if (options.format === 'json') {
      context.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return E.right(undefined);
    }
    const moment = asOf.length === 0 ? [] : [describeAsOf(asOf, options.lang)];
    if (options.format === 'html') {
      const page = await htmlPage(opened, report, {
        campaignId: campaign.right,
        lang: options.lang,
        asOf,
        ...(moment[0] === undefined ? {} : { moment: moment[0] }),
        ...(options.checkpoint === undefined ? {} : { checkpoint: options.checkpoint }),
      });
      if (E.isLeft(page)) return page;
      context.stdout.write(page.right);
      return E.right(undefined);
    }
    const note = options.year === undefined ? [] : [yearAuditNote[options.lang]];
    if (options.format === 'md') {
      const markdown = formatReportMarkdown(report, options.lang);
      context.stdout.write([...moment.map((m) => `*${m}*\n\n`), markdown, ...note.map((n) => `\n${n}\n`)].join(''));
      return E.right(undefined);
    }
    // Without --year the ledger's own text, which is the report with its audit.
    const text = options.year === undefined ? built.right.text : formatReport(report, options.lang);
    context.stdout.write([...moment.map((m) => `${m}\n`), text, ...note.map((n) => `\n${n}\n`)].join(''));
    return E.right(undefined);
  });

/** The options `report` and `replay` share. */
export const reportOptions = (command: Command): Command =>
  command
    .addOption(new Option('--lang <lang>', 'the language of the text').choices(['vi', 'en']).default('vi'))
    .addOption(new Option('--format <format>', 'text, Markdown, the JSON of docs/report-format.md, or one self-contained HTML page (docs/html-report.md)').choices(['text', 'md', 'json', 'html']).default('text'))
    .option('--organisation <id>', "the organisation whose subtree the figures cover (default: the transcription's scope)")
    .option('--year <year>', "only the figures of one year (without those of a span of years or of the whole campaign, and without the campaign's audit)")
    .option('--checkpoint <file>', 'with --format html: a signed checkpoint of the log for the page to embed and check, with the proofs of its figures')
    .option('--log-key <key>', "the verifier key of the log's checkpoints: the .pub file checkpoint-key wrote, or the key itself");

/** What commander gives the shared options. */
export interface ReportFlags {
  readonly lang: Language;
  readonly format: ReportFormat;
  readonly organisation?: string;
  readonly year?: string;
  readonly checkpoint?: string;
  readonly logKey?: string;
}

/** The shared options as ReportOptions, `--year` read and `--checkpoint` opened (from the user's directory). */
export const reportOptionsOf = (flags: ReportFlags, cwd: string): E.Either<CliFailure, ReportOptions> => {
  const year = flags.year === undefined ? E.right(undefined) : parseYear(flags.year);
  if (E.isLeft(year)) return year;
  const checkpoint = readSignedCheckpoint(cwd, flags.checkpoint, flags.logKey);
  if (E.isLeft(checkpoint)) return checkpoint;
  return E.right({
    lang: flags.lang,
    format: flags.format,
    ...(flags.organisation === undefined ? {} : { organisation: flags.organisation }),
    ...(year.right === undefined ? {} : { year: year.right }),
    ...(checkpoint.right === undefined ? {} : { checkpoint: checkpoint.right }),
  });
};

/** `report [--lang vi|en] [--format text|md|json] [--organisation <id>] [--year <year>]`. */
export const registerReport: RegisterCommand = (program, run) => {
  reportOptions(program.command('report').description("print the campaign's report with its audit"))
    .addHelpText(
      'after',
      examples(
        'campaign-ledger report',
        'campaign-ledger report --lang en',
        'campaign-ledger report --year 2009 --format md > report-2009.md',
        'campaign-ledger report --format json > report.json',
        'campaign-ledger report --format html > report.html',
        'campaign-ledger report --format html --checkpoint checkpoint-2011.txt --log-key ledger.key.pub > report.html',
      ),
    )
    .action((flags: ReportFlags, command: Command) =>
      run(command, async (context) => {
        const options = reportOptionsOf(flags, context.cwd);
        return E.isLeft(options) ? options : reportCommand(context, options.right);
      }),
    );
};
