import { describe, expect, it } from 'vitest';
import type { ContractCheck } from './contractCheck';
import { ContractEvent } from './contractEvent';
import { eventStoreContract } from './eventStoreContract';
import { runContractCheck } from './runContractCheck';
import { isOptionalFeature, offers, type EventStoreContractOptions, type StoreCapability, type StoreFactory } from './storeHarness';
import { makeTestClock } from './testClock';

const isCi = (): boolean => globalThis.process?.env?.['CI'] === 'true';

const groupsOf = (checks: ReadonlyArray<ContractCheck>): ReadonlyMap<string, ReadonlyArray<ContractCheck>> => {
  const groups = new Map<string, ContractCheck[]>();
  for (const check of checks) groups.set(check.group, [...(groups.get(check.group) ?? []), check]);
  return groups;
};

const checkOptions = (options: EventStoreContractOptions): void => {
  for (const [capability, reason] of Object.entries(options.unsupported ?? {})) {
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new TypeError(`describeEventStoreContract: unsupported.${capability} must say why the store lacks it`);
    }
  }
  for (const [name, value] of [
    ['testTimeoutMs', options.testTimeoutMs],
    ['deliveryTimeoutMs', options.deliveryTimeoutMs],
  ] as const) {
    if (value !== undefined && (!Number.isFinite(value) || value <= 0)) {
      throw new RangeError(`describeEventStoreContract: ${name} must be a positive number of milliseconds, got ${String(value)}`);
    }
  }
};

/**
 * The body of the test that stands in for the checks of a capability the store declared it
 * lacks: proves the declaration true (the factory really returns none), fails when `ci` is true
 * because nothing may go unchecked there, and otherwise returns the explanation to print.
 */
export const confirmUnsupported = async (
  factory: StoreFactory,
  capability: StoreCapability,
  reason: string,
  checks: ReadonlyArray<ContractCheck>,
  ci: boolean,
): Promise<string> => {
  const harness = await factory({ clock: makeTestClock().now, codec: ContractEvent });
  try {
    expect(
      offers(harness, capability),
      `unsupported.${capability} is declared, but the factory returns one: remove the declaration so its checks run`,
    ).toBe(false);
  } finally {
    await harness.store.close();
    await harness.teardown?.();
  }
  const notRun = checks.map((c) => `${c.group}: ${c.name}`);
  if (ci) {
    expect.unreachable(
      `with CI=true every check of the contract must run, but the store lacks \`${capability}\` (${reason}). Not run: ${notRun.join('; ')}`,
    );
  }
  return `EventStore contract: ${checks.length} checks needing \`${capability}\` did not run (${reason}):\n${notRun.map((n) => `  - ${n}`).join('\n')}`;
};

/**
 * Registers the whole EventStore contract as vitest suites: one test per clause, each on a fresh
 * store from the factory. The factory receives a clock and the kit's codec and must build the
 * store with both; it may return `tamper` (direct access to stored rows) for the corruption and
 * hash-chain clauses, with `writeRawData` for the clauses on rows that no longer parse (the
 * `rawData` capability). A store that cannot offer a capability declares it in
 * `options.unsupported` with the reason; its clauses are then replaced by one skipped test saying
 * so, which fails when CI=true.
 *
 * @example
 * describeEventStoreContract('sqlite', ({ clock, codec }) => {
 *   const db = new Database(':memory:');
 *   return {
 *     store: makeSqliteEventStore(db, { clock, codec }),
 *     teardown: () => db.close(),
 *     tamper: makeSqliteTamper(db), // alterData, deleteEvent, swapEvents, writeRawData as SQL statements
 *   };
 * });
 */
export const describeEventStoreContract = (name: string, factory: StoreFactory, options: EventStoreContractOptions = {}): void => {
  checkOptions(options);
  const ci = options.ci ?? isCi();
  const timeout = options.testTimeoutMs ?? 30_000;
  const settings = { deliveryTimeoutMs: options.deliveryTimeoutMs ?? 5_000 };
  const unsupported: ReadonlyArray<readonly [StoreCapability, string]> = Object.entries(options.unsupported ?? {}).flatMap(
    ([capability, reason]) => (reason === undefined ? [] : [[capability as StoreCapability, reason] as const]),
  );
  // The declaration a check falls under: its own capability's, or for rawData the lack of tamper as a whole.
  const declaredLack = (check: ContractCheck): StoreCapability | undefined => {
    if (check.needs === undefined) return undefined;
    const own = unsupported.find(([capability]) => capability === check.needs);
    const whole = check.needs === 'rawData' ? unsupported.find(([capability]) => capability === 'tamper') : undefined;
    return (own ?? whole)?.[0];
  };
  const runs = (check: ContractCheck): boolean => declaredLack(check) === undefined;

  describe(`EventStore contract: ${name}`, () => {
    for (const [group, checks] of groupsOf(eventStoreContract)) {
      const running = checks.filter(runs);
      const skipped = checks.filter((check) => !runs(check));
      describe(group, () => {
        for (const check of running) it(check.name, { timeout }, () => runContractCheck(check, factory, settings));
        for (const [capability, reason] of unsupported) {
          const lacking = skipped.filter((check) => declaredLack(check) === capability);
          if (lacking.length === 0) continue;
          // A feature the store does not have: the checks do not apply, and the test proves it has none.
          if (isOptionalFeature(capability)) {
            it(`${lacking.length} checks needing \`${capability}\` do not apply: ${reason}`, { timeout }, async () => {
              await confirmUnsupported(factory, capability, reason, lacking, false);
            });
            continue;
          }
          // Skipped with the reason as its note, which the default reporter prints beside it; in CI it fails.
          it(`${lacking.length} checks needing \`${capability}\``, { timeout }, async (context) => {
            console.warn(await confirmUnsupported(factory, capability, reason, lacking, ci));
            context.skip(`did not run: ${reason}`);
          });
        }
      });
    }
  });
};
