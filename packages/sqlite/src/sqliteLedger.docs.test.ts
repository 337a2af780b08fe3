import { CampaignEvent, figureKey, figureOf } from '@campaign-ledger/core';
import { muongTeHistory, org, replayHistory } from '@campaign-ledger/fixtures';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, expect, it } from 'vitest';
import { refreshCampaignFacts } from '../test/refreshCampaignFacts';
import { makeTempDirectory } from '../test/tempDirectory';
import { openSqliteEventStore } from './openSqliteEventStore';

const directory = makeTempDirectory();
afterAll(() => directory.remove());

it('the example of docs/adapters/sqlite.md: record the Mường Tè history in a file, then refresh the facts twice from their checkpoint', async () => {
  const path = directory.file('muong-te');
  const opened = await openSqliteEventStore(path, { codec: CampaignEvent })();
  if (E.isLeft(opened)) return expect.unreachable(JSON.stringify(opened.left));
  expect(await replayHistory(opened.right, muongTeHistory)).toEqual(E.right(muongTeHistory.length));
  await opened.right.close();

  const first = await refreshCampaignFacts(path);
  if (E.isLeft(first)) return expect.unreachable(JSON.stringify(first.left));
  expect(first.right).toMatchObject({ resumedFrom: 0, eventsFolded: muongTeHistory.length });
  const classes2007 = figureKey({ measure: 'classes', period: 2007, organisationId: org.district });
  expect(figureOf(first.right.state, classes2007)).toMatchObject({ status: 'computed', value: 24 });

  const second = await refreshCampaignFacts(path);
  if (E.isLeft(second)) return expect.unreachable(JSON.stringify(second.left));
  expect(second.right).toMatchObject({ resumedFrom: muongTeHistory.length, eventsFolded: 0 });
  expect(second.right.state).toEqual(first.right.state);
});
