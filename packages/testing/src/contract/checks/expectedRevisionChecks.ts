import { expect } from 'vitest';
import { fails, readAll, readStream, revisionsOf, succeeds } from '../checkSupport';
import type { ContractCheck } from '../contractCheck';
import { counted } from '../contractEvent';

const group = 'expected revision';

/** The contract of ExpectedRevision: each form, and the WrongExpectedRevision each mismatch gives. */
export const expectedRevisionChecks: ReadonlyArray<ContractCheck> = [
  {
    group,
    name: "'any' appends to a missing stream and to an existing one, and is the default",
    run: async ({ store }) => {
      expect(await succeeds('first append', store.append('s', [counted(1)], { expectedRevision: 'any' }))).toMatchObject({
        nextExpectedRevision: 0,
        positions: [1],
      });
      expect(await succeeds('second append', store.append('s', [counted(2), counted(3)]))).toMatchObject({
        nextExpectedRevision: 2,
        positions: [2, 3],
      });
      expect(revisionsOf(await readStream(store, 's'))).toEqual([0, 1, 2]);
    },
  },
  {
    group,
    name: "'no-stream' creates a stream, and is refused on an existing one with its revision",
    run: async ({ store }) => {
      expect(await succeeds('append to a new stream', store.append('s', [counted(1)], { expectedRevision: 'no-stream' }))).toMatchObject({
        nextExpectedRevision: 0,
        positions: [1],
      });
      const error = await fails('no-stream on an existing stream', store.append('s', [counted(2)], { expectedRevision: 'no-stream' }));
      expect(error).toEqual({ _tag: 'WrongExpectedRevision', stream: 's', expected: 'no-stream', actual: 0 });
      expect((await readAll(store)).length).toBe(1);
    },
  },
  {
    group,
    name: "'stream-exists' is refused on a missing stream with actual -1, and appends to an existing one",
    run: async ({ store }) => {
      const error = await fails('stream-exists on a missing stream', store.append('s', [counted(1)], { expectedRevision: 'stream-exists' }));
      expect(error).toEqual({ _tag: 'WrongExpectedRevision', stream: 's', expected: 'stream-exists', actual: -1 });
      expect(await readAll(store)).toEqual([]);
      await succeeds('create the stream', store.append('s', [counted(2)]));
      expect(await succeeds('stream-exists', store.append('s', [counted(3)], { expectedRevision: 'stream-exists' }))).toMatchObject({
        nextExpectedRevision: 1,
        positions: [2],
      });
    },
  },
  {
    group,
    name: 'an exact revision appends only at the current revision; a stale or future one is refused with both numbers',
    run: async ({ store }) => {
      await succeeds('create the stream', store.append('s', [counted(1)]));
      expect(await succeeds('at revision 0', store.append('s', [counted(2)], { expectedRevision: 0 }))).toMatchObject({
        nextExpectedRevision: 1,
        positions: [2],
      });
      expect(await fails('stale revision 0', store.append('s', [counted(3)], { expectedRevision: 0 }))).toEqual({
        _tag: 'WrongExpectedRevision',
        stream: 's',
        expected: 0,
        actual: 1,
      });
      expect(await fails('future revision 5', store.append('s', [counted(4)], { expectedRevision: 5 }))).toEqual({
        _tag: 'WrongExpectedRevision',
        stream: 's',
        expected: 5,
        actual: 1,
      });
      expect(await fails('revision 0 on a missing stream', store.append('t', [counted(5)], { expectedRevision: 0 }))).toEqual({
        _tag: 'WrongExpectedRevision',
        stream: 't',
        expected: 0,
        actual: -1,
      });
      expect(revisionsOf(await readStream(store, 's'))).toEqual([0, 1]);
      expect(await readStream(store, 't')).toEqual([]);
    },
  },
  {
    group,
    name: 'an empty append only checks the expected revision and records nothing',
    run: async ({ store }) => {
      expect(await succeeds('empty append, no-stream', store.append('s', [], { expectedRevision: 'no-stream' }))).toMatchObject({
        nextExpectedRevision: -1,
        positions: [],
      });
      expect(await fails('empty append, stream-exists', store.append('s', [], { expectedRevision: 'stream-exists' }))).toEqual({
        _tag: 'WrongExpectedRevision',
        stream: 's',
        expected: 'stream-exists',
        actual: -1,
      });
      await succeeds('create the stream', store.append('s', [counted(1)]));
      expect(await succeeds('empty append at revision 0', store.append('s', [], { expectedRevision: 0 }))).toMatchObject({
        nextExpectedRevision: 0,
        positions: [],
      });
      expect((await readAll(store)).length).toBe(1);
    },
  },
];
