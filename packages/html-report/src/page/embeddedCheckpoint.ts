import { formatCount, type Language } from '@campaign-ledger/core';
import { compareWithCheckpoint, logTreeOf, noteVerifier, openCheckpoint, verifyEventInclusion, type InclusionProof } from '@campaign-ledger/core/merkle';
import * as E from 'fp-ts/lib/Either.js';
import { readEmbeddedLog } from './embeddedLog';

/** The format of the checkpoint a page embeds, with the proofs of the events behind its figures. */
export const CHECKPOINT_PROOFS_FORMAT = 'campaign-ledger.checkpoint-proofs/1';

/** What a page embeds beside its log: a signed checkpoint, its signer's verifier key, and the inclusion proof of each event its figures count. */
export interface EmbeddedCheckpoint {
  readonly format: typeof CHECKPOINT_PROOFS_FORMAT;
  /** The signed checkpoint (c2sp.org/tlog-checkpoint), as `campaign-ledger checkpoint` writes it. */
  readonly note: string;
  /** The verifier key of the log's checkpoints. */
  readonly verifierKey: string;
  readonly proofs: ReadonlyArray<{ readonly eventId: string; readonly proof: InclusionProof }>;
}

/** What the page's check of its checkpoint found. */
export type CheckpointCheck =
  /** The checkpoint is signed by the key, the embedded log extends it, and every proof holds against its root. */
  | { readonly _tag: 'Holds'; readonly origin: string; readonly treeSize: number; readonly proofCount: number }
  /** The checkpoint cannot be trusted or read: a bad signature, another key, no checkpoint. */
  | { readonly _tag: 'Refused'; readonly reason: string }
  /** The embedded log does not extend the checkpoint: a rollback, a fork or a rewrite. */
  | { readonly _tag: 'NotExtended'; readonly kind: string; readonly message: string }
  /** One event's proof does not lead to the checkpoint's root. */
  | { readonly _tag: 'ProofFails'; readonly position: number; readonly message: string };

const isEmbeddedCheckpoint = (u: unknown): u is EmbeddedCheckpoint =>
  typeof u === 'object' &&
  u !== null &&
  (u as { readonly format?: unknown }).format === CHECKPOINT_PROOFS_FORMAT &&
  typeof (u as { readonly note?: unknown }).note === 'string' &&
  typeof (u as { readonly verifierKey?: unknown }).verifierKey === 'string' &&
  Array.isArray((u as { readonly proofs?: unknown }).proofs);

/**
 * Checks the checkpoint a page embeds against the log it embeds, with the core's own functions:
 * the signature, that the log extends the checkpoint (a consistency proof), and that each event the
 * figures count is in the checkpoint's tree (its inclusion proof against the checkpoint's root,
 * from the event as embedded).
 */
export const checkEmbeddedCheckpoint = async (eventsText: string, checkpointText: string): Promise<CheckpointCheck> => {
  let embedded: unknown;
  try {
    embedded = JSON.parse(checkpointText);
  } catch (error) {
    return { _tag: 'Refused', reason: `the embedded checkpoint is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isEmbeddedCheckpoint(embedded)) return { _tag: 'Refused', reason: `the embedded checkpoint is not ${CHECKPOINT_PROOFS_FORMAT}` };
  const verifier = noteVerifier(embedded.verifierKey);
  if (E.isLeft(verifier)) return { _tag: 'Refused', reason: verifier.left.message };
  const checkpoint = openCheckpoint(embedded.note, [verifier.right]);
  if (E.isLeft(checkpoint)) return { _tag: 'Refused', reason: checkpoint.left.message };
  const log = readEmbeddedLog(eventsText);
  if (E.isLeft(log)) return { _tag: 'Refused', reason: `the embedded log cannot be read at line ${log.left.line}: ${log.left.reason}` };
  const tree = logTreeOf(log.right.envelopes);
  if (E.isLeft(tree)) return { _tag: 'NotExtended', kind: tree.left._tag, message: 'message' in tree.left ? String(tree.left.message) : tree.left._tag };
  const standing = compareWithCheckpoint(tree.right, checkpoint.right);
  if (standing._tag !== 'Extends') return { _tag: 'NotExtended', kind: standing._tag, message: standing.message };
  const byId = new Map(log.right.envelopes.map((e) => [e.eventId, e]));
  for (const { eventId, proof } of embedded.proofs) {
    const envelope = byId.get(eventId);
    if (envelope === undefined) return { _tag: 'ProofFails', position: 0, message: `the proof of event ${eventId} names no event of the embedded log` };
    const checked = verifyEventInclusion(envelope, proof, checkpoint.right.rootHash);
    if (E.isLeft(checked)) return { _tag: 'ProofFails', position: envelope.globalPosition, message: checked.left.message };
  }
  return { _tag: 'Holds', origin: checkpoint.right.origin, treeSize: checkpoint.right.treeSize, proofCount: embedded.proofs.length };
};

/** The sentence the page shows for its checkpoint's check. */
export const describeCheckpointCheck = (check: CheckpointCheck, lang: Language): string => {
  const n = (x: number): string => formatCount(x, lang);
  switch (check._tag) {
    case 'Holds':
      return lang === 'vi'
        ? `Đã kiểm tra trong trình duyệt này: nhật ký nối tiếp checkpoint ${check.origin} (${n(check.treeSize)} sự kiện), và chứng minh của cả ${n(check.proofCount)} sự kiện làm nên các số liệu đều đúng.`
        : `Checked in this browser: the log extends the checkpoint ${check.origin} (${n(check.treeSize)} events), and the proofs of all ${n(check.proofCount)} events behind the figures hold.`;
    case 'Refused':
      return lang === 'vi' ? `Checkpoint không được chấp nhận: ${check.reason}` : `The checkpoint is refused: ${check.reason}`;
    case 'NotExtended':
      return lang === 'vi' ? `Nhật ký không nối tiếp checkpoint (${check.kind}): ${check.message}` : `The log does not extend the checkpoint (${check.kind}): ${check.message}`;
    case 'ProofFails':
      return lang === 'vi' ? `Chứng minh của sự kiện ở vị trí ${n(check.position)} sai: ${check.message}` : `The proof of the event at position ${n(check.position)} does not hold: ${check.message}`;
    default: {
      const _exhaustive: never = check;
      return _exhaustive;
    }
  }
};
