import type { Metadata, ServiceError, status as StatusCode } from '@grpc/grpc-js';
import { grpc, sharedPb, streamsPb } from './generated';
import type { ExpectedState, LogPosition, ProposedRecord, ServerRecord } from './serverLog';

type UUID = InstanceType<typeof sharedPb.UUID>;
type StreamIdentifier = InstanceType<typeof sharedPb.StreamIdentifier>;
type ReadResp = InstanceType<typeof streamsPb.ReadResp>;

/** The text of a stream identifier (stream names travel as UTF-8 bytes). */
export const streamNameOf = (identifier: StreamIdentifier | undefined): string => Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');

/** A stream identifier for a stream name. */
export const streamIdentifier = (stream: string): StreamIdentifier => new sharedPb.StreamIdentifier().setStreamName(Buffer.from(stream, 'utf8'));

/** An event id in its string form, lower case (a real server writes .NET's Guid.ToString()). */
export const uuidText = (uuid: UUID | undefined): string => {
  if (uuid === undefined) throw new TypeError('test server: a proposed message has no id');
  if (uuid.hasString()) return uuid.getString().toLowerCase();
  const structured = uuid.getStructured();
  if (structured === undefined) throw new TypeError('test server: an id is neither a string nor structured');
  const hex = (BigInt.asUintN(64, BigInt(structured.getMostSignificantBits())).toString(16).padStart(16, '0') +
    BigInt.asUintN(64, BigInt(structured.getLeastSignificantBits())).toString(16).padStart(16, '0'));
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** A UUID message carrying the string form. */
export const uuidMessage = (id: string): UUID => new sharedPb.UUID().setString(id);

/** A proposed message (of Append or BatchAppend) as a record to write; its type and content type travel in its metadata map. */
export const proposedRecordOf = (message: {
  getId(): UUID | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}): ProposedRecord | { readonly missing: string } => {
  const type = message.getMetadataMap().get('type');
  if (type === undefined) return { missing: 'type' };
  const contentType = message.getMetadataMap().get('content-type');
  if (contentType === undefined) return { missing: 'content-type' };
  return { id: uuidText(message.getId()), type, contentType, data: message.getData_asU8(), customMetadata: message.getCustomMetadata_asU8() };
};

/** The read response carrying one record; `withAllPosition` for reads and subscriptions of $all. */
export const readEventResponse = (record: ServerRecord, withAllPosition: boolean): ReadResp => {
  const recorded = new streamsPb.ReadResp.ReadEvent.RecordedEvent()
    .setId(uuidMessage(record.id))
    .setStreamIdentifier(streamIdentifier(record.stream))
    .setStreamRevision(record.revision.toString())
    .setPreparePosition(record.position.prepare.toString())
    .setCommitPosition(record.position.commit.toString())
    .setData(record.data)
    .setCustomMetadata(record.customMetadata);
  recorded.getMetadataMap().set('type', record.type).set('content-type', record.contentType).set('created', record.created.toString());
  const readEvent = new streamsPb.ReadResp.ReadEvent().setEvent(recorded);
  if (withAllPosition) readEvent.setCommitPosition(record.position.commit.toString());
  else readEvent.setNoPosition(new sharedPb.Empty());
  return new streamsPb.ReadResp().setEvent(readEvent);
};

/** A position read from a request's decimal strings. */
export const positionOf = (position: { getCommitPosition(): string; getPreparePosition(): string }): LogPosition => ({
  commit: BigInt(position.getCommitPosition()),
  prepare: BigInt(position.getPreparePosition()),
});

/** Builds the expected state of a write from a request's oneof, whichever message carries it. */
export const expectedStateOf = (options: {
  hasAny(): boolean;
  hasNoStream(): boolean;
  hasStreamExists(): boolean;
  revision: () => string | undefined;
}): ExpectedState => {
  if (options.hasNoStream()) return { kind: 'no-stream' };
  if (options.hasStreamExists()) return { kind: 'stream-exists' };
  const revision = options.revision();
  if (revision !== undefined) return { kind: 'revision', revision: BigInt(revision) };
  return { kind: 'any' };
};

/** A gRPC error with trailing metadata, as the real server raises them (RpcExceptions). */
export const rpcError = (code: StatusCode, details: string, trailers: Readonly<Record<string, string>> = {}): Partial<ServiceError> => {
  const metadata: Metadata = new grpc.Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return { code, details, metadata };
};

/** The error a real server raises for a deleted (tombstoned) stream: FAILED_PRECONDITION with `exception: stream-deleted`. */
export const streamDeletedError = (stream: string): Partial<ServiceError> =>
  rpcError(grpc.status.FAILED_PRECONDITION, `Event stream '${stream}' is deleted.`, { exception: 'stream-deleted', 'stream-name': stream });

/** The error a real server raises when a proposed message lacks a required metadata entry. */
export const missingMetadataError = (name: string): Partial<ServiceError> =>
  rpcError(grpc.status.INVALID_ARGUMENT, `Required Metadata Property '${name}' is missing`, {
    exception: 'missing-required-metadata-property',
    'required-metadata-properties': 'type,content-type',
  });
