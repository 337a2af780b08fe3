export { makeEventStoreDbEventStore } from './eventStoreDbEventStore';
export type { EventStoreDbEventStoreOptions } from './eventStoreDbEventStore';
export type { EventStoreDbClient } from './clientPort';
export { categoryOf, defaultHeadStream } from './streamNaming';
export { LedgerMetadata } from './ledgerMetadata';
export { BatchClaimed, BatchVoided, ClaimedEvent, BATCH_CLAIMED, BATCH_VOIDED } from './headRecords';
