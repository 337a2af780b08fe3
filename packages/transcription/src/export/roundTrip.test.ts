import { type CampaignEvent, type EventEnvelope, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { SMALL_REPORT } from '../../test/smallReport';
import { readTranscriptionYaml } from '../read/readYaml';
import { recordTranscription } from '../record/recordTranscription';
import { describeTranscriptionError } from '../transcriptionError';
import { exportTranscription } from './exportTranscription';
import { writeTranscriptionYaml } from './writeYaml';

const recordInto = async (store: ReturnType<typeof makeInMemoryEventStore<CampaignEvent>>, text: string) => {
  const sourced = readTranscriptionYaml('report.yaml', text);
  if (E.isLeft(sourced)) throw new Error(describeTranscriptionError(sourced.left));
  const recorded = await recordTranscription(store, sourced.right)();
  if (E.isLeft(recorded)) throw new Error(describeTranscriptionError(recorded.left));
  return recorded.right;
};

const logOf = async (store: ReturnType<typeof makeInMemoryEventStore<CampaignEvent>>) => {
  const log = await store.readAll()();
  if (E.isLeft(log)) throw new Error(log.left._tag);
  return log.right;
};

const exported = (log: ReadonlyArray<EventEnvelope<CampaignEvent>>): string => {
  const transcription = exportTranscription(log);
  if (E.isLeft(transcription)) throw new Error(transcription.left._tag);
  return writeTranscriptionYaml(transcription.right);
};

const content = (log: ReadonlyArray<EventEnvelope<CampaignEvent>>) => log.map((e) => ({ id: e.eventId, type: e.event.type, data: e.event.data, metadata: e.metadata }));

describe('the round trip: transcribe, record, export, transcribe again', () => {
  it('gives the same log', async () => {
    const first = makeInMemoryEventStore<CampaignEvent>();
    await recordInto(first, SMALL_REPORT);
    const text = exported(await logOf(first));
    const second = makeInMemoryEventStore<CampaignEvent>();
    await recordInto(second, text);
    expect(content(await logOf(second))).toEqual(content(await logOf(first)));
  });

  it('exports the current version of a corrected fact, which records nothing new into the same log', async () => {
    const store = makeInMemoryEventStore<CampaignEvent>();
    await recordInto(store, SMALL_REPORT);
    await recordInto(store, SMALL_REPORT.replace('count: "1.854"', 'count: "1.845"'));
    const text = exported(await logOf(store));
    expect(text).toContain('count: "1.845"');
    expect((await recordInto(store, text)).events).toEqual([]);
  });

  it('writes numbers as the report writes them, quoted where YAML would read a number', () => {
    const sourced = readTranscriptionYaml('report.yaml', SMALL_REPORT);
    if (E.isLeft(sourced)) throw new Error('read');
    const text = writeTranscriptionYaml(sourced.right.transcription);
    expect(text).toContain('count: "1.854"');
    expect(text).toContain('number: trên 12.360');
    expect(text).toContain('at: "9.2"');
  });
});
