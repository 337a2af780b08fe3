import * as E from 'fp-ts/lib/Either.js';
import type { EventEnvelope, StoredEventShape } from '../store/eventEnvelope';
import { eventLeafHash } from './eventLeaf';
import { verifyInclusion, type InclusionProof, type ProofFailure } from './verifyProofs';

/**
 * Checks that an event, as an export or a report carries it, is in the log whose tree has `root`
 * (hex) at the proof's size: its leaf is computed from the event itself, and must sit at the leaf
 * its global position names. What an auditor runs to check one figure's events without the
 * database.
 */
export const verifyEventInclusion = (envelope: EventEnvelope<StoredEventShape>, proof: InclusionProof, root: string): E.Either<ProofFailure, void> =>
  proof.leafIndex !== envelope.globalPosition - 1
    ? E.left({ _tag: 'MalformedProof', message: `the proof is of leaf ${proof.leafIndex}, but the event is at position ${envelope.globalPosition} (leaf ${envelope.globalPosition - 1})` })
    : verifyInclusion(proof, eventLeafHash(envelope), root);
