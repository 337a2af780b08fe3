import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { campaignEventTypes } from '../events/campaignEvent';
import { readCatalog, replaceCatalogTables } from './catalogMarkdown';

const docPath = fileURLToPath(new URL('../../../../docs/events.md', import.meta.url));

describe('the event catalog', () => {
  it('reads every event of the union with the command that records it', () => {
    const catalog = readCatalog();
    expect(catalog.map((e) => e.event)).toEqual(campaignEventTypes);
    for (const e of catalog) {
      expect(e.command).not.toBe('');
      expect(e.fields.some((f) => f.name === 'provenance' && f.required)).toBe(true);
    }
  });

  it('reads required and optional fields with their codec names', () => {
    const classHeld = readCatalog().find((e) => e.event === 'ClassHeld');
    expect(classHeld?.fields).toContainEqual({ name: 'classId', type: 'Id', required: true });
    expect(classHeld?.fields).toContainEqual({ name: 'bloc', type: 'Bloc', required: false });
  });

  it('is documented in docs/events.md exactly as the codecs define it (run npm run docs:catalog after a change)', () => {
    const doc = readFileSync(docPath, 'utf8');
    expect(replaceCatalogTables(doc)).toBe(doc);
  });
});
