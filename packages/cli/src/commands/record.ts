import { recordTranscription, describeTranscriptionError } from '@campaign-ledger/transcription';
import type { Command } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { type Progress, progressOf } from '../output/progress';
import { checkRecordingCampaign } from '../store/campaigns';
import { withStore } from '../store/withStore';
import { readTranscriptionFile } from './readTranscriptionFile';
import { type RegisterCommand, examples } from './registration';

/** Options of `record`. */
export interface RecordOptions {
  readonly dryRun: boolean;
}

/**
 * `record <file>`: records a transcription, all or nothing. Recording the same file again adds
 * nothing; a changed entry is recorded as a correction, a removed one as a retraction.
 */
export const recordCommand = (context: CliContext, file: string, options: RecordOptions): Promise<E.Either<CliFailure, void>> =>
  withStore(context, { mustExist: false }, async (store) => {
    const sourced = await readTranscriptionFile(context.cwd, file);
    if (E.isLeft(sourced)) return sourced;
    const campaign = sourced.right.transcription.document.campaign;
    const allowed = await checkRecordingCampaign(store, campaign, context.campaign, file);
    if (E.isLeft(allowed)) return allowed;
    // The bar is made once the number of entries to decide is known, and shown only if deciding takes a while.
    let progress: Progress | undefined;
    const recorded = await recordTranscription(store, sourced.right, {
      dryRun: options.dryRun,
      onProgress: (decided, total) => {
        progress ??= progressOf(context, 'recording', total);
        progress.update(decided);
      },
    })();
    progress?.stop();
    if (E.isLeft(recorded)) {
      const storeFailed = !['TranscriptionUnreadable', 'InvalidTranscription', 'TranscriptionRejected', 'NotCorrectable'].includes(recorded.left._tag);
      return E.left({ exitCode: storeFailed ? EXIT.storeUnavailable : EXIT.badInput, message: describeTranscriptionError(recorded.left) });
    }
    const { changes, unchanged, events } = recorded.right;
    const count = (change: string) => changes.filter((c) => c.change === change).length;
    const verb = options.dryRun ? 'would record' : 'recorded';
    if (options.dryRun) {
      for (const c of changes) context.stdout.write(`${c.change} ${c.type} ${c.factId}${c.changed === undefined ? '' : ` (${c.changed.join(', ')})`}\n`);
    }
    const summary =
      events.length === 0
        ? `${file}: the campaign ${campaign} already holds all ${unchanged} entries; nothing ${options.dryRun ? 'would be' : 'was'} recorded`
        : `${file}: ${verb} ${events.length} events into the campaign ${campaign}: ${count('record')} new, ${count('correct')} corrected, ${count('retract')} retracted; ${unchanged} already recorded`;
    context.stderr.write(`${summary}\n`);
    return E.right(undefined);
  });

/** `record <file> [--dry-run]`. */
export const registerRecord: RegisterCommand = (program, run) => {
  program
    .command('record')
    .description('record a transcription (.yaml, .xlsx or .csv): again adds nothing; a changed entry is corrected, a removed one retracted')
    .argument('<file>', 'the transcription')
    .option('--dry-run', 'say what would be recorded, and record nothing')
    .addHelpText(
      'after',
      examples(
        'campaign-ledger record muong-te.report.yaml',
        'campaign-ledger record report.xlsx --dry-run',
        'campaign-ledger record report.csv --store postgres://analyst@localhost/ledger',
      ),
    )
    .action((file: string, options: { readonly dryRun?: boolean }, command: Command) =>
      run(command, (context) => recordCommand(context, file, { dryRun: options.dryRun === true })),
    );
};
