import * as E from 'fp-ts/lib/Either.js';
import { openCheckpoint, type LogCheckpoint } from './logCheckpoint';
import type { NoteSigner, NoteVerifier } from './noteKeys';
import { noteSignatureLine } from './signedNote';
import { verifyConsistency, type ConsistencyProof } from './verifyProofs';

/** What a witness remembers of a log: the last checkpoint it cosigned. The application keeps it between calls. */
export type WitnessState = Pick<LogCheckpoint, 'origin' | 'treeSize' | 'rootHash'>;

/** Why a witness refuses to cosign a checkpoint. */
export interface WitnessRefusal {
  readonly _tag: 'WitnessRefused';
  /** `unsigned`: not signed by the log's key; `other-log`: another origin; `rollback`: smaller than the last; `fork`: same size, other root; `inconsistent`: no valid consistency proof from the last. */
  readonly reason: 'unsigned' | 'other-log' | 'rollback' | 'fork' | 'inconsistent';
  readonly message: string;
}

/** What a witness is asked: a checkpoint signed by the log, and the proof that it extends the last one the witness cosigned. */
export interface WitnessRequest {
  /** The cosigner's key (see cosigner), signing at the time of the request. */
  readonly cosigner: NoteSigner;
  /** The verifier key of the log the witness watches. */
  readonly log: NoteVerifier;
  /** The last checkpoint the witness cosigned for this log; absent for the first. */
  readonly last?: WitnessState;
  /** The signed checkpoint, as the log published it. */
  readonly note: string;
  /** The consistency proof from `last` to the new checkpoint (not needed for the first one, nor for the same size). */
  readonly proof?: ConsistencyProof;
}

const refuse = (reason: WitnessRefusal['reason'], message: string): E.Either<WitnessRefusal, never> => E.left({ _tag: 'WitnessRefused', reason, message });

/**
 * A witness (c2sp.org/tlog-cosignature): cosigns a log's checkpoint only after checking that it is
 * signed by the log and consistent with the last checkpoint it cosigned, so that a log cannot show
 * one history to some and another to others (a split view) without a witness refusing one of
 * them. Answers the note with the cosignature added, and the state to keep.
 */
export const witnessCheckpoint = (request: WitnessRequest): E.Either<WitnessRefusal, { readonly note: string; readonly state: WitnessState }> => {
  const opened = openCheckpoint(request.note, [request.log]);
  if (E.isLeft(opened)) return refuse('unsigned', `the checkpoint is not signed by the log ${request.log.name}: ${opened.left.message}`);
  const checkpoint = opened.right;
  const { last } = request;
  if (last !== undefined) {
    if (checkpoint.origin !== last.origin) return refuse('other-log', `the checkpoint is of ${checkpoint.origin}, not ${last.origin}`);
    if (checkpoint.treeSize < last.treeSize) return refuse('rollback', `the checkpoint holds ${checkpoint.treeSize} events, fewer than the ${last.treeSize} cosigned before`);
    if (checkpoint.treeSize === last.treeSize && checkpoint.rootHash !== last.rootHash) {
      return refuse('fork', `the checkpoint of ${checkpoint.treeSize} events has the root ${checkpoint.rootHash}, but the one cosigned before has ${last.rootHash}: a split view`);
    }
    if (checkpoint.treeSize > last.treeSize && last.treeSize > 0) {
      const proof = request.proof;
      const holds =
        proof !== undefined && proof.oldSize === last.treeSize && proof.newSize === checkpoint.treeSize && E.isRight(verifyConsistency(proof, last.rootHash, checkpoint.rootHash));
      if (!holds) return refuse('inconsistent', `no valid consistency proof leads from the ${last.treeSize} events cosigned before to the ${checkpoint.treeSize} of the checkpoint`);
    }
  }
  const line = noteSignatureLine(request.cosigner, checkpointTextOf(request.note));
  return E.right({ note: `${request.note}${line}`, state: { origin: checkpoint.origin, treeSize: checkpoint.treeSize, rootHash: checkpoint.rootHash } });
};

// The note's text: everything up to the blank line before the signatures.
const checkpointTextOf = (note: string): string => note.slice(0, note.lastIndexOf('\n\n') + 1);
