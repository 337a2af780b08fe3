import { randomUUID } from 'node:crypto';
import type { ServerDuplexStream, ServerReadableStream, ServerUnaryCall, ServerWritableStream, sendUnaryData } from '@grpc/grpc-js';
import { codePb, googleAnyPb, googleEmptyPb, grpc, sharedPb, statusPb, streamsPb } from './generated';
import {
  expectedStateOf,
  missingMetadataError,
  positionOf,
  proposedRecordOf,
  readEventResponse,
  rpcError,
  streamDeletedError,
  streamIdentifier,
  streamNameOf,
  uuidText,
} from './protocol';
import type { AllStart, ExpectedState, ProposedRecord, ServerLog, ServerRecord, StreamStart, WriteOutcome } from './serverLog';

type ReadReq = InstanceType<typeof streamsPb.ReadReq>;
type ReadResp = InstanceType<typeof streamsPb.ReadResp>;
type ReadOptions = InstanceType<typeof streamsPb.ReadReq.Options>;
type AppendReq = InstanceType<typeof streamsPb.AppendReq>;
type AppendResp = InstanceType<typeof streamsPb.AppendResp>;
type BatchAppendReq = InstanceType<typeof streamsPb.BatchAppendReq>;
type BatchAppendResp = InstanceType<typeof streamsPb.BatchAppendResp>;
type TombstoneReq = InstanceType<typeof streamsPb.TombstoneReq>;
type TombstoneResp = InstanceType<typeof streamsPb.TombstoneResp>;
type DeleteReq = InstanceType<typeof streamsPb.DeleteReq>;
type DeleteResp = InstanceType<typeof streamsPb.DeleteResp>;

const BACKWARDS = 1;

const filterOf = (options: ReadOptions): ((record: ServerRecord) => boolean) => {
  const filter = options.getFilter();
  if (!options.hasFilter() || filter === undefined) return () => true;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  const regex = expression?.getRegex() ?? '';
  const prefixes = expression?.getPrefixList() ?? [];
  const matches = regex !== '' ? (text: string) => new RegExp(regex).test(text) : (text: string) => prefixes.some((p) => text.startsWith(p));
  return (record) => matches(onStream ? record.stream : record.type);
};

// A catch-up subscription: confirmation, the history after the start, caughtUp, then live records.
// History and registration for live records happen in one synchronous turn, so no commit can fall
// between them; the client's backpressure is not honoured (the subscriptions in tests are small).
const subscribe = (log: ServerLog, call: ServerWritableStream<ReadReq, ReadResp>, options: ReadOptions): void => {
  const all = options.getAll();
  if (!options.hasAll() || all === undefined) {
    call.emit('error', rpcError(grpc.status.UNIMPLEMENTED, 'the test server implements subscriptions to $all only'));
    return;
  }
  const position = all.getPosition();
  const from: AllStart = all.hasStart() ? 'start' : all.hasEnd() || position === undefined ? 'end' : positionOf(position);
  const selected = filterOf(options);
  const send = (record: ServerRecord): void => {
    if (selected(record)) call.write(readEventResponse(record, true));
  };
  call.write(new streamsPb.ReadResp().setConfirmation(new streamsPb.ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID())));
  for (const record of log.after(from)) send(record);
  call.write(new streamsPb.ReadResp().setCaughtUp(new streamsPb.ReadResp.CaughtUp()));
  const stop = log.onCommit((records) => {
    for (const record of records) send(record);
  });
  call.on('cancelled', stop);
  call.on('close', stop);
};

