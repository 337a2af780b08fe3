import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { campaignEventTypes } from '../src/events/campaignEvent';
import { campaignEventSpecs } from '../src/events/campaignEventSpecs';
import { codecJsonSchema } from './codecJsonSchema';

// Golden snapshots of every event codec's JSON Schema, as version 1 of each type. Stored events
// are kept as they were written, forever: a codec that accepts other data than it did breaks the
// reading of the log unless the change comes as a new version with an upcaster of the old one.
// So a change fails here, naming the types that changed. A change that every stored event still
// passes (a new optional field) may be accepted: `UPDATE_GOLDEN=1 npx vitest run --project core
// test/eventSchemas.golden.test.ts` writes the file again; review its diff as a schema change.
const GOLDEN = fileURLToPath(new URL('./golden/eventSchemas.json', import.meta.url));

const current = Object.fromEntries(campaignEventTypes.map((type) => [`${type}@1`, codecJsonSchema(campaignEventSpecs[type].codec)]));

describe('the JSON Schema of every event codec', () => {
  it('is the golden one: a codec changed without a new version fails here, naming its type', () => {
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(GOLDEN, `${JSON.stringify(current, null, 2)}\n`);
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: write it with UPDATE_GOLDEN=1`).toBe(true);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, unknown>;
    const changed = Object.keys({ ...golden, ...current }).filter((key) => JSON.stringify(golden[key]) !== JSON.stringify(current[key]));
    expect(changed, 'event types whose codec changed: give each a new version and an upcaster, or accept a compatible change (see the comment above)').toEqual([]);
  });

  it('describes every event type, each field by name', () => {
    expect(Object.keys(current)).toHaveLength(campaignEventTypes.length);
    expect(JSON.stringify(current['ClassHeld@1'])).toContain('"organiserLevel"');
  });
});
