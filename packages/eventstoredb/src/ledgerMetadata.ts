import * as t from 'io-ts';

const PositiveInteger = t.refinement(t.number, (n) => Number.isSafeInteger(n) && n >= 1, 'PositiveInteger');

/**
 * The custom metadata of every event the store writes to EventStoreDB, as JSON: the name of the
 * ledger's head stream (the marker that tells this ledger's events from everyone else's in $all),
 * the event's global position in the ledger, its seal and the caller's own metadata. Together with
 * the record's id, stream, revision, type and data, it is everything the event's hash covers.
 */
export const LedgerMetadata = t.type(
  {
    campaignLedger: t.string,
    globalPosition: PositiveInteger,
    recordedAt: t.string,
    domainDate: t.union([t.string, t.null]),
    hash: t.string,
    previousStreamHash: t.string,
    previousGlobalHash: t.string,
    metadata: t.record(t.string, t.string),
  },
  'LedgerMetadata',
);
/** The custom metadata of every event the store writes. */
export type LedgerMetadata = t.TypeOf<typeof LedgerMetadata>;

/** Whether a record's metadata carries this ledger's marker (whatever the rest of it says). */
export const carriesMarker = (metadata: unknown, headStream: string): boolean =>
  typeof metadata === 'object' && metadata !== null && (metadata as { readonly campaignLedger?: unknown }).campaignLedger === headStream;
