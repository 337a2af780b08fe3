// @campaign-ledger/core/adapter: everything an EventStore does that is not I/O, for store
// authors. Every store of the project (in-memory, SQLite, PostgreSQL, EventStoreDB) is built on
// these, so they refuse, accept, seal and read back alike. See docs/adapters.md.
export { MAX_JSON_DEPTH, MAX_PAYLOAD_BYTES, MAX_STREAM_NAME_BYTES, MAX_EVENT_TYPE_BYTES } from './store/storeLimits';
export { checkReadDirection, checkOptionalInteger, checkExpectedRevision, checkStreamName } from './store/storeArguments';
export { storableStreamName } from './store/storableStreamName';
export { unstorableTextReason, utf8Length } from './store/storableText';
export { prepareAppend } from './store/prepareAppend';
export type { PreparedAppendEvent, PrepareAppendOptions } from './store/prepareAppend';
export { frozenJsonCopy } from './store/frozenJsonCopy';
export { canonicalJson, nfcCanonicalJson } from './store/canonicalJson';
export { nextRecordedAt } from './store/nextRecordedAt';
export { sealAppend } from './store/sealAppend';
export { checkBatchParts, prepareBatchAppend } from './store/prepareBatchAppend';
export { sealBatchAppend } from './store/sealBatchAppend';
export type { BatchAppendHeads, PreparedBatchPart, SealedBatchAppend, StreamHead } from './store/sealBatchAppend';
export type { CheckedBatchPart } from './store/prepareBatchAppend';
export type { BatchAppendPart } from './store/eventStore';
export type { AppendHeads, SealedAppendEvent } from './store/sealAppend';
export { envelopeFromStoredRecord, envelopesFromStoredRecords } from './store/storedRecord';
export type { StoredJson, StoredRecord } from './store/storedRecord';
export { storedAppendOutcome } from './store/storedAppendOutcome';
export { satisfiesExpectedRevision } from './store/expectedRevision';
export { sameEventContent } from './store/sameEventContent';
export { makeCatchUpSubscription } from './store/catchUpSubscription';
export type { CatchUpSubscription, CatchUpSource } from './store/catchUpSubscription';
export { GENESIS_HASH } from './integrity/eventSeal';
export { sealBatch } from './integrity/sealBatch';
export { hashEvent } from './integrity/hashEvent';
export type { ReadDirection } from './store/eventStore';
export type { StoredEventShape } from './store/eventEnvelope';
export { makeInMemoryStorage } from './store/inMemoryStorage';
export type { InMemoryStorage } from './store/inMemoryStorage';
export { invalidInput, problemsOf } from './errors/invalidInput';
export type { DecodeProblem } from './errors/invalidInput';
export { checkCheckpointName, checkCheckpointSave } from './checkpoints/projectionCheckpointStore';
