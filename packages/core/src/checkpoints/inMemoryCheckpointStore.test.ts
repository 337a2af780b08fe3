import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import { expect, it } from 'vitest';
import { describeCheckpointStoreContract } from '@campaign-ledger/testing';
import { makeInMemoryCheckpointStore } from './inMemoryCheckpointStore';
import type { ProjectionCheckpoint } from './projectionCheckpointStore';

describeCheckpointStoreContract('in-memory', () => {
  const entries = new Map<string, ProjectionCheckpoint>();
  return { checkpoints: makeInMemoryCheckpointStore(entries), reopen: () => makeInMemoryCheckpointStore(entries) };
});

it('keeps checkpoints in the entries it was given, as frozen records', async () => {
  const entries = new Map<string, ProjectionCheckpoint>();
  const checkpoints = makeInMemoryCheckpointStore(entries);
  expect(await checkpoints.save('p', 3, '{"n":3}')()).toEqual(E.right(undefined));
  expect(entries.get('p')).toEqual({ position: 3, stateJson: '{"n":3}' });
  expect(Object.isFrozen(entries.get('p'))).toBe(true);
  const loaded = await checkpoints.load('p')();
  expect(E.isRight(loaded) && O.isSome(loaded.right) ? loaded.right.value.position : null).toBe(3);
});
