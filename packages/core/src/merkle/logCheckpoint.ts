import * as E from 'fp-ts/lib/Either.js';
import { base64OfBytes, bytesOfBase64 } from './base64';
import { hashOfHex, hexOfHash } from './merkleHashes';
import type { NoteSigner, NoteVerifier } from './noteKeys';
import { openNote, signNote, type NoteError, type NoteSignature } from './signedNote';

/**
 * A checkpoint of the log (c2sp.org/tlog-checkpoint): which log (its origin), how many events it
 * held, and the root of its Merkle tree at that size. Published, signed, it lets anyone check later
 * that the log still extends it.
 */
export interface LogCheckpoint {
  /** The log's name: a schema-less URL is recommended, such as `ledger.muongte.laichau.gov.vn/hoc-tap-va-lam-theo`. */
  readonly origin: string;
  readonly treeSize: number;
  /** The Merkle tree root at `treeSize`, lower-case hex. */
  readonly rootHash: string;
  /** Optional lines after the root, opaque to the log's monitors. */
  readonly extensions?: ReadonlyArray<string>;
}

/** A checkpoint opened from a signed note, with the known keys that signed it. */
export interface SignedLogCheckpoint extends LogCheckpoint {
  readonly verifiedBy: ReadonlyArray<NoteSignature>;
}

/** Why a checkpoint is refused: its note (see NoteError), or its text. */
export type CheckpointError = NoteError | { readonly _tag: 'CheckpointMalformed'; readonly message: string };

const malformed = (message: string): E.Either<CheckpointError, never> => E.left({ _tag: 'CheckpointMalformed', message });

/** The checkpoint's note text: origin, tree size and base64 root, one per line, then any extension lines. */
export const checkpointText = (checkpoint: LogCheckpoint): string => {
  const root = hashOfHex(checkpoint.rootHash);
  if (checkpoint.origin === '' || /[\n]/.test(checkpoint.origin)) throw new RangeError('checkpointText: the origin is one non-empty line');
  if (!Number.isSafeInteger(checkpoint.treeSize) || checkpoint.treeSize < 0) throw new RangeError(`checkpointText: the tree size must be an integer >= 0, got ${String(checkpoint.treeSize)}`);
  if (root === null) throw new RangeError(`checkpointText: the root hash is not 64 hex digits: ${JSON.stringify(checkpoint.rootHash)}`);
  const extensions = checkpoint.extensions ?? [];
  if (extensions.some((line) => line === '' || line.includes('\n'))) throw new RangeError('checkpointText: an extension is one non-empty line');
  return [checkpoint.origin, String(checkpoint.treeSize), base64OfBytes(root), ...extensions].map((line) => `${line}\n`).join('');
};

/** The checkpoint a note text holds, or what is wrong with it, naming the line. */
export const parseCheckpointText = (text: string): E.Either<CheckpointError, LogCheckpoint> => {
  if (!text.endsWith('\n')) return malformed('a checkpoint ends with a newline');
  const lines = text.slice(0, -1).split('\n');
  const [origin = '', size = '', root = '', ...extensions] = lines;
  if (lines.length < 3) return malformed(`a checkpoint has at least three lines (origin, tree size, root hash), not ${lines.length}`);
  if (origin === '') return malformed('line 1, the origin, is empty');
  if (!/^(0|[1-9][0-9]*)$/.test(size) || !Number.isSafeInteger(Number(size))) return malformed(`line 2, the tree size, is not a decimal number without leading zeros: ${JSON.stringify(size)}`);
  const rootBytes = bytesOfBase64(root);
  if (rootBytes === null || rootBytes.length !== 32) return malformed(`line 3, the root hash, is not the base64 of 32 bytes: ${JSON.stringify(root)}`);
  const empty = extensions.findIndex((line) => line === '');
  if (empty !== -1) return malformed(`line ${empty + 4}, an extension line, is empty`);
  return E.right({ origin, treeSize: Number(size), rootHash: hexOfHash(rootBytes), ...(extensions.length > 0 ? { extensions } : {}) });
};

/** The checkpoint as a signed note, signed by each signer (the log's key first, by convention named as the origin). */
export const signCheckpoint = (checkpoint: LogCheckpoint, signers: ReadonlyArray<NoteSigner>): string => signNote(checkpointText(checkpoint), signers);

/** Opens a signed checkpoint with the keys the caller trusts, and reads its text. */
export const openCheckpoint = (note: string, verifiers: ReadonlyArray<NoteVerifier>): E.Either<CheckpointError, SignedLogCheckpoint> => {
  const opened = openNote(note, verifiers);
  if (E.isLeft(opened)) return opened;
  const checkpoint = parseCheckpointText(opened.right.text);
  return E.isLeft(checkpoint) ? checkpoint : E.right({ ...checkpoint.right, verifiedBy: opened.right.verifiedBy });
};
