import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CampaignReport } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../../packages/eventstoredb/test/server/startTestServer';
import { adminQuery, databaseUrl, describeWithPostgres } from '../../../packages/postgres/test/testDatabases';
import { muongTeReport } from './muongTeReport';
import { type StoreSpec, openStore } from '@campaign-ledger/cli';

// Every store, given the same transcription (whose event ids are derived from it) and the same clock, must produce the very same report: the same
// figures, the same lineage (event ids), the same audit and the same head hash.
const reportFrom = async (spec: StoreSpec): Promise<CampaignReport> => {
  let tick = Date.UTC(2011, 0, 20, 8, 0, 0);
  const store = await openStore(spec, { clock: () => new Date((tick += 1000)) });
  if (E.isLeft(store)) throw new Error(`cannot open ${spec._tag}: ${store.left._tag}`);
  const report = await muongTeReport(store.right);
  await store.right.close();
  if (E.isLeft(report)) throw new Error(`${spec._tag}: ${JSON.stringify(report.left)}`);
  return report.right;
};

let dir: string;
let inMemory: CampaignReport;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muong-te-stores-'));
  inMemory = await reportFrom({ _tag: 'Memory' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the same report from every store', () => {
  it('gives the in-memory report from a SQLite file', async () => {
    const fromSqlite = await reportFrom({ _tag: 'Sqlite', path: join(dir, 'muong-te.sqlite') });
    expect(fromSqlite).toEqual(inMemory);
    expect(fromSqlite.audit?.log._tag).toBe('Intact');
  });

  it('reports from the history a SQLite file already holds, without recording it again', async () => {
    const path = join(dir, 'again.sqlite');
    const first = await reportFrom({ _tag: 'Sqlite', path });
    const second = await reportFrom({ _tag: 'Sqlite', path });
    expect(second).toEqual(first);
    expect(second.eventCount).toBe(inMemory.eventCount);
  });
});

describeWithPostgres('the same report from PostgreSQL', (adminUrl) => {
  it('gives the in-memory report from a PostgreSQL database, migrated on open', async () => {
    const database = `muong_te_${Date.now()}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${database}`);
    const fromPostgres = await reportFrom({ _tag: 'Postgres', url: databaseUrl(adminUrl, database) });
    expect(fromPostgres).toEqual(inMemory);
    const again = await reportFrom({ _tag: 'Postgres', url: databaseUrl(adminUrl, database) });
    expect(again).toEqual(inMemory);
  });
});

describe('the same report from EventStoreDB', () => {
  it('gives the in-memory report over gRPC, from the protocol-level test server', async () => {
    const server = await startTestServer();
    try {
      const fromEventStoreDb = await reportFrom({ _tag: 'EventStoreDb', url: server.connectionString });
      expect(fromEventStoreDb).toEqual(inMemory);
      const again = await reportFrom({ _tag: 'EventStoreDb', url: server.connectionString });
      expect(again).toEqual(inMemory);
    } finally {
      server.stop();
    }
  }, 120_000);
});
