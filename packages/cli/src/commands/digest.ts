import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeStoreError, exportDigest } from '@campaign-ledger/core';
import type { Command } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { withLogProgress } from '../store/logProgress';
import { withStore } from '../store/withStore';
import { type RegisterCommand, examples } from './registration';

/** Options of `digest`. */
export interface DigestOptions {
  /** The file to write; stdout when absent. */
  readonly output?: string;
}

/**
 * `digest`: verifies the whole log and writes its digest (head position, head hash, event count)
 * as JSON, to keep with an audit and check later with `verify --digest`. A broken log gets no
 * digest (exit 1); an existing file is never overwritten, since it may be the digest kept from an
 * earlier audit.
 */
export const digestCommand = (context: CliContext, options: DigestOptions): Promise<E.Either<CliFailure, void>> => {
  const target = options.output === undefined ? undefined : resolve(context.cwd, options.output);
  if (target !== undefined && existsSync(target)) {
    return Promise.resolve(E.left({ exitCode: EXIT.badInput, message: `${options.output}: the file exists; a digest is never written over another: name a new file` }));
  }
  return withStore(context, { mustExist: true }, async (opened) => {
    // The whole log, as ledger.digest() makes it: the chains run through every campaign of the store.
    const digest = await withLogProgress(context, opened, 'digest', (store) => exportDigest(store)());
    if (E.isLeft(digest)) {
      const failure = digest.left;
      return E.left(
        failure._tag === 'Broken'
          ? { exitCode: EXIT.checkFailed, message: `the log does not verify, so no digest was written: the first break is at position ${failure.problem.globalPosition} (${failure.problem.kind})` }
          : { exitCode: EXIT.storeUnavailable, message: describeStoreError(failure) },
      );
    }
    const json = `${JSON.stringify(digest.right, null, 2)}\n`;
    if (target === undefined || options.output === undefined) {
      context.stdout.write(json);
      return E.right(undefined);
    }
    try {
      writeFileSync(target, json, { flag: 'wx' });
    } catch (error) {
      return E.left({ exitCode: EXIT.badInput, message: `${options.output}: the digest cannot be written there: ${error instanceof Error ? error.message : String(error)}` });
    }
    context.stderr.write(`${options.output}: the digest of ${digest.right.eventCount} events, up to position ${digest.right.headPosition}\n`);
    return E.right(undefined);
  });
};

/** `digest [--output <file>]`. */
export const registerDigest: RegisterCommand = (program, run) => {
  program
    .command('digest')
    .description("verify the log and write its digest (JSON), to check it later with verify --digest")
    .option('--output <file>', 'the file to write (a new one); stdout when absent')
    .addHelpText('after', examples('campaign-ledger digest --output audit-2011.digest.json', 'campaign-ledger digest > audit.digest.json'))
    .action((flags: { readonly output?: string }, command: Command) =>
      run(command, (context) => digestCommand(context, flags.output === undefined ? {} : { output: flags.output })),
    );
};
