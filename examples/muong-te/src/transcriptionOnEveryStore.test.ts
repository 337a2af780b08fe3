import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CampaignEvent, type EventStore, asOfPosition, figureKey, makeCampaignLedger } from '@campaign-ledger/core';
import { CAMPAIGN_ID, org } from '@campaign-ledger/fixtures';
import { describeTranscriptionError, readTranscriptionYaml, recordTranscription } from '@campaign-ledger/transcription';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../../packages/eventstoredb/test/server/startTestServer';
import { adminQuery, databaseUrl, describeWithPostgres } from '../../../packages/postgres/test/testDatabases';
import { type StoreSpec, openStore } from '@campaign-ledger/cli';

const YAML = readFileSync(new URL('../muong-te.report.yaml', import.meta.url), 'utf8');

const record = async (store: EventStore<CampaignEvent>, text: string) => {
  const sourced = readTranscriptionYaml('muong-te.report.yaml', text);
  if (E.isLeft(sourced)) throw new Error(describeTranscriptionError(sourced.left));
  const recorded = await recordTranscription(store, sourced.right)();
  if (E.isLeft(recorded)) throw new Error(describeTranscriptionError(recorded.left));
  return recorded.right;
};

/** What one store holds after the transcription was recorded twice: how many events each time, and the log's digest. */
const recordTwice = async (spec: StoreSpec) => {
  let tick = Date.UTC(2011, 0, 20, 8, 0, 0);
  const store = await openStore(spec, { clock: () => new Date((tick += 1000)) });
  if (E.isLeft(store)) throw new Error(`cannot open ${spec._tag}: ${store.left._tag}`);
  try {
    const first = await record(store.right, YAML);
    const again = await record(store.right, YAML);
    const digest = await makeCampaignLedger({ store: store.right, campaignId: CAMPAIGN_ID }).digest()();
    if (E.isLeft(digest)) throw new Error(digest.left._tag);
    return { first: first.events.length, again: again.events.length, unchanged: again.unchanged, head: digest.right.headHash, count: digest.right.eventCount };
  } finally {
    await store.right.close();
  }
};

let dir: string;
let inMemory: Awaited<ReturnType<typeof recordTwice>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muong-te-transcription-'));
  inMemory = await recordTwice({ _tag: 'Memory' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('recording the Mường Tè transcription twice', () => {
  it('adds nothing the second time, in memory', () => {
    expect(inMemory.first).toBeGreaterThan(150);
    expect(inMemory.again).toBe(0);
    expect(inMemory.unchanged).toBe(inMemory.first);
  });

  it('adds nothing the second time in a SQLite file, and gives the same log, head hash included', async () => {
    expect(await recordTwice({ _tag: 'Sqlite', path: join(dir, 'muong-te.sqlite') })).toEqual(inMemory);
  });

  it('adds nothing the second time on EventStoreDB (the protocol-level test server), and gives the same log', async () => {
    const server = await startTestServer();
    try {
      expect(await recordTwice({ _tag: 'EventStoreDb', url: server.connectionString })).toEqual(inMemory);
    } finally {
      server.stop();
    }
  }, 120_000);
});

describeWithPostgres('recording the Mường Tè transcription twice in PostgreSQL', (adminUrl) => {
  it('adds nothing the second time, and gives the same log, head hash included', async () => {
    const database = `muong_te_transcription_${Date.now()}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${database}`);
    expect(await recordTwice({ _tag: 'Postgres', url: databaseUrl(adminUrl, database) })).toEqual(inMemory);
  });
});

describe('editing one figure of the transcription', () => {
  it('records one correction, and the as-of replay shows both versions', async () => {
    const store = await openStore({ _tag: 'Memory' });
    if (E.isLeft(store)) throw new Error('memory');
    const first = await record(store.right, YAML);
    // 2009: the report's 2.181 party members who studied, read as 2.118.
    const edited = YAML.replace('count: "2.181"', 'count: "2.118"');
    expect(edited).not.toBe(YAML);
    const second = await record(store.right, edited);
    expect(second.changes).toEqual([
      expect.objectContaining({ change: 'correct', factId: 'fact:2009/participants/party-members', type: 'ParticipationReported', changed: ['count'] }),
    ]);
    expect(second.events.map((e) => e.event.type)).toEqual(['FactCorrected']);
    const ledger = makeCampaignLedger({ store: store.right, campaignId: CAMPAIGN_ID });
    const key = figureKey({ measure: 'participants', period: 2009, organisationId: org.district, category: 'party-members', countUnit: 'person' });
    const before = await ledger.figures(asOfPosition(first.events.length))();
    const after = await ledger.figures()();
    if (E.isLeft(before) || E.isLeft(after)) throw new Error('figures');
    expect(before.right.figure(key).value).toBe(2181);
    expect(after.right.figure(key).value).toBe(2118);
    expect((await record(store.right, edited)).events).toEqual([]);
  });
});
