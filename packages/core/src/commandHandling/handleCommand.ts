import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { absurd, pipe } from 'fp-ts/lib/function.js';
import type * as t from 'io-ts';
import { v4 as uuidv4, v5 as uuidv5, validate as isUuid } from 'uuid';
import type { Decider } from '../decider/decider';
import { describeDomainError, isDomainError } from '../errors/domainError';
import { invalidInput, type InvalidInput } from '../errors/invalidInput';
import type { EventEnvelope, EventMetadata, NewEvent, StoredEventShape } from '../store/eventEnvelope';
import type { EventStore } from '../store/eventStore';
import { describeStoreError, isStoreError, type StoreError } from '../store/storeError';
import type { StreamStateCache } from './streamStateCache';

/** The decider refused the command; `error` is its own tagged error. */
export interface CommandRejected<DE> {
  readonly _tag: 'Rejected';
  readonly error: DE;
}

/** Other writers kept changing the stream between load and append, more often than the retries allowed. */
export interface RetriesExhausted {
  readonly _tag: 'RetriesExhausted';
  readonly stream: string;
  /** How many times the command was decided and appended (maxRetries + 1). */
  readonly attempts: number;
}

/** Why handleCommand failed, tagged so that callers can switch on `_tag`. */
export type HandleCommandError<DE> = InvalidInput | CommandRejected<DE> | StoreError | RetriesExhausted;

/** What a handled command produced. */
export interface HandleCommandResult<E extends StoredEventShape, S> {
  /**
   * 'Recorded' when this call appended the events (or the decider decided none);
   * 'AlreadyRecorded' when a command with the same `commandId` had landed before (a retry after
   * a lost acknowledgement): `events` are then the envelopes that attempt stored.
   */
  readonly outcome: 'Recorded' | 'AlreadyRecorded';
  /** The envelopes of the appended events, in order; empty when the decider decided nothing. */
  readonly events: ReadonlyArray<EventEnvelope<E>>;
  /** The stream's revision after the command (-1 when the stream still does not exist). */
  readonly nextExpectedRevision: number;
  /** The decider's state after the new events. */
  readonly state: S;
}

/** What handleCommand needs: the store, the decider, the stream and the command. */
export interface HandleCommandConfig<C, E extends StoredEventShape, S, DE> {
  readonly store: EventStore<E>;
  readonly decider: Decider<C, E, S, DE>;
  readonly stream: string;
  /** Decoded with commandCodec when one is given, otherwise taken as a C. */
  readonly command: unknown;
  readonly commandCodec?: t.Decoder<unknown, C>;
  /** The domain date each new event is filed under; defaults to none. */
  readonly domainDateOf?: (event: E) => string | null;
  /** Ids of new events; defaults to UUID v4. Not with `commandId`, which derives them. */
  readonly newId?: () => string;
  /**
   * The command's own id (a UUID), the same each time the caller sends it again: the ids of its
   * events are derived from it (UUID v5 of the event's index, in the command id's namespace), so
   * a command sent again after an attempt that landed but whose answer was lost is recognised:
   * it answers with `outcome: 'AlreadyRecorded'` and the stored events, never with the decider's
   * refusal of a command it already applied, and appends nothing.
   */
  readonly commandId?: string;
  /** How many times to reload and decide again after a WrongExpectedRevision; defaults to 10. */
  readonly maxRetries?: number;
  /**
   * How long to wait before each retry: a delay drawn uniformly from 0 to
   * min(maxDelayMs, baseDelayMs × 2^(retry − 1)) ("full jitter"), so that writers who collided
   * spread out instead of colliding again. Defaults: 2 ms, at most 200 ms (docs/reliability.md).
   * `random` and `sleep` default to Math.random and setTimeout; tests pass their own.
   */
  readonly backoff?: {
    readonly baseDelayMs?: number;
    readonly maxDelayMs?: number;
    readonly random?: () => number;
    readonly sleep?: (ms: number) => Promise<void>;
  };
  /** Attached to every new event. */
  readonly metadata?: EventMetadata;
  /**
   * The state last folded for each stream: given one, a command reads only the events after the
   * cached revision (checking that the stream still holds the cached event), and leaves the state
   * it decided on and appended to for the next command. Without it, every command reads the whole
   * stream.
   */
  readonly stateCache?: StreamStateCache<S>;
}

