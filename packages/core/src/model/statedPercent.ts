import * as t from 'io-ts';
import { fields } from './fields';
import { Count } from './count';

/**
 * A percentage as a report printed it, kept exactly: 94,2% is `{ scaled: 942, decimals: 1 }`,
 * 93% is `{ scaled: 93, decimals: 0 }`. The number of decimals is the stated precision.
 */
export const StatedPercent = fields(
  { scaled: Count, decimals: t.union([t.literal(0), t.literal(1), t.literal(2), t.literal(3)], 'decimals (0, 1, 2 or 3)') },
  {},
  'StatedPercent',
);
/** A percentage as a report printed it. */
export type StatedPercent = t.TypeOf<typeof StatedPercent>;
