import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';

/** The character between an event type and its version in a stored type name: `Measured@2`. */
export const VERSION_SEPARATOR = '@';

/** Why a stored payload of a chained type could not be brought to the latest version. */
export type UpcastFailure =
  /** The stored payload does not decode as the version its type name says. */
  | { readonly _tag: 'StoredVersionInvalid'; readonly version: number; readonly errors: t.Errors }
  /** An upcaster returned a payload that the next version refuses: a fault of the chain, named by the version it upcast from. */
  | { readonly _tag: 'UpcastInvalid'; readonly fromVersion: number; readonly errors: t.Errors };

/**
 * The versions of one event type, oldest first: the codec of each version's payload and, for each
 * version after the first, the pure function that brings the payload of the version before it
 * forward. Version 1 is stored under the bare type name (every event stored before the type had
 * versions is a version 1), version n under `${type}@${n}`.
 *
 * @example
 * const measured = eventVersions('Measured', MeasuredV1).upcastTo(MeasuredV2, (v1) => ({ amount: { value: v1.value, unit: 'người' } }));
 * measured.storedType(2); // 'Measured@2'
 */
export interface EventVersions<Type extends string = string, Latest = unknown> {
  /** The event type, as the application names it. */
  readonly type: Type;
  /** The number of the latest version, from 1. */
  readonly latest: number;
  /** The payload codec of each version, version 1 first. */
  readonly dataCodecs: ReadonlyArray<t.Decoder<unknown, unknown>>;
  /** The type name a version is stored under: the bare type for version 1, `${type}@${n}` after. */
  readonly storedType: (version: number) => string;
  /** The version a stored type name holds, or null when it names no version of this chain (another type, or an unknown version). */
  readonly versionOf: (storedType: string) => number | null;
  /** Decodes a payload stored as `version`, then brings it through every later version to the latest. */
  readonly upcast: (version: number, data: unknown) => E.Either<UpcastFailure, Latest>;
  /** The chain with one more version: its payload codec and how the current latest payload becomes it. */
  readonly upcastTo: <Next>(data: t.Decoder<unknown, Next>, upcast: (previous: Latest) => Next) => EventVersions<Type, Next>;
}

interface Step {
  readonly data: t.Decoder<unknown, unknown>;
  /** From the payload of the version before; absent on version 1. */
  readonly upcast?: (previous: unknown) => unknown;
}

const chainOf = <Type extends string, Latest>(type: Type, steps: ReadonlyArray<Step>): EventVersions<Type, Latest> => {
  const latest = steps.length;
  const storedType = (version: number): string => {
    if (!Number.isInteger(version) || version < 1 || version > latest) throw new RangeError(`${type} has versions 1 to ${latest}, not ${version}`);
    return version === 1 ? type : `${type}${VERSION_SEPARATOR}${version}`;
  };
  const versionOf = (stored: string): number | null => {
    if (stored === type) return 1;
    const prefix = `${type}${VERSION_SEPARATOR}`;
    if (!stored.startsWith(prefix)) return null;
    const digits = stored.slice(prefix.length);
    // Version 1 has one spelling only, the bare name; `@02` and `@1` name nothing.
    if (!/^[1-9][0-9]*$/.test(digits)) return null;
    const version = Number(digits);
    return version >= 2 && version <= latest ? version : null;
  };
  const upcast = (version: number, data: unknown): E.Either<UpcastFailure, Latest> => {
    const stored = steps[version - 1];
    if (stored === undefined) throw new RangeError(`${type} has versions 1 to ${latest}, not ${version}`);
    const decoded = stored.data.decode(data);
    if (E.isLeft(decoded)) return E.left({ _tag: 'StoredVersionInvalid', version, errors: decoded.left });
    let payload = decoded.right;
    for (let next = version + 1; next <= latest; next += 1) {
      const step = steps[next - 1] as Step & { readonly upcast: (previous: unknown) => unknown };
      const checked = step.data.decode(step.upcast(payload));
      if (E.isLeft(checked)) return E.left({ _tag: 'UpcastInvalid', fromVersion: next - 1, errors: checked.left });
      payload = checked.right;
    }
    return E.right(payload as Latest);
  };
  return {
    type,
    latest,
    dataCodecs: steps.map((s) => s.data),
    storedType,
    versionOf,
    upcast,
    upcastTo: <Next>(data: t.Decoder<unknown, Next>, step: (previous: Latest) => Next) =>
      chainOf<Type, Next>(type, [...steps, { data, upcast: step as (previous: unknown) => unknown }]),
  };
};

/**
 * The first version of an event type: its payload codec. Add later versions with `upcastTo`.
 * The type name may not contain `@`, which separates a stored type name from its version.
 */
export const eventVersions = <Type extends string, Data>(type: Type, data: t.Decoder<unknown, Data>): EventVersions<Type, Data> => {
  if (type === '' || type.includes(VERSION_SEPARATOR)) throw new TypeError(`eventVersions: the event type ${JSON.stringify(type)} must be non-empty and hold no ${VERSION_SEPARATOR}`);
  return chainOf<Type, Data>(type, [{ data }]);
};