const read = (log: ServerLog, call: ServerWritableStream<ReadReq, ReadResp>): void => {
  const options = call.request.getOptions();
  if (options === undefined) {
    call.emit('error', rpcError(grpc.status.INVALID_ARGUMENT, "'options' is a required argument"));
    return;
  }
  if (options.hasSubscription()) {
    subscribe(log, call, options);
    return;
  }
  if (options.hasFilter()) {
    call.emit('error', rpcError(grpc.status.UNIMPLEMENTED, 'the test server does not implement filtered reads (the client sends them only with a filter option)'));
    return;
  }
  const direction = options.getReadDirection() === BACKWARDS ? 'backwards' : 'forwards';
  const count = BigInt(options.getCount());
  const streamOptions = options.getStream();
  if (options.hasStream() && streamOptions !== undefined) {
    const stream = streamNameOf(streamOptions.getStreamIdentifier());
    const from: StreamStart = streamOptions.hasStart() ? 'start' : streamOptions.hasEnd() ? 'end' : BigInt(streamOptions.getRevision());
    const result = log.readStream(stream, direction, from, count);
    if (result.kind === 'deleted') {
      call.emit('error', streamDeletedError(stream));
      return;
    }
    if (result.kind === 'not-found') {
      call.write(new streamsPb.ReadResp().setStreamNotFound(new streamsPb.ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(stream))));
    } else {
      for (const record of result.records) call.write(readEventResponse(record, false));
    }
    call.end();
    return;
  }
  const all = options.getAll();
  const position = all?.getPosition();
  const from: AllStart = all === undefined || all.hasStart() ? 'start' : all.hasEnd() || position === undefined ? 'end' : positionOf(position);
  for (const record of log.readAll(direction, from, count)) call.write(readEventResponse(record, true));
  call.end();
};

const appendSuccess = (outcome: Extract<WriteOutcome, { kind: 'success' }>): AppendResp => {
  const success = new streamsPb.AppendResp.Success();
  if (outcome.currentRevision === -1n) success.setNoStream(new sharedPb.Empty());
  else success.setCurrentRevision(outcome.currentRevision.toString());
  if (outcome.position === null) success.setNoPosition(new sharedPb.Empty());
  else
    success.setPosition(
      new streamsPb.AppendResp.Position().setCommitPosition(outcome.position.commit.toString()).setPreparePosition(outcome.position.prepare.toString()),
    );
  return new streamsPb.AppendResp().setSuccess(success);
};

// As the real server answers (Streams.Append.cs): an OK reply with the wrongExpectedVersion oneof,
// both the current fields and the deprecated 20.6.0 ones. The one exception: for an expected
// no-stream it sets expected_revision_20_6_0 to ulong.MaxValue, which the generated JS setter
// (a JS number) cannot carry, so it is left unset here.
const appendWrongExpectedVersion = (expected: ExpectedState, currentRevision: bigint | null): AppendResp => {
  const wrong = new streamsPb.AppendResp.WrongExpectedVersion();
  switch (expected.kind) {
    case 'any':
      wrong.setExpectedAny(new sharedPb.Empty()).setAny2060(new sharedPb.Empty());
      break;
    case 'stream-exists':
      wrong.setExpectedStreamExists(new sharedPb.Empty()).setStreamExists2060(new sharedPb.Empty());
      break;
    case 'no-stream':
      wrong.setExpectedNoStream(new sharedPb.Empty());
      break;
    case 'revision':
      wrong.setExpectedRevision(expected.revision.toString()).setExpectedRevision2060(Number(expected.revision));
      break;
  }
  if (currentRevision === null) wrong.setCurrentNoStream(new sharedPb.Empty()).setNoStream2060(new sharedPb.Empty());
  else wrong.setCurrentRevision(currentRevision.toString()).setCurrentRevision2060(Number(currentRevision));
  return new streamsPb.AppendResp().setWrongExpectedVersion(wrong);
};

