import type { EventEnvelope } from '@campaign-ledger/core';
import { hashEvent } from '@campaign-ledger/core/adapter';
import { describe, expect, it } from 'vitest';
import { eventLineOf, eventsFileLine } from './eventsFile';

const GENESIS = '0'.repeat(64);
const sealed = (event: { readonly type: string; readonly data: unknown }) => {
  const content = {
    eventId: '6f1c2b0e-3d4a-4b5c-8d6e-7f8091a2b3c4',
    stream: 'campaign-muong-te',
    streamRevision: 0,
    globalPosition: 1,
    recordedAt: '2026-12-03T00:00:00.000Z',
    domainDate: '2010-12-31',
    event,
    metadata: {},
    previousStreamHash: GENESIS,
    previousGlobalHash: GENESIS,
  };
  return { ...content, hash: hashEvent(content) };
};

describe('an events file line', () => {
  it('holds the event as the store returned it', () => {
    const envelope = sealed({ type: 'Noted', data: { text: 'học tập' } });
    expect(eventLineOf(envelope)).toMatchObject({ type: 'Noted', data: { text: 'học tập' }, hash: envelope.hash });
  });

  it('holds an event read in a later version in its stored form, the one its hash covers', () => {
    const stored = sealed({ type: 'ParticipantsCounted', data: { count: 12360 } });
    const upcast: EventEnvelope<{ readonly type: string; readonly data: unknown }> = {
      ...stored,
      event: { type: 'ParticipantsCounted', data: { count: 12360, unit: 'person' } },
      storedEvent: stored.event,
    };
    const line = JSON.parse(eventsFileLine(upcast)) as { readonly type: string; readonly data: unknown; readonly hash: string };
    expect([line.type, line.data]).toEqual(['ParticipantsCounted', { count: 12360 }]);
    expect(hashEvent({ ...upcast, event: { type: line.type, data: line.data }, storedEvent: undefined })).toBe(line.hash);
  });
});
