import { atomicityChecks } from './checks/atomicityChecks';
import { batchAppendChecks } from './checks/batchAppendChecks';
import { closeChecks } from './checks/closeChecks';
import { concurrencyChecks } from './checks/concurrencyChecks';
import { corruptionChecks } from './checks/corruptionChecks';
import { expectedRevisionChecks } from './checks/expectedRevisionChecks';
import { idempotencyChecks } from './checks/idempotencyChecks';
import { integrityChecks } from './checks/integrityChecks';
import { jsonValueChecks } from './checks/jsonValueChecks';
import { nameChecks } from './checks/nameChecks';
import { readChecks } from './checks/readChecks';
import { subscriptionChecks } from './checks/subscriptionChecks';
import { timeTravelChecks } from './checks/timeTravelChecks';
import { versionChecks } from './checks/versionChecks';
import { merkleChecks } from './checks/merkleChecks';
import type { ContractCheck } from './contractCheck';

/** Every clause of the EventStore contract, in the order describeEventStoreContract runs them. */
export const eventStoreContract: ReadonlyArray<ContractCheck> = [
  ...expectedRevisionChecks,
  ...atomicityChecks,
  ...batchAppendChecks,
  ...idempotencyChecks,
  ...concurrencyChecks,
  ...readChecks,
  ...jsonValueChecks,
  ...nameChecks,
  ...subscriptionChecks,
  ...timeTravelChecks,
  ...closeChecks,
  ...corruptionChecks,
  ...integrityChecks,
  ...versionChecks,
  ...merkleChecks,
];