const append = (log: ServerLog, call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>): void => {
  let options: InstanceType<typeof streamsPb.AppendReq.Options> | undefined;
  const events: ProposedRecord[] = [];
  let failed = false;
  const fail = (error: ReturnType<typeof rpcError>): void => {
    if (failed) return;
    failed = true;
    callback(error);
  };
  call.on('data', (request: AppendReq) => {
    if (failed) return;
    if (options === undefined) {
      options = request.getOptions();
      if (options === undefined) fail(rpcError(grpc.status.INVALID_ARGUMENT, 'the first message of an append must carry its options'));
      return;
    }
    const message = request.getProposedMessage();
    if (message === undefined) return fail(rpcError(grpc.status.INVALID_ARGUMENT, 'after its options, an append carries proposed messages only'));
    const proposed = proposedRecordOf(message);
    if ('missing' in proposed) return fail(missingMetadataError(proposed.missing));
    events.push(proposed);
  });
  call.on('end', () => {
    if (failed || options === undefined) return;
    const o = options;
    const stream = streamNameOf(o.getStreamIdentifier());
    const expected = expectedStateOf({
      hasAny: () => o.hasAny(),
      hasNoStream: () => o.hasNoStream(),
      hasStreamExists: () => o.hasStreamExists(),
      revision: () => (o.hasRevision() ? o.getRevision() : undefined),
    });
    const outcome = log.write(stream, expected, events);
    switch (outcome.kind) {
      case 'success':
        return callback(null, appendSuccess(outcome));
      case 'wrong-expected-version':
        return callback(null, appendWrongExpectedVersion(expected, outcome.currentRevision));
      case 'stream-deleted':
        return callback(streamDeletedError(stream));
    }
  });
};

const packed = (message: { serializeBinary(): Uint8Array }, typeName: string): InstanceType<typeof googleAnyPb.Any> => {
  const any = new googleAnyPb.Any();
  any.pack(message.serializeBinary(), typeName);
  return any;
};

// As the real server answers a batch (Streams.BatchAppend.cs and Status.cs): a google.rpc.Status
// whose one detail packs event_store.client.WrongExpectedVersion or StreamDeleted.
const batchError = (outcome: Exclude<WriteOutcome, { kind: 'success' }>, expected: ExpectedState, stream: string): InstanceType<typeof statusPb.Status> => {
  if (outcome.kind === 'stream-deleted') {
    const details = new sharedPb.StreamDeleted().setStreamIdentifier(streamIdentifier(stream));
    return new statusPb.Status().setCode(codePb.Code.NOT_FOUND).setMessage('StreamDeleted').setDetails(packed(details, 'event_store.client.StreamDeleted'));
  }
  const details = new sharedPb.WrongExpectedVersion();
  if (outcome.currentRevision === null) details.setCurrentNoStream(new googleEmptyPb.Empty());
  else details.setCurrentStreamRevision(outcome.currentRevision.toString());
  switch (expected.kind) {
    case 'any':
      details.setExpectedAny(new googleEmptyPb.Empty());
      break;
    case 'stream-exists':
      details.setExpectedStreamExists(new googleEmptyPb.Empty());
      break;
    case 'no-stream':
      details.setExpectedNoStream(new googleEmptyPb.Empty());
      break;
    case 'revision':
      details.setExpectedStreamPosition(expected.revision.toString());
      break;
  }
  return new statusPb.Status()
    .setCode(codePb.Code.ALREADY_EXISTS)
    .setMessage('WrongExpectedVersion')
    .setDetails(packed(details, 'event_store.client.WrongExpectedVersion'));
};

interface PendingBatch {
  readonly stream: string;
  readonly expected: ExpectedState;
  readonly events: ProposedRecord[];
}

