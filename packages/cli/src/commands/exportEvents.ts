import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { campaignStreamName, describeStoreError } from '@campaign-ledger/core';
import type { Command } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { writeEventsFile } from '../interchange/writeEventsFile';
import { chooseCampaign } from '../store/campaigns';
import { withStore } from '../store/withStore';
import { type RegisterCommand, examples } from './registration';

/** Options of `export`. */
export interface ExportOptions {
  /** The file to write; standard output when absent. */
  readonly output?: string;
}

// What the usual reasons for a file not to be written mean to the user (the partial file's name would only confuse).
const WHY_NOT_WRITTEN: Readonly<Record<string, string>> = {
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'its directory does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
};

// Written beside the target and renamed onto it, so that a failed export never leaves half a file under the name.
const writeWhole = (path: string, text: string): E.Either<string, void> => {
  const partial = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(partial, text, 'utf8');
    renameSync(partial, path);
    return E.right(undefined);
  } catch (error) {
    rmSync(partial, { force: true });
    const code = (error as { readonly code?: unknown }).code;
    return E.left(typeof code === 'string' && code in WHY_NOT_WRITTEN ? (WHY_NOT_WRITTEN[code] as string) : error instanceof Error ? error.message : String(error));
  }
};

/**
 * `export`: writes the log in the interchange format of docs/interchange.md, the whole log or the
 * stream of the campaign `--campaign` names, to standard output or to `--output`.
 */
export const exportCommand = (context: CliContext, options: ExportOptions): Promise<E.Either<CliFailure, void>> =>
  withStore(context, { mustExist: true }, async (store) => {
    const campaign = context.campaign === undefined ? E.right(null) : await chooseCampaign(store, context.campaign);
    if (E.isLeft(campaign)) return campaign;
    const read = campaign.right === null ? await store.readAll()() : await store.readStream(campaignStreamName(campaign.right))();
    if (E.isLeft(read)) return E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(read.left) });
    const text = writeEventsFile(campaign.right, read.right);
    if (options.output === undefined) context.stdout.write(text);
    else {
      const written = writeWhole(resolve(context.cwd, options.output), text);
      if (E.isLeft(written)) return E.left({ exitCode: EXIT.badInput, message: `cannot write ${options.output}: ${written.left}` });
    }
    const what = campaign.right === null ? 'the whole log' : `the campaign ${campaign.right}`;
    context.stderr.write(`exported ${read.right.length} events of ${what} to ${options.output ?? 'standard output'}\n`);
    return E.right(undefined);
  });

/** `export [--output <file>]`, with the global `--campaign`. */
export const registerExport: RegisterCommand = (program, run) => {
  program
    .command('export')
    .description('write the log (or the stream of the campaign --campaign names) as events, one JSON line each (docs/interchange.md)')
    .option('-o, --output <file>', 'the file to write (default: standard output)')
    .addHelpText(
      'after',
      examples(
        'campaign-ledger export --output ledger.events.ndjson',
        'campaign-ledger export --campaign muong-te > muong-te.events.ndjson',
        'campaign-ledger export --store postgres://analyst@localhost/ledger --output backup.events.ndjson',
      ),
    )
    .action((options: { readonly output?: string }, command: Command) =>
      run(command, (context) => exportCommand(context, options.output === undefined ? {} : { output: options.output })),
    );
};
