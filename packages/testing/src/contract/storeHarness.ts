import type { EventStore } from '@campaign-ledger/core';
import type * as t from 'io-ts';
import type { ContractEvent } from './contractEvent';

/**
 * Direct access to a store's stored rows, bypassing the port, so the kit can play an attacker
 * or a broken migration. Positions are global positions as the store assigned them. After each
 * call the harness's store must read what is now stored: a store that keeps indexes or caches in
 * process is reopened by its harness, as the in-memory one is.
 */
export interface StoreTamper {
  /**
   * Overwrites the stored data of the event at a position with this JSON value, written as raw
   * JSON (a SQL store: `UPDATE ... SET data = $1`), without decoding it and without touching
   * the event's stored hash.
   */
  readonly alterData: (globalPosition: number, data: unknown) => void | Promise<void>;
  /** Removes the event at a position; the positions of the others do not change. */
  readonly deleteEvent: (globalPosition: number) => void | Promise<void>;
  /** Exchanges two stored events: each takes the other's global position, keeping everything else (its hash included). */
  readonly swapEvents: (a: number, b: number) => void | Promise<void>;
  /**
   * Overwrites the stored data of the event at a position with this text as it is, not as JSON,
   * so that text which does not parse stays unparsable (a SQL store: `UPDATE ... SET data = $1`
   * with the text; a store that keeps bytes: its UTF-8 bytes; a store that keeps parsed values: a
   * value no JSON text parses to, such as the bytes). It touches no hash. Optional: a store whose
   * storage cannot hold text that does not parse (a jsonb column) lacks the `rawData` capability
   * and declares it in `unsupported`.
   */
  readonly writeRawData?: (globalPosition: number, text: string) => void | Promise<void>;
}

/** What a factory builds for one contract test. */
export interface StoreHarness {
  /** A fresh, empty store built with the factory options' clock and codec. */
  readonly store: EventStore<ContractEvent>;
  /** Frees what the factory made (a database, a temp dir); runs after the kit closed the store. */
  readonly teardown?: () => void | Promise<void>;
  /** The tamper capability, when the store can offer it. */
  readonly tamper?: StoreTamper;
}

/** What the kit hands a factory: the store must use both. */
export interface StoreFactoryOptions {
  /** The clock the store must stamp recordedAt with. */
  readonly clock: () => Date;
  /** The codec the store must decode appends and reads with. */
  readonly codec: t.Type<ContractEvent, ContractEvent, unknown>;
}

/** Builds a fresh, empty store for one contract test. */
export type StoreFactory = (options: StoreFactoryOptions) => StoreHarness | Promise<StoreHarness>;

/**
 * The optional capabilities a store may lack: `tamper`, the StoreTamper itself; `rawData`, its
 * writeRawData (a store that lacks `tamper` lacks `rawData` too); `batch`, the port's optional
 * `appendBatch`. Lacking `tamper` or `rawData` leaves clauses unchecked, which CI refuses; lacking
 * `batch` is a property of the store (EventStoreDB writes one stream per transaction): the kit
 * then checks that the store really has no `appendBatch`.
 */
export type StoreCapability = 'tamper' | 'rawData' | 'batch';

/** Capabilities that are features of the port a store may not have, rather than tools of the kit. */
export const isOptionalFeature = (capability: StoreCapability): boolean => capability === 'batch';

/** Whether a harness offers a capability. */
export const offers = (harness: StoreHarness, capability: StoreCapability): boolean => {
  switch (capability) {
    case 'tamper':
      return harness.tamper !== undefined;
    case 'rawData':
      return harness.tamper?.writeRawData !== undefined;
    case 'batch':
      return harness.store.appendBatch !== undefined;
  }
};

/** How describeEventStoreContract runs. */
export interface EventStoreContractOptions {
  /**
   * Capabilities the store cannot offer, each with the reason. Their checks are replaced by one
   * skipped test that says why they did not run, and that fails when `ci` is true.
   */
  readonly unsupported?: { readonly [C in StoreCapability]?: string };
  /** Whether this is a CI run, where nothing may go unchecked; defaults to `process.env.CI === 'true'`. */
  readonly ci?: boolean;
  /** Per-test timeout in milliseconds; defaults to 30000. */
  readonly testTimeoutMs?: number;
  /** How long a check waits for a subscription to deliver, in milliseconds; defaults to 5000. */
  readonly deliveryTimeoutMs?: number;
}
