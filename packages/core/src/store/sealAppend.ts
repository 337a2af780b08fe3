import { sealBatch } from '../integrity/sealBatch';
import type { EventEnvelope, StoredEventShape } from './eventEnvelope';
import { nextRecordedAt } from './nextRecordedAt';
import type { PreparedAppendEvent } from './prepareAppend';

/** Where the log and the stream stand when an append, holding the store's append lock, reads them. */
export interface AppendHeads {
  /** The stream's last revision, -1 when the stream has no events. */
  readonly streamRevision: number;
  /** The hash of the stream's last event, GENESIS_HASH when it has none. */
  readonly streamHash: string;
  /** The log's last global position, 0 when the log is empty. */
  readonly globalPosition: number;
  /** The hash of the log's last event, GENESIS_HASH when it is empty. */
  readonly globalHash: string;
  /** The recordedAt of the log's last event, null when it is empty. */
  readonly recordedAt: string | null;
}

/** An event of an append, sealed and ready to store: its envelope, and the JSON text of its data and metadata for a store that keeps text. */
export interface SealedAppendEvent<E extends StoredEventShape> {
  /** Frozen: exactly what the store must read back. */
  readonly envelope: EventEnvelope<E>;
  readonly dataJson: string;
  readonly metadataJson: string;
}

/**
 * Seals a prepared batch on the heads the store read inside its append lock: the events take the
 * next revisions of the stream and the next global positions, one recordedAt (nextRecordedAt: the
 * clock, never below the log's last), and their hashes chained to both heads (sealBatch). Store
 * each envelope exactly as it is, in the same transaction that read the heads.
 *
 * @example
 * const sealed = sealAppend(stream, { streamRevision, streamHash, globalPosition, globalHash, recordedAt }, clock, prepared);
 * for (const { envelope, dataJson, metadataJson } of sealed) insert(envelope, dataJson, metadataJson);
 */
export const sealAppend = <E extends StoredEventShape>(
  stream: string,
  heads: AppendHeads,
  clock: () => Date,
  batch: ReadonlyArray<PreparedAppendEvent<E>>,
): ReadonlyArray<SealedAppendEvent<E>> => {
  const recordedAt = nextRecordedAt(heads.recordedAt, clock);
  const sealed = sealBatch(
    { previousGlobalHash: heads.globalHash, previousStreamHash: heads.streamHash },
    batch.map((p, i) => ({
      eventId: p.id,
      stream,
      streamRevision: heads.streamRevision + 1 + i,
      globalPosition: heads.globalPosition + 1 + i,
      recordedAt,
      domainDate: p.domainDate,
      event: p.event,
      metadata: p.metadata,
    })),
  );
  return sealed.map((envelope, i) => {
    const p = batch[i] as PreparedAppendEvent<E>;
    return { envelope: Object.freeze(envelope) as EventEnvelope<E>, dataJson: p.dataJson, metadataJson: p.metadataJson };
  });
};
