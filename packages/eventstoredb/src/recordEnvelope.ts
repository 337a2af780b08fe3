import { invalidInput, type EventEnvelope, type StoreError, type StoredEventShape } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { ReadRecord } from './clientPort';
import { LedgerMetadata, carriesMarker } from './ledgerMetadata';
import type { StreamNaming } from './streamNaming';

type CorruptReason = Extract<StoreError, { readonly _tag: 'CorruptEvent' }>['reason'];

/** What a record of EventStoreDB is to this ledger. */
export type RecordKind =
  /** A record of someone else: a system event, another ledger's, another application's. */
  | { readonly _tag: 'Foreign' }
  /** One of this ledger's events. */
  | { readonly _tag: 'Ledger'; readonly stream: string; readonly metadata: LedgerMetadata }
  /** A record that carries this ledger's marker but whose seal no longer decodes. */
  | { readonly _tag: 'Damaged'; readonly stream: string; readonly reason: string };

/**
 * Sorts a record: this ledger's events are in its streams (the prefix, not the head stream), have
 * a type without '$' and carry the ledger's marker, the name of its head stream, in their metadata.
 */
export const kindOf = (record: ReadRecord, naming: StreamNaming): RecordKind => {
  const stream = naming.fromEsdb(record.stream);
  if (stream === null || record.type.startsWith('$') || !carriesMarker(record.metadata, naming.headStream)) return { _tag: 'Foreign' };
  const metadata = LedgerMetadata.decode(record.metadata);
  if (E.isLeft(metadata)) return { _tag: 'Damaged', stream, reason: invalidInput('the stored seal', metadata.left).message };
  return { _tag: 'Ledger', stream, metadata: metadata.right };
};

/**
 * The envelope of one of the ledger's events, decoded with the codec (or only checked to be JSON
 * without one); CorruptEvent at its position when the stored data no longer decodes.
 */
export const envelopeOf = <E extends StoredEventShape>(
  record: ReadRecord,
  ledger: Extract<RecordKind, { _tag: 'Ledger' }>,
  codec: t.Decoder<unknown, E> | undefined,
): E.Either<StoreError, EventEnvelope<E>> => {
  const { metadata } = ledger;
  const corrupt = (reason: CorruptReason): E.Either<StoreError, never> =>
    E.left({ _tag: 'CorruptEvent', stream: ledger.stream, globalPosition: metadata.globalPosition, reason });
  if (record.data instanceof Uint8Array) return corrupt('the stored data is not JSON');
  const raw = { type: record.type, data: record.data };
  let event: E;
  if (codec === undefined) {
    event = raw as E;
  } else {
    const decoded = codec.decode(raw);
    if (E.isLeft(decoded)) return corrupt(invalidInput(`the stored event at position ${metadata.globalPosition}`, decoded.left));
    event = decoded.right;
  }
  return E.right({
    eventId: record.id,
    stream: ledger.stream,
    streamRevision: Number(record.revision),
    globalPosition: metadata.globalPosition,
    recordedAt: metadata.recordedAt,
    domainDate: metadata.domainDate,
    event,
    metadata: metadata.metadata,
    hash: metadata.hash,
    previousStreamHash: metadata.previousStreamHash,
    previousGlobalHash: metadata.previousGlobalHash,
  });
};
