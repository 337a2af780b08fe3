import { type CampaignEvent, type EventMetadata, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { recordTranscription } from '../src/record/recordTranscription';
import type { SourcedTranscription } from '../src/read/sourcedTranscription';
import { describeTranscriptionError, type TranscriptionError } from '../src/transcriptionError';

/** The value of a read, or a test failure that says why the file was refused. */
export const readOrFail = (read: E.Either<TranscriptionError, SourcedTranscription>): SourcedTranscription => {
  if (E.isLeft(read)) throw new Error(describeTranscriptionError(read.left));
  return read.right;
};

/** One event of a log as the store keeps it, without what depends on when it was recorded. */
export interface LoggedEvent {
  readonly id: string;
  readonly type: CampaignEvent['type'];
  readonly data: CampaignEvent['data'];
  readonly metadata: EventMetadata;
}

/** Records a transcription into a fresh in-memory store and gives its log: ids, types, data and metadata. */
export const recordedLog = async (sourced: SourcedTranscription): Promise<ReadonlyArray<LoggedEvent>> => {
  const store = makeInMemoryEventStore<CampaignEvent>();
  const recorded = await recordTranscription(store, sourced)();
  if (E.isLeft(recorded)) throw new Error(describeTranscriptionError(recorded.left));
  const log = await store.readAll()();
  if (E.isLeft(log)) throw new Error(log.left._tag);
  return log.right.map((e) => ({ id: e.eventId, type: e.event.type, data: e.event.data, metadata: e.metadata }));
};
