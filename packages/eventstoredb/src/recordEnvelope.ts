import { type EventEnvelope, type StoreError } from '@campaign-ledger/core';
import { invalidInput, type StoredEventShape } from '@campaign-ledger/core/adapter';
import { envelopeFromStoredRecord, type StoredRecord } from '@campaign-ledger/core/adapter';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { ReadRecord } from './clientPort';
import { LedgerMetadata, carriesMarker } from './ledgerMetadata';
import type { StreamNaming } from './streamNaming';

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
 * One of the ledger's events as a stored record: its content as the client parsed it (a value, so
 * that bytes the client could not parse are no JSON value), its seal from its metadata.
 */
export const storedRecordOf = (record: ReadRecord, ledger: Extract<RecordKind, { _tag: 'Ledger' }>): StoredRecord => {
  const { metadata } = ledger;
  return {
    eventId: record.id,
    stream: ledger.stream,
    streamRevision: Number(record.revision),
    globalPosition: metadata.globalPosition,
    recordedAt: metadata.recordedAt,
    domainDate: metadata.domainDate,
    type: record.type,
    data: { value: record.data },
    metadata: { value: metadata.metadata },
    hash: metadata.hash,
    previousStreamHash: metadata.previousStreamHash,
    previousGlobalHash: metadata.previousGlobalHash,
  };
};

/**
 * The envelope of one of the ledger's events, parsed and decoded as every store decodes a stored
 * row (envelopeFromStoredRecord); CorruptEvent at its position when it no longer parses or decodes.
 */
export const envelopeOf = <E extends StoredEventShape>(
  record: ReadRecord,
  ledger: Extract<RecordKind, { _tag: 'Ledger' }>,
  codec: t.Decoder<unknown, E> | undefined,
): E.Either<StoreError, EventEnvelope<E>> => envelopeFromStoredRecord(storedRecordOf(record, ledger), codec);
