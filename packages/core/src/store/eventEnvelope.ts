/** The shape every stored event has: a type name and a payload. */
export interface StoredEventShape {
  readonly type: string;
  readonly data: unknown;
}

/** Free-form string metadata an application attaches to an event (correlation ids, user agent). */
export type EventMetadata = Readonly<Record<string, string>>;

/** An event ready to be appended: its id is chosen by the caller, which makes appends idempotent. */
export interface NewEvent<E extends StoredEventShape> {
  /** A UUID chosen by the caller; re-appending the same id with the same content is a no-op. */
  readonly id: string;
  readonly event: E;
  /** The day the fact happened or the last day of the period it is filed under (YYYY-MM-DD). */
  readonly domainDate: string | null;
  readonly metadata?: EventMetadata;
}

/** An event as a store returns it, with where and when it was stored. */
export interface EventEnvelope<E extends StoredEventShape> {
  readonly eventId: string;
  readonly stream: string;
  /** The event's revision within its stream, from 0. */
  readonly streamRevision: number;
  /** The event's position in the store's total order, from 1, with no gaps. */
  readonly globalPosition: number;
  /** When the store recorded the event (ISO 8601, UTC). */
  readonly recordedAt: string;
  /** The event's own domain date (YYYY-MM-DD), or null when it has none. */
  readonly domainDate: string | null;
  readonly event: E;
  /**
   * The event as the store keeps it, when it is read in another form: a version an upcaster
   * brought forward (see `versionedEventStore`). The hash covers this stored form; absent when
   * `event` is the stored form.
   */
  readonly storedEvent?: StoredEventShape;
  readonly metadata: EventMetadata;
  /**
   * Lower-case hex SHA-256 of the event's canonical content (id, stream, revision, position,
   * recordedAt, domain date, type, data, metadata) and of the two previous hashes below, computed
   * by the store inside its atomic append with hashEvent; verifyLog recomputes it.
   */
  readonly hash: string;
  /** The hash of the previous event of the same stream, or 64 zeros for the stream's first event. */
  readonly previousStreamHash: string;
  /** The hash of the event at the previous global position, or 64 zeros for the first event of the log. */
  readonly previousGlobalHash: string;
}
