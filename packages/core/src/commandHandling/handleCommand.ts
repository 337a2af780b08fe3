import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { absurd, pipe } from 'fp-ts/lib/function.js';
import type * as t from 'io-ts';
import { v4 as uuidv4 } from 'uuid';
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
  /** Ids of new events; defaults to UUID v4. */
  readonly newId?: () => string;
  /** How many times to reload and decide again after a WrongExpectedRevision; defaults to 3. */
  readonly maxRetries?: number;
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
  const { store, decider, stream, commandCodec, domainDateOf = noDomainDate, newId = uuidv4, metadata } = config;
  const maxRetries = config.maxRetries ?? 3;
  if (!Number.isSafeInteger(maxRetries) || maxRetries < 0) {
    throw new RangeError(`handleCommand: maxRetries must be an integer >= 0, got ${String(config.maxRetries)}`);
  }

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
        if (E.isLeft(decided)) return TE.left<HandleCommandError<DE>>({ _tag: 'Rejected', error: decided.left });
        const events = decided.right;
        if (events.length === 0) return TE.right({ events: [], nextExpectedRevision: revision, state });
        const newEvents = events.map(
          (event): NewEvent<E> => ({ id: newId(), event, domainDate: domainDateOf(event), ...(metadata === undefined ? {} : { metadata }) }),
        );
        const nextState = events.reduce(decider.evolve, state);
        return pipe(
          store.append(stream, newEvents, { expectedRevision: revision === -1 ? 'no-stream' : revision }),
          TE.foldW(
            (e): TE.TaskEither<HandleCommandError<DE>, HandleCommandResult<E, S>> => {
              if (e._tag !== 'WrongExpectedRevision') return TE.left(e);
              return attemptNumber <= maxRetries
                ? attempt(command, attemptNumber + 1)
                : TE.left({ _tag: 'RetriesExhausted', stream, attempts: attemptNumber });
            },
            (appended) => {
              const envelopes = storedAsAppended(stream, newEvents, appended.envelopes);
              const last = envelopes[envelopes.length - 1];
              if (last !== undefined) config.stateCache?.set(stream, { revision: last.streamRevision, hash: last.hash, state: nextState });
              return TE.right({ events: envelopes, nextExpectedRevision: appended.nextExpectedRevision, state: nextState });
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
