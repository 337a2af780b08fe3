import {
  CampaignEvent,
  buildCampaignReport,
  campaignFactsProjection,
  decodeCampaignFacts,
  encodeCampaignFacts,
  formatReport,
  runProjection,
  runProjectionWithCheckpoints,
  type CampaignFacts,
  type EventStore,
} from '@campaign-ledger/core';
import { muongTeHistory, org, replayHistory } from '@campaign-ledger/fixtures';
import Database from 'better-sqlite3';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCheckpointStoreContract } from '@campaign-ledger/testing';
import { makeTempDirectory } from '../test/tempDirectory';
import { openSqliteDatabase } from './openSqliteDatabase';
import { makeSqliteCheckpointStore } from './sqliteCheckpointStore';
import { makeSqliteEventStore } from './sqliteEventStore';

const directory = makeTempDirectory();
afterAll(() => directory.remove());

const openDb = async (path: string, busyTimeoutMs?: number): Promise<Database.Database> => {
  const opened = await openSqliteDatabase(path, busyTimeoutMs === undefined ? {} : { busyTimeoutMs })();
  if (E.isLeft(opened)) return expect.unreachable(`cannot open ${path}: ${JSON.stringify(opened.left)}`);
  return opened.right;
};

describeCheckpointStoreContract('sqlite file', async () => {
  const path = directory.file('checkpoints');
  let db = await openDb(path);
  return {
    checkpoints: makeSqliteCheckpointStore(db),
    reopen: async () => {
      db.close();
      db = await openDb(path);
      return makeSqliteCheckpointStore(db);
    },
    teardown: () => {
      db.close();
    },
  };
});

describe('the SQLite checkpoint store', () => {
  it('keeps checkpoints in the ledger’s own file, beside the events', async () => {
    const path = directory.file('beside-events');
    const db = await openDb(path);
    await makeSqliteEventStore(db).append('s', [{ id: '00000000-0000-4000-8000-000000000001', event: { type: 'Noted', data: {} }, domainDate: null }])();
    expect(await makeSqliteCheckpointStore(db).save('facts', 1, '{"n":1}')()).toEqual(E.right(undefined));
    db.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM events').pluck().get()).toBe(1);
    expect(raw.prepare('SELECT name, position, state FROM projection_checkpoints').all()).toEqual([{ name: 'facts', position: 1, state: '{"n":1}' }]);
    raw.close();
  });

  it('a save that cannot take the write lock fails with StoreUnavailable and leaves the previous checkpoint whole', async () => {
    const path = directory.file('busy-checkpoint');
    const db = await openDb(path, 50);
    const checkpoints = makeSqliteCheckpointStore(db);
    expect(await checkpoints.save('facts', 10, '{"n":10}')()).toEqual(E.right(undefined));
    const other = new Database(path);
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      expect(await checkpoints.save('facts', 20, '{"n":20}')()).toMatchObject(E.left({ _tag: 'StoreUnavailable', message: expect.stringMatching(/SQLITE_BUSY/) }));
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect(await checkpoints.load('facts')()).toEqual(E.right(O.some({ position: 10, stateJson: '{"n":10}' })));
    db.close();
  });

  it('a closed handle makes load and save StoreUnavailable', async () => {
    const db = new Database(':memory:');
    const checkpoints = makeSqliteCheckpointStore(db);
    db.close();
    expect(await checkpoints.load('facts')()).toMatchObject(E.left({ _tag: 'StoreUnavailable' }));
    expect(await checkpoints.save('facts', 1, '{}')()).toMatchObject(E.left({ _tag: 'StoreUnavailable' }));
  });
});

describe('resuming the Mường Tè replay from a checkpoint in the same file', () => {
  const name = 'campaign-facts';
  const batchSize = 16;
  let path: string;
  let reference: CampaignFacts;

  const printed = (facts: CampaignFacts): string => {
    const report = buildCampaignReport(facts, { organisationId: org.district });
    return `${formatReport(report, 'vi')}\n${formatReport(report, 'en')}`;
  };

  const settings = (store: Pick<EventStore<CampaignEvent>, 'readAll'>, db: Database.Database) => ({
    store,
    checkpoints: makeSqliteCheckpointStore(db),
    name,
    projection: campaignFactsProjection,
    encode: encodeCampaignFacts,
    decode: decodeCampaignFacts,
    batchSize,
  });

  beforeAll(async () => {
    path = directory.file('muong-te');
    const db = await openDb(path);
    const store = makeSqliteEventStore(db, { codec: CampaignEvent });
    expect(await replayHistory(store, muongTeHistory)).toEqual(E.right(muongTeHistory.length));
    const log = await store.readAll()();
    if (E.isLeft(log)) throw new Error(log.left._tag);
    reference = runProjection(campaignFactsProjection, log.right);
    await store.close();
    db.close();
  });

  it('a run whose database closes after three batches (a crash), reopened and run again, ends with the figures of one uninterrupted fold', async () => {
    const db = await openDb(path);
    const store = makeSqliteEventStore(db, { codec: CampaignEvent });
    let reads = 0;
    const crashing: Pick<EventStore<CampaignEvent>, 'readAll'> = {
      readAll: (options) => {
        if (++reads === 4) db.close();
        return store.readAll(options);
      },
    };
    const interrupted = await runProjectionWithCheckpoints(settings(crashing, db))();
    expect(interrupted).toMatchObject(E.left({ _tag: 'StoreUnavailable', message: expect.stringMatching(/connection is closed/) }));

    const reopened = await openDb(path);
    try {
      const saved = await makeSqliteCheckpointStore(reopened).load(name)();
      expect(E.isRight(saved) && O.isSome(saved.right) ? saved.right.value.position : null, 'three batches were saved').toBe(3 * batchSize);
      const resumed = await runProjectionWithCheckpoints(settings(makeSqliteEventStore(reopened, { codec: CampaignEvent }), reopened))();
      if (E.isLeft(resumed)) return expect.unreachable(JSON.stringify(resumed.left));
      expect(resumed.right).toMatchObject({ resumedFrom: 3 * batchSize, position: reference.lastGlobalPosition, eventsFolded: reference.lastGlobalPosition - 3 * batchSize });
      expect(resumed.right.state).toEqual(reference);
      expect(printed(resumed.right.state)).toBe(printed(reference));
      expect(printed(reference)).toContain('3.573');

      // The checkpoint left in the file is the whole state: decoded alone, it gives the same figures.
      const last = await makeSqliteCheckpointStore(reopened).load(name)();
      if (E.isLeft(last) || O.isNone(last.right)) return expect.unreachable('the last checkpoint loads');
      const decoded = decodeCampaignFacts(JSON.parse(last.right.value.stateJson));
      expect(E.isRight(decoded) ? printed(decoded.right) : null).toBe(printed(reference));
    } finally {
      reopened.close();
    }
  });
});
