import type { EventStore, Subscription } from '@campaign-ledger/core';
import type { ContractEvent } from './contractEvent';
import type { StoreCapability, StoreTamper } from './storeHarness';
import type { TestClock } from './testClock';

/** What a contract check works with: a fresh store and the tools around it. */
export interface CheckContext {
  readonly store: EventStore<ContractEvent>;
  /** The clock the store was built with. */
  readonly clock: TestClock;
  /** Present whenever the check declared that it needs it. */
  readonly tamper: StoreTamper | undefined;
  /** How long to wait for a subscription to deliver, in milliseconds. */
  readonly deliveryTimeoutMs: number;
  /** Closes the subscription when the check ends, even when it fails; returns it. */
  readonly track: (subscription: Subscription) => Subscription;
}

/** One clause of the store contract: a named async check that throws when a store breaks it. */
export interface ContractCheck {
  /** The part of the contract the check belongs to; becomes a describe block. */
  readonly group: string;
  /** What a conforming store does, as a sentence; becomes the test name. */
  readonly name: string;
  /** A capability the check cannot run without. */
  readonly needs?: StoreCapability;
  readonly run: (context: CheckContext) => Promise<void>;
}

/** The tamper capability of a check that declared `needs: 'tamper'` (or `'rawData'`). */
export const tamperOf = (context: CheckContext): StoreTamper => {
  if (context.tamper === undefined) throw new Error('contract kit: a check that needs tamper ran without it');
  return context.tamper;
};

/** The writeRawData of a check that declared `needs: 'rawData'`. */
export const writeRawDataOf = (context: CheckContext): ((globalPosition: number, text: string) => void | Promise<void>) => {
  const write = context.tamper?.writeRawData;
  if (write === undefined) throw new Error('contract kit: a check that needs rawData ran without it');
  return write;
};
