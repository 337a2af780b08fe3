import type { NewEvent } from '@campaign-ledger/core';
import type { Counted } from './counted';

// Test-only: the import the kill test runs and checks, the same every time.

/** How many batches the import appends, and how many events each holds. */
export const IMPORT_BATCHES = 8_000;
export const IMPORT_BATCH_SIZE = 5;

/** The id of the i-th event of batch b. */
export const importEventId = (b: number, i: number): string =>
  `00000000-0000-4000-8000-${(b * IMPORT_BATCH_SIZE + i + 1).toString(16).padStart(12, '0')}`;

/** Batch b: its stream (one of seven, in turn) and its events. */
export const importBatch = (b: number): { readonly stream: string; readonly events: ReadonlyArray<NewEvent<Counted>> } => ({
  stream: `import-${b % 7}`,
  events: Array.from({ length: IMPORT_BATCH_SIZE }, (_, i) => ({
    id: importEventId(b, i),
    event: { type: 'Counted' as const, data: { n: b * IMPORT_BATCH_SIZE + i } },
    domainDate: null,
  })),
});