const noDomainDate = (): null => null;

/** How many times handleCommand decides again after another writer moved the stream, by default. */
export const DEFAULT_MAX_RETRIES = 10;

/** The back-off between handleCommand's retries, by default: full jitter up to 2 ms × 2^(retry − 1), never above 200 ms. */
export const DEFAULT_RETRY_BACKOFF = { baseDelayMs: 2, maxDelayMs: 200 } as const;

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The id of the `index`-th event a command decides: UUID v5 of the index, in the command id's namespace. */
export const commandEventId = (commandId: string, index: number): string => uuidv5(String(index), commandId.toLowerCase());

/**
 * Handles one command against one stream: loads the stream, folds it through the decider,
 * decides, and appends the new events at the revision it read. When another writer appended in
 * between, it reloads and decides again on the fresh state, at most `maxRetries` times. A store
 * error after the append (while reading the new envelopes back) leaves the outcome unknown:
 * reload the stream before handling the command again.
 *
 * @example
 * const result = await handleCommand({
 *   store,
 *   decider: campaignDecider,
 *   stream: 'campaign-muong-te',
 *   command: JSON.parse(input),
 *   commandCodec: CampaignCommand,
 * })();
 * if (E.isLeft(result)) console.error(describeHandleCommandError(result.left, describeDomainError));
 */
