import type { Prng } from './prng';

const hex = (n: number): string => n.toString(16).padStart(8, '0');

/**
 * A UUID in the version 4 format (random bits, version nibble 4, variant 10xx) whose bits come
 * from the workload's generator, so that event ids are the same on every run.
 *
 * @example deterministicUuid(makePrng(1)) // '…-4…-[89ab]…-…'
 */
export const deterministicUuid = (prng: Prng): string => {
  const a = prng.uint32();
  // The version sits in the high nibble of the third group, the variant in the top bits of the fourth.
  const b = ((prng.uint32() & 0xffff0fff) | 0x00004000) >>> 0;
  const c = ((prng.uint32() & 0x3fffffff) | 0x80000000) >>> 0;
  const d = prng.uint32();
  const h = hex(a) + hex(b) + hex(c) + hex(d);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};
