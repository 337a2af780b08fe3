import { type LogBroken, type VerificationReport, describeStoreError, verifyDigest, verifyLog } from '@campaign-ledger/core';
import { compareWithCheckpoint, readLogTree, type SignedLogCheckpoint } from '@campaign-ledger/core/merkle';
import type { Command } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { withLogProgress } from '../store/logProgress';
import { withStore } from '../store/withStore';
import { readDigestFile } from './readDigestFile';
import { readSignedCheckpoint } from './readSignedCheckpoint';
import { type RegisterCommand, examples } from './registration';

/** Options of `verify`. */
export interface VerifyOptions {
  /** A digest written earlier by `digest`, which the log must still hold. */
  readonly digest?: string;
  /** A signed checkpoint written earlier by `checkpoint`, which the log must still extend. */
  readonly checkpoint?: string;
  /** The verifier key of the log's checkpoints: a file (`checkpoint-key` writes `<file>.pub`) or the key itself. */
  readonly logKey?: string;
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

/** Whether the log extends the checkpoint: a line for each answer, exit 1 for a rollback, a fork or a rewrite. */
const checkCheckpoint = async (
  context: CliContext,
  store: Parameters<typeof readLogTree>[0],
  checkpoint: SignedLogCheckpoint,
  path: string,
): Promise<E.Either<CliFailure, void>> => {
  const tree = await readLogTree(store)();
  if (E.isLeft(tree)) return E.left({ exitCode: EXIT.storeUnavailable, message: tree.left._tag === 'LogOutOfOrder' ? tree.left.message : describeStoreError(tree.left) });
  const signers = checkpoint.verifiedBy.map((s) => s.name).join(', ');
  const result = compareWithCheckpoint(tree.right, checkpoint);
  if (result._tag === 'Extends') {
    const since = result.logSize - result.checkpointSize;
    context.stdout.write(
      `the checkpoint holds: the log extends the ${result.checkpointSize} events of ${checkpoint.origin} signed by ${signers}, by a consistency proof of ${result.proof.path.length} ${result.proof.path.length === 1 ? 'hash' : 'hashes'}; ${since} ${since === 1 ? 'event' : 'events'} appended since\n`,
    );
    return E.right(undefined);
  }
  const what = result._tag.toLowerCase();
  context.stdout.write(`the checkpoint does not hold (${what}): ${result.message}\n`);
  return E.left({ exitCode: EXIT.checkFailed, message: `the log does not extend the checkpoint ${path}: a ${what}` });
};

/**
 * `verify`: walks the whole log and its hash chains and names the first altered, removed,
 * inserted or reordered event (exit 1); with `--digest`, also checks that the log still holds the
 * chain the digest was made of, up to its head (exit 1 when it does not); with `--checkpoint` and
 * `--log-key`, opens the signed checkpoint and checks that the log extends it, through a consistency
 * proof (exit 1 on a rollback, a fork or a rewrite).
 */
export const verifyCommand = (context: CliContext, options: VerifyOptions): Promise<E.Either<CliFailure, void>> => {
  const digest = options.digest === undefined ? E.right(undefined) : readDigestFile(context.cwd, options.digest);
  if (E.isLeft(digest)) return Promise.resolve(digest);
  const checkpoint = readSignedCheckpoint(context.cwd, options.checkpoint, options.logKey);
  if (E.isLeft(checkpoint)) return Promise.resolve(checkpoint);
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
      if (checkpoint.right !== undefined) {
        const held = await checkCheckpoint(context, store, checkpoint.right.checkpoint, options.checkpoint ?? '');
        if (E.isLeft(held)) return held;
      }
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

/** `verify [--digest <file>] [--checkpoint <file> --log-key <verifier key>]`. */
export const registerVerify: RegisterCommand = (program, run) => {
  program
    .command('verify')
    .description("check the log's hash chains and name the first break; with --digest, check that the log still holds a digest written earlier; with --checkpoint, that it extends a signed checkpoint")
    .option('--digest <file>', 'a digest written by campaign-ledger digest')
    .option('--checkpoint <file>', 'a signed checkpoint written by campaign-ledger checkpoint')
    .option('--log-key <key>', "the verifier key of the log's checkpoints: the .pub file checkpoint-key wrote, or the key itself")
    .addHelpText(
      'after',
      examples('campaign-ledger verify', 'campaign-ledger verify --digest audit-2011.digest.json', 'campaign-ledger verify --checkpoint checkpoint-2011.txt --log-key ledger.key.pub'),
    )
    .action((flags: { readonly digest?: string; readonly checkpoint?: string; readonly logKey?: string }, command: Command) =>
      run(command, (context) =>
        verifyCommand(context, {
          ...(flags.digest === undefined ? {} : { digest: flags.digest }),
          ...(flags.checkpoint === undefined ? {} : { checkpoint: flags.checkpoint }),
          ...(flags.logKey === undefined ? {} : { logKey: flags.logKey }),
        }),
      ),
    );
};