export const handleCommand = <C, E extends StoredEventShape, S, DE>(
  config: HandleCommandConfig<C, E, S, DE>,
): TE.TaskEither<HandleCommandError<DE>, HandleCommandResult<E, S>> => {
  const { store, decider, stream, commandCodec, domainDateOf = noDomainDate, metadata, commandId } = config;
  const maxRetries = config.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!Number.isSafeInteger(maxRetries) || maxRetries < 0) {
    throw new RangeError(`handleCommand: maxRetries must be an integer >= 0, got ${String(config.maxRetries)}`);
  }
  if (commandId !== undefined && (typeof commandId !== 'string' || !isUuid(commandId))) {
    throw new RangeError(`handleCommand: commandId must be a UUID, got ${JSON.stringify(commandId)}`);
  }
  if (commandId !== undefined && config.newId !== undefined) throw new RangeError('handleCommand: give commandId or newId, not both: the command id derives the event ids');
  const { baseDelayMs = DEFAULT_RETRY_BACKOFF.baseDelayMs, maxDelayMs = DEFAULT_RETRY_BACKOFF.maxDelayMs, random = Math.random, sleep = sleepFor } = config.backoff ?? {};
  for (const [name, value] of [['baseDelayMs', baseDelayMs], ['maxDelayMs', maxDelayMs]] as const) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`handleCommand: backoff.${name} must be a number >= 0, got ${String(value)}`);
  }
  const idOf = (index: number): string => (commandId !== undefined ? commandEventId(commandId, index) : (config.newId ?? uuidv4)());
  const pause = (retry: number): TE.TaskEither<never, void> => () =>
    sleep(Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1)))).then(() => E.right(undefined));

  // With a command id: the events an earlier attempt of this command stored, found by the id of
  // its first event, then each next one; none when it never landed.
  const landedBefore = (): TE.TaskEither<StoreError, ReadonlyArray<EventEnvelope<E>>> => {
    if (commandId === undefined) return TE.right([]);
    return pipe(
      store.readStream(stream),
      TE.map((events) => {
        const first = events.findIndex((e) => e.eventId === commandEventId(commandId, 0));
        if (first === -1) return [];
        const landed: EventEnvelope<E>[] = [];
        for (let i = first; i < events.length && events[i]?.eventId === commandEventId(commandId, i - first); i++) landed.push(events[i] as EventEnvelope<E>);
        return landed;
      }),
    );
  };
  const alreadyRecorded = (
    orElse: HandleCommandError<DE>,
    revision: number,
    state: S,
  ): TE.TaskEither<HandleCommandError<DE>, HandleCommandResult<E, S>> =>
    pipe(
      landedBefore(),
      TE.mapLeft((e): HandleCommandError<DE> => e),
      TE.chain((landed) =>
        landed.length === 0 ? TE.left(orElse) : TE.right({ outcome: 'AlreadyRecorded' as const, events: landed, nextExpectedRevision: revision, state }),
      ),
    );

  const decodeCommand = (): E.Either<HandleCommandError<DE>, C> => {
    if (commandCodec === undefined) return E.right(config.command as C);
    const decoded = commandCodec.decode(config.command);
    return E.isRight(decoded) ? decoded : E.left(invalidInput('command', decoded.left));
  };

  const attempt = (command: C, attemptNumber: number): TE.TaskEither<HandleCommandError<DE>, HandleCommandResult<E, S>> =>
    pipe(
      loadState(store, decider, stream, config.stateCache),
      TE.mapLeft((e): HandleCommandError<DE> => e),
      TE.chain(({ revision, state }): TE.TaskEither<HandleCommandError<DE>, HandleCommandResult<E, S>> => {
        const decided = decider.decide(command, state);
        // A refusal may be of this very command, applied by an attempt whose answer was lost.
        if (E.isLeft(decided)) return alreadyRecorded({ _tag: 'Rejected', error: decided.left }, revision, state);
        const events = decided.right;
        if (events.length === 0) return TE.right({ outcome: 'Recorded', events: [], nextExpectedRevision: revision, state });
        const newEvents = events.map(
          (event, index): NewEvent<E> => ({ id: idOf(index), event, domainDate: domainDateOf(event), ...(metadata === undefined ? {} : { metadata }) }),
        );
        const nextState = events.reduce(decider.evolve, state);
        return pipe(
          store.append(stream, newEvents, { expectedRevision: revision === -1 ? 'no-stream' : revision }),
          TE.foldW(
            (e): TE.TaskEither<HandleCommandError<DE>, HandleCommandResult<E, S>> => {
              // The ids are taken: by this command's earlier attempt, when they are its derived ids.
              if (e._tag === 'DuplicateEventId' && commandId !== undefined) return alreadyRecorded(e, revision, state);
              if (e._tag !== 'WrongExpectedRevision') return TE.left(e);
              return attemptNumber <= maxRetries
                ? pipe(
                    pause(attemptNumber),
                    TE.chain(() => attempt(command, attemptNumber + 1)),
                  )
                : TE.left({ _tag: 'RetriesExhausted', stream, attempts: attemptNumber });
            },
            (appended): TE.TaskEither<HandleCommandError<DE>, HandleCommandResult<E, S>> => {
              const envelopes = storedAsAppended(stream, newEvents, appended.envelopes);
              // The store's idempotency answered: these ids were stored by an earlier attempt, at
              // revisions the state read already holds. Nothing was appended now.
              if ((envelopes[0]?.streamRevision ?? revision + 1) <= revision) {
                return TE.right({ outcome: 'AlreadyRecorded' as const, events: envelopes, nextExpectedRevision: revision, state });
              }
              const last = envelopes[envelopes.length - 1];
              if (last !== undefined) config.stateCache?.set(stream, { revision: last.streamRevision, hash: last.hash, state: nextState });
              return TE.right({ outcome: 'Recorded' as const, events: envelopes, nextExpectedRevision: appended.nextExpectedRevision, state: nextState });
            },
          ),
        );
      }),
    );

  return pipe(TE.fromEither(decodeCommand()), TE.chain((command) => attempt(command, 1)));
};

