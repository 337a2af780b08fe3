import { type CampaignEvent, type CampaignReport, makeCampaignLedger, makeInMemoryEventStore } from '@campaign-ledger/core';
import { CAMPAIGN_ID, muongTeHistory, org, replayHistory } from '@campaign-ledger/fixtures';
import { describeTranscriptionError, readTranscriptionYaml, recordTranscription } from '@campaign-ledger/transcription';
import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const TRANSCRIPTION = new URL('../muong-te.report.yaml', import.meta.url);

const fromTranscription = async (): Promise<CampaignReport> => {
  const store = makeInMemoryEventStore<CampaignEvent>();
  const sourced = readTranscriptionYaml('muong-te.report.yaml', readFileSync(TRANSCRIPTION, 'utf8'));
  if (E.isLeft(sourced)) throw new Error(describeTranscriptionError(sourced.left));
  const recorded = await recordTranscription(store, sourced.right)();
  if (E.isLeft(recorded)) throw new Error(describeTranscriptionError(recorded.left));
  const report = await makeCampaignLedger({ store, campaignId: CAMPAIGN_ID, organisationId: org.district }).report()();
  if (E.isLeft(report)) throw new Error(report.left._tag);
  return report.right.report;
};

// The same report as the TypeScript commands of @campaign-ledger/fixtures, which the packages' tests share.
const fromHistory = async (): Promise<CampaignReport> => {
  const store = makeInMemoryEventStore<CampaignEvent>();
  const replayed = await replayHistory(store, muongTeHistory);
  if (E.isLeft(replayed)) throw new Error(replayed.left.message);
  const report = await makeCampaignLedger({ store, campaignId: CAMPAIGN_ID, organisationId: org.district }).report()();
  if (E.isLeft(report)) throw new Error(report.left._tag);
  return report.right.report;
};

// What differs between two logs of the same facts: the events' ids and hashes, and where each sentence stands.
const withoutLogDetails = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(withoutLogDetails);
  if (typeof u !== 'object' || u === null) return u;
  return Object.fromEntries(
    Object.entries(u)
      .filter(([k]) => !/eventIds?$/i.test(k) && !['locator', 'recordedAt', 'headHash', 'hash', 'globalPosition', 'position'].includes(k))
      .map(([k, v]) => [k, withoutLogDetails(v)]),
  );
};

describe('the Mường Tè transcription', () => {
  it('gives exactly the figures and the audit of the TypeScript history the packages test with', async () => {
    const [transcribed, history] = await Promise.all([fromTranscription(), fromHistory()]);
    expect(withoutLogDetails(transcribed)).toEqual(withoutLogDetails(history));
  });
});
