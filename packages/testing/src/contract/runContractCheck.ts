import type { Subscription } from '@campaign-ledger/core';
import type { ContractCheck } from './contractCheck';
import { ContractEvent } from './contractEvent';
import { offers, type StoreFactory } from './storeHarness';
import { makeTestClock } from './testClock';

/** What runContractCheck needs beyond the check and the factory. */
export interface RunCheckSettings {
  /** How long a check waits for a subscription to deliver, in milliseconds. */
  readonly deliveryTimeoutMs: number;
}

/** The message of a check that needs a capability the factory did not return. */
export const missingCapabilityMessage = (capability: string): string =>
  `the factory returned no \`${capability}\` capability${capability === 'rawData' ? ' (tamper.writeRawData)' : ''}: return one from the factory, or declare ` +
  `\`unsupported: { ${capability}: 'why' }\` in the options of describeEventStoreContract`;

/**
 * Runs one contract check on a fresh store from the factory, then closes what the check opened,
 * the store, and calls the factory's teardown, whether the check passed or not. A failure of the
 * check wins over a failure of the cleanup, which would only hide it.
 */
export const runContractCheck = async (check: ContractCheck, factory: StoreFactory, settings: RunCheckSettings): Promise<void> => {
  const clock = makeTestClock();
  const harness = await factory({ clock: clock.now, codec: ContractEvent });
  const subscriptions: Subscription[] = [];
  let failure: { readonly error: unknown } | undefined;
  try {
    if (check.needs !== undefined && !offers(harness, check.needs)) throw new Error(missingCapabilityMessage(check.needs));
    await check.run({
      store: harness.store,
      clock,
      tamper: harness.tamper,
      deliveryTimeoutMs: settings.deliveryTimeoutMs,
      track: (subscription) => {
        subscriptions.push(subscription);
        return subscription;
      },
    });
  } catch (error) {
    failure = { error };
  }
  const cleanup = [...subscriptions.map((s) => () => s.close()), () => harness.store.close(), async () => harness.teardown?.()];
  for (const step of cleanup) {
    try {
      await step();
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure !== undefined) throw failure.error;
};
