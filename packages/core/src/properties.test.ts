// Properties checked on values fast-check draws, as well as on the examples of each module's tests:
// the decoders never throw whatever JSON they are given, canonical JSON is one text per value
// whatever its key order, and the in-memory store gives back exactly any JSON value it accepts.
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeRuleSet } from './audit/validationRule';
import { CampaignCommand } from './commands/campaignCommand';
import { CampaignEvent, campaignEventTypes } from './events/campaignEvent';
import { canonicalJson } from './store/canonicalJson';
import { makeInMemoryEventStore } from './store/inMemoryEventStore';

const RUNS = 300;

// Any JSON, and objects shaped like an event or a command of a real type with any data, so that
// the codecs get past their first check.
const anyJson = fc.jsonValue();
const typedObject = fc.record({ type: fc.constantFrom(...campaignEventTypes, 'RecordClass', 'Unknown'), data: anyJson });

// JSON values as a store keeps them: no -0 (JSON text writes it as 0) and no nesting past the limit.
const storableJson = fc.jsonValue({ maxDepth: 6, noUnicodeString: false }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

// The same object with its keys written in another order, at every depth.
const reordered = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(reordered);
  if (typeof u !== 'object' || u === null) return u;
  return Object.fromEntries(Object.entries(u).reverse().map(([k, v]) => [k, reordered(v)]));
};

describe('properties', () => {
  it('the event and command codecs and the rule-set decoder return a value for any JSON, and never throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, typedObject), (input) => {
        // A throw fails the property; each answer must be an Either.
        const tags = [CampaignEvent.decode(input)._tag, CampaignCommand.decode(input)._tag, decodeRuleSet(input)._tag];
        for (const tag of tags) expect(['Left', 'Right']).toContain(tag);
      }),
      { numRuns: RUNS },
    );
  });

  it('canonical JSON writes one text for a value whatever the order of its keys, and parses back to it', () => {
    fc.assert(
      fc.property(storableJson, (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reordered(value))).toBe(text);
        expect(JSON.parse(text)).toEqual(value);
      }),
      { numRuns: RUNS },
    );
  });

  it('the in-memory store gives back exactly the data and metadata of any event it accepts', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(storableJson, fc.dictionary(fc.string(), fc.string()), fc.uuid({ version: 4 }), async (data, metadata, id) => {
        const store = makeInMemoryEventStore();
        const appended = await store.append('s', [{ id, event: { type: 'Any', data }, domainDate: null, metadata }])();
        if (E.isLeft(appended)) return; // refused with a reason (a lone surrogate, say): nothing to give back
        accepted++;
        const read = await store.readStream('s')();
        expect(E.isRight(read)).toBe(true);
        if (E.isRight(read)) {
          expect(read.right[0]?.event.data).toEqual(data);
          expect(read.right[0]?.metadata).toEqual(metadata);
        }
      }),
      { numRuns: RUNS },
    );
    // Most drawn values are storable: the property was not passed by refusing them.
    expect(accepted).toBeGreaterThan(RUNS * 0.9);
  });
});
