import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeStoreError, verifyLog } from '@campaign-ledger/core';
import { newNoteSignerKey, noteSigner, readLogTree, signCheckpoint } from '@campaign-ledger/core/merkle';
import type { Command } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { withLogProgress } from '../store/logProgress';
import { withStore } from '../store/withStore';
import { readTextFile } from './readTextFile';
import { type RegisterCommand, examples } from './registration';

const bad = (message: string): E.Either<CliFailure, never> => E.left({ exitCode: EXIT.badInput, message });

// A new file only: a key or a checkpoint kept from before is never written over.
const writeNew = (cwd: string, path: string, text: string, mode: number, what: string): E.Either<CliFailure, void> => {
  const target = resolve(cwd, path);
  if (existsSync(target)) return bad(`${path}: the file exists; ${what} is never written over another file: name a new one`);
  try {
    writeFileSync(target, text, { flag: 'wx', mode });
    return E.right(undefined);
  } catch (error) {
    return bad(`${path}: ${what} cannot be written there: ${error instanceof Error ? error.message : String(error)}`);
  }
};

/** Options of `checkpoint-key`. */
export interface CheckpointKeyOptions {
  /** The key's name: the log's origin, a schema-less URL such as `ledger.muongte.example/hoc-tap`. */
  readonly name: string;
  /** The file to write the signer key to (a new one); its verifier key goes to `<file>.pub`. */
  readonly output: string;
}

/**
 * `checkpoint-key <name> --output <file>`: makes an Ed25519 key for signing checkpoints, from 32
 * bytes of the system's secure random source, asked for by this command and no other. The signer
 * key goes to the file (readable by its owner only), the verifier key to `<file>.pub` and stdout.
 */
export const checkpointKeyCommand = async (context: CliContext, options: CheckpointKeyOptions): Promise<E.Either<CliFailure, void>> => {
  const key = newNoteSignerKey(options.name, crypto.getRandomValues(new Uint8Array(32)));
  if (E.isLeft(key)) return bad(`checkpoint-key: ${key.left.message}`);
  const signer = noteSigner(key.right);
  if (E.isLeft(signer)) return bad(`checkpoint-key: ${signer.left.message}`);
  const publicFile = `${options.output}.pub`;
  if (existsSync(resolve(context.cwd, publicFile))) return bad(`${publicFile}: the file exists; a key is never written over another file: name a new one`);
  const written = writeNew(context.cwd, options.output, `${key.right}\n`, 0o600, 'a signer key');
  if (E.isLeft(written)) return written;
  const published = writeNew(context.cwd, publicFile, `${signer.right.verifierKey}\n`, 0o644, 'a verifier key');
  if (E.isLeft(published)) return published;
  context.stderr.write(`${options.output}: the signer key of ${options.name}; keep it secret\n${publicFile}: its verifier key, to publish:\n`);
  context.stdout.write(`${signer.right.verifierKey}\n`);
  return E.right(undefined);
};

/** Options of `checkpoint`. */
export interface CheckpointOptions {
  /** The file holding the signer key (`checkpoint-key` writes one); its name is the checkpoint's origin. */
  readonly key: string;
  /** The file to write the signed checkpoint to (a new one); stdout when absent. */
  readonly output?: string;
}

/**
 * `checkpoint --key <file>`: verifies the log's chains, builds its Merkle tree and writes a signed
 * checkpoint of it (c2sp.org/tlog-checkpoint): origin (the key's name), size and root. A log that
 * does not verify gets no checkpoint (exit 1).
 */
export const checkpointCommand = async (context: CliContext, options: CheckpointOptions): Promise<E.Either<CliFailure, void>> => {
  const keyText = readTextFile(context.cwd, options.key, 'a signer key written by campaign-ledger checkpoint-key');
  if (E.isLeft(keyText)) return keyText;
  const signer = noteSigner(keyText.right.trim());
  if (E.isLeft(signer)) return bad(`${options.key}: not a signer key: ${signer.left.message}`);
  if (options.output !== undefined && existsSync(resolve(context.cwd, options.output))) {
    return bad(`${options.output}: the file exists; a checkpoint is never written over another file: name a new one`);
  }
  return withStore(context, { mustExist: true }, (opened) =>
    withLogProgress(context, opened, 'checkpoint', async (store) => {
      const verified = await verifyLog(store)();
      if (E.isLeft(verified)) return E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(verified.left) });
      if (verified.right._tag === 'Broken') {
        const p = verified.right.problem;
        return E.left({ exitCode: EXIT.checkFailed, message: `the log does not verify, so no checkpoint was written: the first break is at position ${p.globalPosition} (${p.kind})` });
      }
      const tree = await readLogTree(store)();
      if (E.isLeft(tree)) return E.left({ exitCode: EXIT.storeUnavailable, message: tree.left._tag === 'LogOutOfOrder' ? tree.left.message : describeStoreError(tree.left) });
      const checkpoint = tree.right.checkpoint(signer.right.name);
      const note = signCheckpoint(checkpoint, [signer.right]);
      if (options.output === undefined) {
        context.stdout.write(note);
        return E.right(undefined);
      }
      const written = writeNew(context.cwd, options.output, note, 0o644, 'a checkpoint');
      if (E.isLeft(written)) return written;
      context.stderr.write(`${options.output}: the checkpoint of ${checkpoint.treeSize} events, root ${checkpoint.rootHash}, signed by ${signer.right.name}\n`);
      return E.right(undefined);
    }),
  );
};

/** `checkpoint-key <name> --output <file>`. */
export const registerCheckpointKey: RegisterCommand = (program, run) => {
  program
    .command('checkpoint-key')
    .description('make an Ed25519 key to sign checkpoints: the signer key to a new file, its verifier key to <file>.pub')
    .argument('<name>', "the key's name, the log's origin in its checkpoints (a schema-less URL, no spaces or +)")
    .requiredOption('--output <file>', 'the file to write the signer key to (a new one)')
    .addHelpText('after', examples('campaign-ledger checkpoint-key ledger.muongte.example/hoc-tap --output ledger.key'))
    .action((name: string, flags: { readonly output: string }, command: Command) => run(command, (context) => checkpointKeyCommand(context, { name, output: flags.output })));
};

/** `checkpoint --key <file> [--output <file>]`. */
export const registerCheckpoint: RegisterCommand = (program, run) => {
  program
    .command('checkpoint')
    .description("verify the log and write a signed checkpoint of its Merkle tree, to check it later with verify --checkpoint")
    .requiredOption('--key <file>', 'the signer key written by checkpoint-key')
    .option('--output <file>', 'the file to write (a new one); stdout when absent')
    .addHelpText('after', examples('campaign-ledger checkpoint --key ledger.key --output checkpoint-2011.txt'))
    .action((flags: { readonly key: string; readonly output?: string }, command: Command) =>
      run(command, (context) => checkpointCommand(context, flags.output === undefined ? { key: flags.key } : { key: flags.key, output: flags.output })),
    );
};
