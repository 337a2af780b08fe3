// The limits every store enforces alike, before anything is written (prepareAppend and
// checkStorableStreamName check them). They only ever grow between releases: stored events that
// met an earlier limit must stay readable, and reads never check them.

/**
 * The deepest data or metadata may nest: arrays and objects inside one another, the outermost one
 * at level 1. Deeper data is refused as InvalidEvent naming the path of the first container past
 * the limit, so no copy, hash or comparison of an event ever recurses deeper than this. Campaign
 * events nest four levels at most; 64 leaves room for any application while keeping every walk of
 * an event far from the call stack's limit.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * The most bytes an event's payload may take: the UTF-8 bytes of JSON.stringify of its data plus
 * those of its metadata (`{}` when it has none), which is what SQL stores keep in their columns.
 * 512 KiB is a hundred times the largest campaign event, and it keeps one event and its seal
 * within EventStoreDB's default limit on the size of one append (1 MiB), which the ledger's claim
 * of a batch must fit in.
 */
export const MAX_PAYLOAD_BYTES = 512 * 1024;

/**
 * The longest stream name, in UTF-8 bytes: what every backend stores and indexes. 256 bytes hold
 * any naming scheme of the campaign (`campaign-<id>` with a Vietnamese id is under 100), and keep
 * a name far below what PostgreSQL can put in one index entry (about 2.7 kB).
 */
export const MAX_STREAM_NAME_BYTES = 256;

/** The longest event type, in UTF-8 bytes, for the same reasons as stream names: types are short identifiers such as `ClassHeld`. */
export const MAX_EVENT_TYPE_BYTES = 256;