const batchAppend = (log: ServerLog, call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void => {
  const pending = new Map<string, PendingBatch>();
  call.on('data', (request: BatchAppendReq) => {
    const correlationId = request.getCorrelationId();
    const correlation = uuidText(correlationId);
    const options = request.getOptions();
    if (options !== undefined) {
      pending.set(correlation, {
        stream: streamNameOf(options.getStreamIdentifier()),
        expected: expectedStateOf({
          hasAny: () => options.hasAny(),
          hasNoStream: () => options.hasNoStream(),
          hasStreamExists: () => options.hasStreamExists(),
          revision: () => (options.hasStreamPosition() ? options.getStreamPosition() : undefined),
        }),
        events: [],
      });
    }
    const batch = pending.get(correlation);
    if (batch === undefined) return;
    const response = new streamsPb.BatchAppendResp().setCorrelationId(correlationId).setStreamIdentifier(streamIdentifier(batch.stream));
    for (const message of request.getProposedMessagesList()) {
      const proposed = proposedRecordOf(message);
      if ('missing' in proposed) {
        pending.delete(correlation);
        call.write(response.setError(new statusPb.Status().setCode(codePb.Code.INVALID_ARGUMENT).setMessage(`Required Metadata Property '${proposed.missing}' is missing`)));
        return;
      }
      batch.events.push(proposed);
    }
    if (!request.getIsFinal()) return;
    pending.delete(correlation);
    const outcome = log.write(batch.stream, batch.expected, batch.events);
    if (outcome.kind === 'success') {
      const success = new streamsPb.BatchAppendResp.Success();
      if (outcome.currentRevision === -1n) success.setNoStream(new googleEmptyPb.Empty());
      else success.setCurrentRevision(outcome.currentRevision.toString());
      if (outcome.position === null) success.setNoPosition(new googleEmptyPb.Empty());
      else success.setPosition(new sharedPb.AllStreamPosition().setCommitPosition(outcome.position.commit.toString()).setPreparePosition(outcome.position.prepare.toString()));
      call.write(response.setSuccess(success));
    } else {
      call.write(response.setError(batchError(outcome, batch.expected, batch.stream)));
    }
  });
  call.on('end', () => call.end());
};

const tombstone = (log: ServerLog, call: ServerUnaryCall<TombstoneReq, TombstoneResp>, callback: sendUnaryData<TombstoneResp>): void => {
  const options = call.request.getOptions();
  if (options === undefined) return callback(rpcError(grpc.status.INVALID_ARGUMENT, "'options' is a required argument"));
  const stream = streamNameOf(options.getStreamIdentifier());
  const expected = expectedStateOf({
    hasAny: () => options.hasAny(),
    hasNoStream: () => options.hasNoStream(),
    hasStreamExists: () => options.hasStreamExists(),
    revision: () => (options.hasRevision() ? options.getRevision() : undefined),
  });
  const outcome = log.tombstone(stream, expected);
  switch (outcome.kind) {
    case 'stream-deleted':
      return callback(streamDeletedError(stream));
    case 'wrong-expected-version':
      return callback(
        rpcError(grpc.status.FAILED_PRECONDITION, `Tombstone failed due to WrongExpectedVersion. Stream: ${stream}`, {
          exception: 'wrong-expected-version',
          'stream-name': stream,
          'expected-version': expected.kind === 'revision' ? expected.revision.toString() : '-2',
          'actual-version': outcome.currentRevision?.toString() ?? '',
        }),
      );
    case 'success': {
      const position = new streamsPb.TombstoneResp.Position();
      if (outcome.position !== null) position.setCommitPosition(outcome.position.commit.toString()).setPreparePosition(outcome.position.prepare.toString());
      return callback(null, new streamsPb.TombstoneResp().setPosition(position));
    }
  }
};

/** The Streams service over a server log, for grpc-js's Server.addService. */
export const streamsService = (log: ServerLog) => ({
  read: (call: ServerWritableStream<ReadReq, ReadResp>) => read(log, call),
  append: (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>) => append(log, call, callback),
  batchAppend: (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>) => batchAppend(log, call),
  tombstone: (call: ServerUnaryCall<TombstoneReq, TombstoneResp>, callback: sendUnaryData<TombstoneResp>) => tombstone(log, call, callback),
  delete: (_call: ServerUnaryCall<DeleteReq, DeleteResp>, callback: sendUnaryData<DeleteResp>) =>
    callback(rpcError(grpc.status.UNIMPLEMENTED, 'the test server does not implement soft deletes; tombstone the stream instead')),
});
