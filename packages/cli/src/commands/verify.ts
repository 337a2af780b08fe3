import { type LogBroken, type VerificationReport, describeStoreError, verifyDigest, verifyLog } from '@campaign-ledger/core';
import type { Command } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { withLogProgress } from '../store/logProgress';
import { withStore } from '../store/withStore';
import { readDigestFile } from './readDigestFile';
import { type RegisterCommand, examples } from './registration';

/** Options of `verify`. */
export interface VerifyOptions {
  /** A digest written earlier by `digest`, which the log must still hold. */
  readonly digest?: string;
}

/** The first break of a broken log, in lines: where, which event, the hashes, and the verifier's sentence. */
export const formatBreak = (broken: LogBroken): string => {
  const p = broken.problem;
  const event = [
    ...(p.eventId === null ? [] : [`event ${p.eventId}`]),
    ...(p.stream === null ? [] : [`stream ${p.stream}${p.streamRevision === null ? '' : `, revision ${p.streamRevision}`}`]),
  ];
  return [
    `broken: the first break is at position ${p.globalPosition} (${p.kind})`,
    ...(event.length === 0 ? [] : [`  ${event.join(', ')}`]),
    ...(p.expectedHash === undefined ? [] : [`  sealed hash ${p.expectedHash}`]),
    ...(p.actualHash === undefined ? [] : [`  found hash  ${p.actualHash}`]),
    `  ${p.message}`,
    '',
  ].join('\n');
};

const brokenFailure = (broken: LogBroken): CliFailure => ({
  exitCode: EXIT.checkFailed,
  message: `the log does not verify: the first break is at position ${broken.problem.globalPosition} (${broken.problem.kind})`,
});

const intactLine = (report: Extract<VerificationReport, { _tag: 'Intact' }>): string =>
  report.eventCount === 0 ? 'intact: the log is empty\n' : `intact: ${report.eventCount} events, head at position ${report.headPosition}, hash ${report.headHash}\n`;

/**
 * `verify`: walks the whole log and its hash chains and names the first altered, removed,
 * inserted or reordered event (exit 1); with `--digest`, also checks that the log still holds the
 * chain the digest was made of, up to its head (exit 1 when it does not).
 */
export const verifyCommand = (context: CliContext, options: VerifyOptions): Promise<E.Either<CliFailure, void>> => {
  const digest = options.digest === undefined ? E.right(undefined) : readDigestFile(context.cwd, options.digest);
  if (E.isLeft(digest)) return Promise.resolve(digest);
  return withStore(context, { mustExist: true }, (opened) =>
    withLogProgress(context, opened, 'verify', async (store) => {
      // The whole log, every campaign of the store: its chains run through them all (ledger.verify is this).
      const verified = await verifyLog(store)();
      if (E.isLeft(verified)) return E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(verified.left) });
      if (verified.right._tag === 'Broken') {
        context.stdout.write(formatBreak(verified.right));
        return E.left(brokenFailure(verified.right));
      }
      context.stdout.write(intactLine(verified.right));
      if (digest.right === undefined) return E.right(undefined);
      const held = await verifyDigest(store, digest.right)();
      if (E.isLeft(held)) return E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(held.left) });
      const outcome = held.right;
      switch (outcome._tag) {
        case 'Holds': {
          const since = verified.right.headPosition - outcome.headPosition;
          context.stdout.write(
            `the digest holds: the log has the chain it was made of, up to position ${outcome.headPosition}; ${since} ${since === 1 ? 'event' : 'events'} appended since\n`,
          );
          return E.right(undefined);
        }
        case 'Broken':
          context.stdout.write(formatBreak(outcome));
          return E.left(brokenFailure(outcome));
        case 'Diverged':
          context.stdout.write(`the digest does not hold: ${outcome.message}\n`);
          return E.left({ exitCode: EXIT.checkFailed, message: `the log does not hold the digest ${options.digest}: ${outcome.message}` });
        default: {
          const _exhaustive: never = outcome;
          return _exhaustive;
        }
      }
    }),
  );
};

/** `verify [--digest <file>]`. */
export const registerVerify: RegisterCommand = (program, run) => {
  program
    .command('verify')
    .description("check the log's hash chains and name the first break; with --digest, check that the log still holds a digest written earlier")
    .option('--digest <file>', 'a digest written by campaign-ledger digest')
    .addHelpText('after', examples('campaign-ledger verify', 'campaign-ledger verify --digest audit-2011.digest.json'))
    .action((flags: { readonly digest?: string }, command: Command) =>
      run(command, (context) => verifyCommand(context, flags.digest === undefined ? {} : { digest: flags.digest })),
    );
};
