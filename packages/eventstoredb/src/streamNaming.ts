import { checkStreamName, unstorableTextReason } from '@campaign-ledger/core/adapter';

/** How the store names its streams in EventStoreDB. */
export interface StreamNaming {
  /** Prepended to every stream name of the port (may be ''). */
  readonly prefix: string;
  /** The EventStoreDB stream that sequences the ledger's appends. */
  readonly headStream: string;
  /** The EventStoreDB name of a stream of the port. */
  readonly toEsdb: (stream: string) => string;
  /** The port's name of an EventStoreDB stream of this ledger, or null for any other stream. */
  readonly fromEsdb: (esdbStream: string) => string | null;
}

/** The head stream a ledger uses unless told otherwise: `<prefix>campaign_ledger-head`, in category `<prefix>campaign_ledger`. */
export const defaultHeadStream = (prefix: string): string => `${prefix}campaign_ledger-head`;

/**
 * The category of an EventStoreDB stream, as its system projections ($by_category, $ce-…) read it
 * by default: the part before the first '-' (the whole name when there is none).
 *
 * @example
 * categoryOf('campaign-muong-te'); // 'campaign'
 */
export const categoryOf = (esdbStream: string): string => {
  const dash = esdbStream.indexOf('-');
  return dash === -1 ? esdbStream : esdbStream.slice(0, dash);
};

// A prefix or head stream name must travel as UTF-8 and come back unchanged, as every stream name
// must; its length is EventStoreDB's business.
const isStorable = (text: string): boolean => unstorableTextReason(text, Number.POSITIVE_INFINITY) === undefined;

/** Checks the naming options (RangeError for a bad one) and builds the mapping. */
export const makeStreamNaming = (prefix: string, headStream: string | undefined): StreamNaming => {
  if (typeof prefix !== 'string' || prefix.startsWith('$') || !isStorable(prefix)) {
    throw new RangeError(`makeEventStoreDbEventStore: streamPrefix must be a string without NUL or lone surrogates, not starting with '$', got ${JSON.stringify(prefix)}`);
  }
  const head = headStream ?? defaultHeadStream(prefix);
  if (typeof head !== 'string' || head === '' || head.startsWith('$') || !isStorable(head)) {
    throw new RangeError(`makeEventStoreDbEventStore: headStream must be a non-empty string without NUL or lone surrogates, not starting with '$', got ${JSON.stringify(head)}`);
  }
  return {
    prefix,
    headStream: head,
    toEsdb: (stream) => `${prefix}${stream}`,
    fromEsdb: (esdbStream) =>
      esdbStream.startsWith(prefix) && !esdbStream.startsWith('$') && esdbStream !== head ? esdbStream.slice(prefix.length) : null,
  };
};

/**
 * A stream name of the port, checked when the operation is called: a non-empty string
 * (checkStreamName), neither a system stream nor the head stream once prefixed; a RangeError
 * otherwise. What every store refuses in a name (storableStreamName) is answered when it runs.
 */
export const checkStream = (naming: StreamNaming, where: string, stream: unknown): string => {
  const name = checkStreamName(where, stream);
  const esdbStream = naming.toEsdb(name);
  if (esdbStream.startsWith('$')) throw new RangeError(`${where}: ${JSON.stringify(esdbStream)} would be an EventStoreDB system stream ('$' prefix)`);
  if (esdbStream === naming.headStream) throw new RangeError(`${where}: ${JSON.stringify(esdbStream)} is the ledger's head stream`);
  return name;
};

/** Why EventStoreDB cannot keep an event type as this ledger's (prepareAppend's checkType, on top of what every store refuses): '$' is reserved for system events. */
export const unstorableTypeReason = (type: string): string | undefined =>
  type.startsWith('$') ? `the event type ${JSON.stringify(type)} starts with '$', which EventStoreDB reserves for system events` : undefined;
