import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { invalidInput, type InvalidInput } from '../errors/invalidInput';
import type { StoredEventShape } from '../store/eventEnvelope';
import type { EventVersions } from './eventVersions';

/**
 * How an application's events are stored and read when some of their types have versions: the
 * codec a store is built with, which takes every stored version of each chained type as it was
 * written, and the two directions between the stored form and the latest one.
 */
export interface EventVersioning<E extends StoredEventShape> {
  /** The codec to build the store with: every version of a chained type as stored, every other event as the latest codec takes it. */
  readonly storedCodec: t.Type<StoredEventShape, StoredEventShape, unknown>;
  /** The latest form of a stored event: its payload upcast through its chain, checked by the latest codec. */
  readonly latestOf: (stored: StoredEventShape) => E.Either<InvalidInput, E>;
  /** The stored form of an event in its latest version: a chained type gets its latest stored type name. */
  readonly storedOf: (event: E) => StoredEventShape;
  /** Whether a stored type name belongs to a chain (any version of it, known or not): only those events differ from their stored form. */
  readonly isChained: (storedType: string) => boolean;
}

const objectWithType = (u: unknown): u is { readonly type: string; readonly data?: unknown } =>
  typeof u === 'object' && u !== null && typeof (u as { readonly type?: unknown }).type === 'string';

/** The chain and version a stored type name belongs to, if any: `Measured@2` belongs to Measured's chain. */
const chainedVersion = (
  chains: ReadonlyMap<string, EventVersions>,
  storedType: string,
): { readonly chain: EventVersions; readonly version: number | null } | null => {
  const separator = storedType.indexOf('@');
  const chain = chains.get(separator === -1 ? storedType : storedType.slice(0, separator));
  return chain === undefined ? null : { chain, version: chain.versionOf(storedType) };
};

const knownVersions = (chain: EventVersions): string =>
  Array.from({ length: chain.latest }, (_, i) => chain.storedType(i + 1)).join(', ');

const unknownVersion = (chain: EventVersions, storedType: string): string =>
  `a version of ${chain.type} this release knows (${knownVersions(chain)}), not ${storedType}: was it written by a newer release?`;

/**
 * The versioning of an application's events: `latest` is the codec of its events as it uses them
 * (each chained type in its latest version, under its bare name) and `chains` the types that have
 * more than one version. Build the store with `storedCodec` and read and write it through
 * `versionedEventStore`.
 */
export const eventVersioning = <E extends StoredEventShape>(
  latest: t.Type<E, unknown, unknown>,
  chains: ReadonlyArray<EventVersions>,
): EventVersioning<E> => {
  const byType = new Map<string, EventVersions>();
  for (const chain of chains) {
    if (byType.has(chain.type)) throw new TypeError(`eventVersioning: two chains for the event type ${chain.type}`);
    byType.set(chain.type, chain);
  }

  const storedCodec = new t.Type<StoredEventShape, StoredEventShape, unknown>(
    `Stored${latest.name}`,
    (u): u is StoredEventShape => E.isRight(storedCodec.decode(u)),
    (u, context) => {
      const found = objectWithType(u) ? chainedVersion(byType, u.type) : null;
      if (found === null) return latest.validate(u, context) as t.Validation<StoredEventShape>;
      const { chain, version } = found;
      const type = (u as { readonly type: string }).type;
      if (version === null) return t.failure(u, context, unknownVersion(chain, type));
      const codec = chain.dataCodecs[version - 1] as t.Decoder<unknown, unknown>;
      const data = (u as { readonly data?: unknown }).data;
      const decoded = codec.validate(data, t.appendContext(context, 'data', codec, data));
      return E.isLeft(decoded) ? decoded : t.success({ type, data: decoded.right });
    },
    t.identity,
  );

  const latestOf = (stored: StoredEventShape): E.Either<InvalidInput, E> => {
    const found = chainedVersion(byType, stored.type);
    if (found === null) {
      const decoded = latest.decode(stored);
      return E.isLeft(decoded) ? E.left(invalidInput(`an event of type ${stored.type}`, decoded.left)) : decoded;
    }
    const { chain, version } = found;
    if (version === null) {
      const problem = { path: 'type', expected: unknownVersion(chain, stored.type), actual: JSON.stringify(stored.type) };
      return E.left({ _tag: 'InvalidInput', subject: `an event of type ${stored.type}`, problems: [problem], message: `an event of type ${stored.type} is invalid:\n  type: expected ${problem.expected}, got ${problem.actual}` });
    }
    const upcast = chain.upcast(version, stored.data);
    if (E.isLeft(upcast)) {
      const failure = upcast.left;
      return E.left(
        failure._tag === 'StoredVersionInvalid'
          ? invalidInput(`version ${version} of ${chain.type}`, failure.errors)
          : invalidInput(`the upcast of version ${failure.fromVersion} of ${chain.type} to version ${failure.fromVersion + 1}`, failure.errors),
      );
    }
    const decoded = latest.decode({ type: chain.type, data: upcast.right });
    return E.isLeft(decoded) ? E.left(invalidInput(`version ${version} of ${chain.type} upcast to version ${chain.latest}`, decoded.left)) : decoded;
  };

  const storedOf = (event: E): StoredEventShape => {
    const chain = byType.get(event.type);
    return chain === undefined || chain.latest === 1 ? event : { type: chain.storedType(chain.latest), data: event.data };
  };

  return { storedCodec, latestOf, storedOf, isChained: (storedType) => chainedVersion(byType, storedType) !== null };
};
