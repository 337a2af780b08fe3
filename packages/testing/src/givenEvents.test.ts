import { type EventEnvelope, type Projection } from '@campaign-ledger/core';
import { GENESIS_HASH, hashEvent } from '@campaign-ledger/core/adapter';
import { describe, expect, it } from 'vitest';
import { envelopesFor } from './envelopesFor';
import { givenEvents } from './givenEvents';

type Tick = { readonly type: 'Tick'; readonly data: { readonly n: number } };
const tick = (n: number): Tick => ({ type: 'Tick', data: { n } });

// Sums the ticks and remembers the last position: a pure fold over envelopes.
const sum: Projection<Tick, { readonly total: number; readonly last: number }> = {
  init: () => ({ total: 0, last: 0 }),
  evolve: (state, envelope) => ({ total: state.total + envelope.event.data.n, last: envelope.globalPosition }),
};

describe('envelopesFor', () => {
  it('numbers events from 1 with no gaps, ids evt-<position>, one second apart, sealed in one chain', () => {
    const envelopes = envelopesFor([tick(5), tick(6)], { stream: 's', domainDateOf: () => '2010-01-01' });
    expect(envelopes[0]?.previousGlobalHash).toBe(GENESIS_HASH);
    expect(envelopes[1]?.previousGlobalHash).toBe(envelopes[0]?.hash);
    expect(envelopes[1]?.previousStreamHash).toBe(envelopes[0]?.hash);
    expect(envelopes.map((e) => hashEvent(e))).toEqual(envelopes.map((e) => e.hash));
    expect(envelopes).toMatchObject([
      {
        eventId: 'evt-1',
        stream: 's',
        streamRevision: 0,
        globalPosition: 1,
        recordedAt: '2024-01-01T00:00:00.000Z',
        domainDate: '2010-01-01',
        event: tick(5),
        metadata: {},
      },
      {
        eventId: 'evt-2',
        stream: 's',
        streamRevision: 1,
        globalPosition: 2,
        recordedAt: '2024-01-01T00:00:01.000Z',
        domainDate: '2010-01-01',
        event: tick(6),
        metadata: {},
      },
    ]);
  });

  it('starts where asked and refuses a position below 1', () => {
    expect(envelopesFor([tick(1)], { firstPosition: 8 }).map((e) => [e.eventId, e.globalPosition, e.streamRevision])).toEqual([['evt-8', 8, 7]]);
    expect(() => envelopesFor([tick(1)], { firstPosition: 0 })).toThrow(RangeError);
  });
});

describe('givenEvents', () => {
  it('folds bare events with positions, and asserts the whole state or part of it', () => {
    const projected = givenEvents(sum, [tick(2), tick(3)]);
    expect(projected.then({ total: 5, last: 2 })).toEqual({ total: 5, last: 2 });
    expect(() => projected.then({ total: 5, last: 3 })).toThrow();
    projected.thenSatisfies((state) => expect(state.total).toBe(5));
  });

  it('takes envelopes as they are, and any function of envelopes as the projector', () => {
    const envelopes = envelopesFor([tick(2), tick(3)], { firstPosition: 40 });
    expect(givenEvents(sum, envelopes).state).toEqual({ total: 5, last: 41 });
    const positions = (es: ReadonlyArray<EventEnvelope<Tick>>) => es.map((e) => e.globalPosition);
    givenEvents(positions, envelopes).then([40, 41]);
  });

  it('refuses a history mixing events and envelopes', () => {
    const [envelope] = envelopesFor([tick(1)]);
    expect(() => givenEvents(sum, [tick(1), envelope] as never)).toThrow(/mix/);
  });

  it('fails when folding the same envelopes twice gives another state', () => {
    let calls = 0;
    const impure: Projection<Tick, number> = { init: () => 0, evolve: (s) => s + ++calls };
    expect(() => givenEvents(impure, [tick(1)])).toThrow(/twice/);
  });
});