// The stream's state and revision: from the cached state and the events after it when the stream
// still holds the cached event, else from the whole stream; the state read is cached either way.
const loadState = <C, E extends StoredEventShape, S, DE>(
  store: EventStore<E>,
  decider: Decider<C, E, S, DE>,
  stream: string,
  cache: StreamStateCache<S> | undefined,
): TE.TaskEither<StoreError, { readonly revision: number; readonly state: S }> => {
  const fold = (from: { readonly revision: number; readonly state: S }, events: ReadonlyArray<EventEnvelope<E>>) => {
    const last = events[events.length - 1];
    if (last === undefined) return from;
    const loaded = { revision: last.streamRevision, state: events.reduce((s, envelope) => decider.evolve(s, envelope.event), from.state) };
    cache?.set(stream, { ...loaded, hash: last.hash });
    return loaded;
  };
  const whole = () => pipe(store.readStream(stream), TE.map((events) => fold({ revision: -1, state: decider.initialState() }, events)));
  const cached = cache?.get(stream);
  if (cached === undefined) return whole();
  return pipe(
    store.readStream(stream, { fromRevision: cached.revision }),
    TE.chain((events) => {
      const [first, ...after] = events;
      // The stream no longer holds the cached event where it was: a state folded from elsewhere.
      if (first === undefined || first.streamRevision !== cached.revision || first.hash !== cached.hash) return whole();
      return TE.right(fold(cached, after));
    }),
  );
};

// The store returns the events as it stored them (with their recorded time and hashes): a store
// that returns other events than those appended is a bug, not a failure to report.
const storedAsAppended = <E extends StoredEventShape>(
  stream: string,
  appended: ReadonlyArray<NewEvent<E>>,
  envelopes: ReadonlyArray<EventEnvelope<E>>,
): ReadonlyArray<EventEnvelope<E>> => {
  const expectedIds = appended.map((e) => e.id.toLowerCase()).join(',');
  const storedIds = envelopes.map((e) => e.eventId.toLowerCase()).join(',');
  if (storedIds !== expectedIds) throw new Error(`handleCommand: the store appended ${expectedIds} to ${stream} but returns ${storedIds}`);
  return envelopes;
};

/**
 * A one-line English explanation of a handleCommand error. Domain errors of the campaign are
 * described by describeDomainError; pass `describeRejection` for the errors of another decider.
 */
export const describeHandleCommandError = <DE>(e: HandleCommandError<DE>, describeRejection?: (error: DE) => string): string => {
  switch (e._tag) {
    case 'InvalidInput':
      return `${e.subject} is invalid: ${e.problems.map((p) => `${p.path}: expected ${p.expected}, got ${p.actual}`).join('; ')}`;
    case 'Rejected':
      return `the command was rejected: ${describeRejectionOf(e.error, describeRejection)}`;
    case 'RetriesExhausted':
      return `stream ${e.stream}: gave up after ${e.attempts} attempts, because other writers kept appending between load and append`;
    case 'WrongExpectedRevision':
    case 'InvalidEvent':
    case 'InvalidStreamName':
    case 'DuplicateEventId':
    case 'CorruptEvent':
    case 'StreamDeleted':
    case 'StoreUnavailable':
      return describeStoreError(e);
    default:
      return absurd(e);
  }
};

const describeRejectionOf = <DE>(error: DE, describeRejection?: (error: DE) => string): string => {
  if (describeRejection !== undefined) return describeRejection(error);
  if (isDomainError(error)) return describeDomainError(error);
  const tag = (error as { readonly _tag?: unknown } | null)?._tag;
  return typeof tag === 'string' ? tag : String(error);
};

/** Whether a value is a HandleCommandError of any decider. */
export const isHandleCommandError = (u: unknown): u is HandleCommandError<unknown> => {
  const tag = (u as { readonly _tag?: unknown } | null | undefined)?._tag;
  return isStoreError(u) || tag === 'InvalidInput' || tag === 'Rejected' || tag === 'RetriesExhausted';
};
