import { campaignFactsProjection, figureKey, figureOf, runProjection, verifyLog } from '@campaign-ledger/core';
import { direction, org, replayHistory, setup, year2007 } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openEventStoreDbLedger } from '../test/openEventStoreDbLedger';
import { startTestServer, type TestServer } from '../test/server/startTestServer';

// The set-up, the direction and the year 2007 of the Mường Tè history (58 commands): the whole
// history replays the same way, but each command reads its stream whole, which takes seconds.
const history = [...setup, ...direction, ...year2007];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

it('the example of docs/adapters/eventstoredb.md: record the Mường Tè history to 2007, then read it back, fold it and verify it from a new connection', { timeout: 30_000 }, async () => {
  const writing = openEventStoreDbLedger(server.connectionString);
  expect(await replayHistory(writing, history)).toEqual(E.right(history.length));
  await writing.close();

  const reading = openEventStoreDbLedger(server.connectionString);
  try {
    const log = await reading.readAll()();
    if (E.isLeft(log)) return expect.unreachable(JSON.stringify(log.left));
    expect(log.right.map((e) => e.globalPosition)).toEqual(log.right.map((_, i) => i + 1));
    expect(new Set(log.right.map((e) => e.stream))).toEqual(new Set(['campaign-muong-te']));
    const facts = runProjection(campaignFactsProjection, log.right);
    const classes2007 = figureKey({ measure: 'classes', period: 2007, organisationId: org.district });
    expect(figureOf(facts, classes2007)).toMatchObject({ status: 'computed', value: 24 });
    const verified = await verifyLog(reading)();
    expect(verified).toEqual(E.right(expect.objectContaining({ _tag: 'Intact', eventCount: log.right.length })));
  } finally {
    await reading.close();
  }
});
