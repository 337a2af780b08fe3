import { checkStreamName } from '@campaign-ledger/core';

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

/** Whether a string can travel as UTF-8 (as stream names and event types do) and come back unchanged: no lone surrogate. */
export const isUtf8Safe = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** Checks the naming options (RangeError for a bad one) and builds the mapping. */
export const makeStreamNaming = (prefix: string, headStream: string | undefined): StreamNaming => {
  if (typeof prefix !== 'string' || prefix.startsWith('$') || !isUtf8Safe(prefix)) {
    throw new RangeError(`makeEventStoreDbEventStore: streamPrefix must be a well-formed string not starting with '$', got ${JSON.stringify(prefix)}`);
  }
  const head = headStream ?? defaultHeadStream(prefix);
  if (typeof head !== 'string' || head === '' || head.startsWith('$') || !isUtf8Safe(head)) {
    throw new RangeError(`makeEventStoreDbEventStore: headStream must be a non-empty, well-formed string not starting with '$', got ${JSON.stringify(head)}`);
  }
  return {
    prefix,
    headStream: head,
    toEsdb: (stream) => `${prefix}${stream}`,
    fromEsdb: (esdbStream) =>
      esdbStream.startsWith(prefix) && !esdbStream.startsWith('$') && esdbStream !== head ? esdbStream.slice(prefix.length) : null,
  };
};

/** A stream name of the port, checked: non-empty, UTF-8-safe, not a system stream, not the head stream. */
export const checkStream = (naming: StreamNaming, where: string, stream: unknown): string => {
  const name = checkStreamName(where, stream);
  if (!isUtf8Safe(name)) throw new RangeError(`${where}: the stream name contains a lone surrogate, which EventStoreDB cannot store`);
  const esdbStream = naming.toEsdb(name);
  if (esdbStream.startsWith('$')) throw new RangeError(`${where}: ${JSON.stringify(esdbStream)} would be an EventStoreDB system stream ('$' prefix)`);
  if (esdbStream === naming.headStream) throw new RangeError(`${where}: ${JSON.stringify(esdbStream)} is the ledger's head stream`);
  return name;
};

/** Why EventStoreDB cannot keep an event type as this ledger's (prepareAppend's checkType): '$' is reserved for system events, and UTF-8 cannot carry a lone surrogate. */
export const unstorableTypeReason = (type: string): string | undefined => {
  if (type.startsWith('$')) return `the event type ${JSON.stringify(type)} starts with '$', which EventStoreDB reserves for system events`;
  if (!isUtf8Safe(type)) return 'the event type contains a lone surrogate, which EventStoreDB cannot store';
  return undefined;
};
