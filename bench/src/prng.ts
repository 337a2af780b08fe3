/** A deterministic source of random numbers: the same seed gives the same sequence on every machine. */
export interface Prng {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** An integer in [min, max], both included. */
  readonly int: (min: number, max: number) => number;
  /** One item of a non-empty list. */
  readonly pick: <A>(items: ReadonlyArray<A>) => A;
  /** A 32-bit unsigned integer. */
  readonly uint32: () => number;
}

/**
 * mulberry32: a 32-bit generator with a full period of 2^32, small and fast, good enough to shape a
 * workload (it is no cryptographic generator, and need not be).
 *
 * @example const prng = makePrng(42); prng.int(1, 5);
 */
export const makePrng = (seed: number): Prng => {
  let a = seed >>> 0;
  const uint32 = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => uint32() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <A>(items: ReadonlyArray<A>): A => {
    if (items.length === 0) throw new RangeError('pick: the list is empty');
    return items[int(0, items.length - 1)] as A;
  };
  return { next, int, pick, uint32 };
};

/**
 * A seed for one part of a workload (a stream), mixed from the workload's seed and the part's
 * index, so that each part can be generated alone and still be the same.
 */
export const subSeed = (seed: number, index: number): number => {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
};
