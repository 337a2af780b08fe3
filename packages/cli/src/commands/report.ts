import { type Language, describeStoreError, makeCampaignLedger } from '@campaign-ledger/core';
import { type Command, Option } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { chooseCampaign } from '../store/campaigns';
import { recordedScope } from '../store/recordedScope';
import { withStore } from '../store/withStore';
import { type RegisterCommand, examples } from './registration';

/** Options of `report`. */
export interface ReportOptions {
  readonly lang: Language;
  readonly format: 'text' | 'json';
  readonly organisation?: string;
}

/** `report`: the campaign's report with its audit, as text (Vietnamese or English) or JSON (docs/report-format.md). */
export const reportCommand = (context: CliContext, options: ReportOptions): Promise<E.Either<CliFailure, void>> =>
  withStore(context, { mustExist: true }, async (store) => {
    const campaign = await chooseCampaign(store, context.campaign);
    if (E.isLeft(campaign)) return campaign;
    // Over the organisation the user names, else the one the campaign's transcription speaks for.
    const organisationId = options.organisation ?? (await recordedScope(store, campaign.right));
    const ledger = makeCampaignLedger({ store, campaignId: campaign.right, ...(organisationId === undefined ? {} : { organisationId }) });
    const report = await ledger.report({ lang: options.lang })();
    if (E.isLeft(report)) return E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(report.left) });
    context.stdout.write(options.format === 'json' ? `${JSON.stringify(report.right.report, null, 2)}\n` : report.right.text);
    return E.right(undefined);
  });

/** `report [--lang vi|en] [--format text|json] [--organisation <id>]`. */
export const registerReport: RegisterCommand = (program, run) => {
  program
    .command('report')
    .description("print the campaign's report with its audit")
    .addOption(new Option('--lang <lang>', 'the language of the text').choices(['vi', 'en']).default('vi'))
    .addOption(new Option('--format <format>', 'text, or the JSON of docs/report-format.md').choices(['text', 'json']).default('text'))
    .option('--organisation <id>', "the organisation whose subtree the figures cover (default: the transcription's scope)")
    .addHelpText('after', examples('campaign-ledger report', 'campaign-ledger report --lang en', 'campaign-ledger report --format json > report.json'))
    .action((options: { readonly lang: 'vi' | 'en'; readonly format: 'text' | 'json'; readonly organisation?: string }, command: Command) =>
      run(command, (context) =>
        reportCommand(context, { lang: options.lang, format: options.format, ...(options.organisation === undefined ? {} : { organisation: options.organisation }) }),
      ),
    );
};
