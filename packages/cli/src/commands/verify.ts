import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type LogBroken, type VerificationReport, describeStoreError, verifyDigest, verifyLog } from '@campaign-ledger/core';
import { compareWithCheckpoint, noteVerifier, openCheckpoint, readLogTree, type NoteVerifier, type SignedLogCheckpoint } from '@campaign-ledger/core/merkle';
import type { Command } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { withLogProgress } from '../store/logProgress';
import { withStore } from '../store/withStore';
import { readDigestFile } from './readDigestFile';
import { readTextFile } from './readTextFile';
import { type RegisterCommand, examples } from './registration';

/** Options of `verify`. */
export interface VerifyOptions {
  /** A digest written earlier by `digest`, which the log must still hold. */
  readonly digest?: string;
  /** A signed checkpoint written earlier by `checkpoint`, which the log must still extend. */
  readonly checkpoint?: string;
  /** The verifier key of the checkpoint's signer: a file (`checkpoint-key` writes `<file>.pub`) or the key itself. */
  readonly key?: string;
}

const badInput = (message: string): E.Either<CliFailure, never> => E.left({ exitCode: EXIT.badInput, message });

/** The verifier key named on the command line: a file holding it, or the key itself. */
const readVerifierKey = (cwd: string, given: string): E.Either<CliFailure, NoteVerifier> => {
  const isFile = existsSync(resolve(cwd, given));
  const text = isFile ? readTextFile(cwd, given, 'a verifier key') : E.right(given);
  if (E.isLeft(text)) return text;
  const verifier = noteVerifier(text.right.trim());
  if (E.isRight(verifier)) return verifier;
  return badInput(isFile ? `${given}: not a verifier key: ${verifier.left.message}` : `--key ${given}: there is no such file, and it is not a verifier key: ${verifier.left.message}`);
};

/** The signed checkpoint of `--checkpoint`, opened with the key of `--key`. */
const readCheckpoint = (cwd: string, path: string, key: string | undefined): E.Either<CliFailure, SignedLogCheckpoint> => {
  if (key === undefined) return badInput('--checkpoint needs --key: the verifier key of the checkpoint\'s signer');
  const verifier = readVerifierKey(cwd, key);
  if (E.isLeft(verifier)) return verifier;
  const note = readTextFile(cwd, path, 'a signed checkpoint written by campaign-ledger checkpoint');
  if (E.isLeft(note)) return note;
  const opened = openCheckpoint(note.right, [verifier.right]);
  return E.isRight(opened) ? opened : badInput(`${path}: ${opened.left._tag === 'CheckpointMalformed' ? 'not a checkpoint' : 'the checkpoint is refused'}: ${opened.left.message}`);
};

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
 * `--key`, opens the signed checkpoint and checks that the log extends it, through a consistency
 * proof (exit 1 on a rollback, a fork or a rewrite).
 */
export const verifyCommand = (context: CliContext, options: VerifyOptions): Promise<E.Either<CliFailure, void>> => {
  const digest = options.digest === undefined ? E.right(undefined) : readDigestFile(context.cwd, options.digest);
  if (E.isLeft(digest)) return Promise.resolve(digest);
  if (options.key !== undefined && options.checkpoint === undefined) return Promise.resolve(badInput('--key names the verifier key of a checkpoint: give the checkpoint with --checkpoint'));
  const checkpoint = options.checkpoint === undefined ? E.right(undefined) : readCheckpoint(context.cwd, options.checkpoint, options.key);
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
        const held = await checkCheckpoint(context, store, checkpoint.right, options.checkpoint ?? '');
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

/** `verify [--digest <file>] [--checkpoint <file> --key <verifier key>]`. */
export const registerVerify: RegisterCommand = (program, run) => {
  program
    .command('verify')
    .description("check the log's hash chains and name the first break; with --digest, check that the log still holds a digest written earlier; with --checkpoint, that it extends a signed checkpoint")
    .option('--digest <file>', 'a digest written by campaign-ledger digest')
    .option('--checkpoint <file>', 'a signed checkpoint written by campaign-ledger checkpoint')
    .option('--key <key>', "the verifier key of the checkpoint's signer: the .pub file checkpoint-key wrote, or the key itself")
    .addHelpText(
      'after',
      examples('campaign-ledger verify', 'campaign-ledger verify --digest audit-2011.digest.json', 'campaign-ledger verify --checkpoint checkpoint-2011.txt --key ledger.key.pub'),
    )
    .action((flags: { readonly digest?: string; readonly checkpoint?: string; readonly key?: string }, command: Command) =>
      run(command, (context) =>
        verifyCommand(context, {
          ...(flags.digest === undefined ? {} : { digest: flags.digest }),
          ...(flags.checkpoint === undefined ? {} : { checkpoint: flags.checkpoint }),
          ...(flags.key === undefined ? {} : { key: flags.key }),
        }),
      ),
    );
};
