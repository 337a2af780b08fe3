// @campaign-ledger/core/merkle: the log as a Merkle tree (RFC 9162), inclusion and consistency
// proofs with their verifiers, and signed checkpoints (c2sp.org/tlog-checkpoint, signed notes
// with Ed25519). The verifiers need nothing but a proof, a leaf and a root: they run in a browser
// as in Node.js. See docs/verifiable-log.md.
export { verifyInclusion, verifyConsistency } from './merkle/verifyProofs';
export type { InclusionProof, ConsistencyProof, ProofFailure } from './merkle/verifyProofs';
export { eventLeafHash, eventLeafInput } from './merkle/eventLeaf';
export { readLogTree, logTreeOf, compareWithCheckpoint } from './merkle/logTree';
export type { LogTree, LogTreeError, OutsideTree, LogAgainstCheckpoint } from './merkle/logTree';
export { checkpointText, parseCheckpointText, signCheckpoint, openCheckpoint } from './merkle/logCheckpoint';
export type { LogCheckpoint, SignedLogCheckpoint, CheckpointError } from './merkle/logCheckpoint';
export { newNoteSignerKey, noteSigner, noteVerifier } from './merkle/noteKeys';
export type { NoteSigner, NoteVerifier, NoteKeyMalformed } from './merkle/noteKeys';
export { signNote, openNote } from './merkle/signedNote';
export type { NoteError, NoteSignature, OpenedNote } from './merkle/signedNote';
export { newCosignerKey, cosigner, cosignatureVerifier } from './merkle/cosignature';
export { witnessCheckpoint } from './merkle/witness';
export type { WitnessState, WitnessRefusal, WitnessRequest } from './merkle/witness';
export { verifyEventInclusion } from './merkle/eventInclusion';
