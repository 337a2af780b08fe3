import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import { describe, expect, it } from 'vitest';
import type { ProjectionCheckpoint, ProjectionCheckpointStore } from '@campaign-ledger/core';

// What every ProjectionCheckpointStore promises, written once: the in-memory checkpoint store and
// every database's run it, and so can a store of your own.

/** A checkpoint store for one test, and how to reopen it over the same storage as a restarted process would. */
export interface CheckpointStoreHarness {
  readonly checkpoints: ProjectionCheckpointStore;
  /** A new store over the same storage (a reopened file); the old one is no longer used. */
  readonly reopen: () => ProjectionCheckpointStore | Promise<ProjectionCheckpointStore>;
  readonly teardown?: () => void | Promise<void>;
}

const loaded = async (checkpoints: ProjectionCheckpointStore, name: string): Promise<O.Option<ProjectionCheckpoint>> => {
  const result = await checkpoints.load(name)();
  if (E.isLeft(result)) return expect.unreachable(`load(${name}) failed: ${JSON.stringify(result.left)}`);
  return result.right;
};

const saved = async (checkpoints: ProjectionCheckpointStore, name: string, position: number, stateJson: string): Promise<void> => {
  const result = await checkpoints.save(name, position, stateJson)();
  expect(result, `save(${name}, ${position})`).toEqual(E.right(undefined));
};

/**
 * Registers the ProjectionCheckpointStore contract as vitest tests: every test gets a fresh,
 * empty store from the factory, and the factory's teardown runs after it.
 *
 * @example
 * describeCheckpointStoreContract('in-memory', () => {
 *   const entries = new Map<string, ProjectionCheckpoint>();
 *   return { checkpoints: makeInMemoryCheckpointStore(entries), reopen: () => makeInMemoryCheckpointStore(entries) };
 * });
 */
export const describeCheckpointStoreContract = (name: string, factory: () => CheckpointStoreHarness | Promise<CheckpointStoreHarness>): void => {
  const withHarness = (body: (harness: CheckpointStoreHarness) => Promise<void>) => async () => {
    const harness = await factory();
    try {
      await body(harness);
    } finally {
      await harness.teardown?.();
    }
  };

  describe(`ProjectionCheckpointStore contract: ${name}`, () => {
    it(
      'a name never saved loads as none',
      withHarness(async ({ checkpoints }) => {
        expect(await loaded(checkpoints, 'campaign-facts')).toEqual(O.none);
      }),
    );

    it(
      'a saved checkpoint loads back with its position and its state byte for byte',
      withHarness(async ({ checkpoints }) => {
        // Key order, spacing and both Unicode forms must survive: the store keeps text, not a value.
        const stateJson = `{ "b": 1,"a":[1.50, "Huyện ủy", "${'Huyện ủy'.normalize('NFD')}", "đảng\u00a0viên"] }`;
        await saved(checkpoints, 'campaign-facts', 180, stateJson);
        expect(await loaded(checkpoints, 'campaign-facts')).toEqual(O.some({ position: 180, stateJson }));
      }),
    );

    it(
      'a save replaces the previous checkpoint, also with a lower position',
      withHarness(async ({ checkpoints }) => {
        await saved(checkpoints, 'p', 10, '{"n":10}');
        await saved(checkpoints, 'p', 20, '{"n":20}');
        expect(await loaded(checkpoints, 'p')).toEqual(O.some({ position: 20, stateJson: '{"n":20}' }));
        await saved(checkpoints, 'p', 0, '{"n":0}');
        expect(await loaded(checkpoints, 'p')).toEqual(O.some({ position: 0, stateJson: '{"n":0}' }));
      }),
    );

    it(
      'names are compared exactly: case and Unicode form make different checkpoints',
      withHarness(async ({ checkpoints }) => {
        const composed = 'báo cáo';
        const names = ['facts', 'Facts', composed, composed.normalize('NFD')];
        for (const [i, n] of names.entries()) await saved(checkpoints, n, i + 1, JSON.stringify({ i }));
        for (const [i, n] of names.entries()) expect(await loaded(checkpoints, n)).toEqual(O.some({ position: i + 1, stateJson: JSON.stringify({ i }) }));
      }),
    );

    it(
      'checkpoints outlive the store: a reopened store loads what was saved',
      withHarness(async (harness) => {
        await saved(harness.checkpoints, 'a', 7, '{"seven":7}');
        await saved(harness.checkpoints, 'b', 9, '[9]');
        const reopened = await harness.reopen();
        expect(await loaded(reopened, 'a')).toEqual(O.some({ position: 7, stateJson: '{"seven":7}' }));
        expect(await loaded(reopened, 'b')).toEqual(O.some({ position: 9, stateJson: '[9]' }));
      }),
    );

    it(
      'a large state round-trips',
      withHarness(async ({ checkpoints }) => {
        const stateJson = JSON.stringify({ facts: Array.from({ length: 20_000 }, (_, i) => ({ i, text: `sự kiện ${i}` })) });
        await saved(checkpoints, 'large', 20_000, stateJson);
        const back = await loaded(checkpoints, 'large');
        expect(O.isSome(back) && back.value.stateJson === stateJson).toBe(true);
      }),
    );

    it(
      'an empty name, a position that is not an integer >= 0 or a state that is not JSON is a RangeError, and saves nothing',
      withHarness(async ({ checkpoints }) => {
        expect(() => checkpoints.load('')).toThrow(RangeError);
        expect(() => checkpoints.save('', 1, '{}')).toThrow(RangeError);
        expect(() => checkpoints.save('p', -1, '{}')).toThrow(RangeError);
        expect(() => checkpoints.save('p', 1.5, '{}')).toThrow(RangeError);
        expect(() => checkpoints.save('p', 1, 'not json')).toThrow(RangeError);
        expect(() => checkpoints.save('p', 1, '')).toThrow(RangeError);
        expect(await loaded(checkpoints, 'p')).toEqual(O.none);
      }),
    );
  });
};
