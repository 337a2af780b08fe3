import type { NewEvent } from '@campaign-ledger/core';
import { contractEventId, type ContractEvent } from '@campaign-ledger/testing';

/** A Counted event of the kit's codec, with the kit's n-th event id. */
export const counted = (n: number): NewEvent<ContractEvent> => ({ id: contractEventId(n), event: { type: 'Counted', data: { n } }, domainDate: null });
