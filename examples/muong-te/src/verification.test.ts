import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CampaignEvent, exportDigest, makeInMemoryEventStore, verifyDigest, verifyLog } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { replayDeterministically } from './deterministicReplay';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/audit.md', import.meta.url)), 'utf8');
const documented = (marker: string): string => {
  const block = new RegExp(`<!-- audit:${marker} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (block?.[1] === undefined) throw new Error(`docs/audit.md has no block ${marker}`);
  return block[1];
};

describe('verifying the Mường Tè log', () => {
  it('exports the digest docs/audit.md quotes, and the digest holds', async () => {
    const { store } = await replayDeterministically();
    const digest = await exportDigest(store)();
    expect(digest).toEqual(E.right(JSON.parse(documented('digest'))));
    if (E.isLeft(digest)) return;
    expect(await verifyDigest(store, digest.right)()).toEqual(E.right(expect.objectContaining({ _tag: 'Holds' })));
  });

  it('finds a count changed in storage at its position, as docs/audit.md shows, and the digest no longer holds', async () => {
    const { store, storage } = await replayDeterministically();
    const digest = await exportDigest(store)();
    const index = storage.log.findIndex((e) => e.event.type === 'ParticipationReported' && e.event.data.factId === 'fact:2007/participants/party-members');
    const original = storage.log[index];
    if (original === undefined || original.event.type !== 'ParticipationReported') throw new Error('fact not found');
    storage.log[index] = { ...original, event: { ...original.event, data: { ...original.event.data, count: 1895 as typeof original.event.data.count } } };
    const reopened = makeInMemoryEventStore({ codec: CampaignEvent, storage });
    const verified = await verifyLog(reopened)();
    if (E.isLeft(verified) || verified.right._tag !== 'Broken') throw new Error('the tampering was not found');
    const { kind, globalPosition, message } = verified.right.problem;
    expect(`${kind} at position ${globalPosition}: ${message}\n`).toBe(documented('tampered'));
    if (E.isLeft(digest)) throw new Error('no digest');
    const check = await verifyDigest(reopened, digest.right)();
    expect(E.isRight(check) && check.right._tag).toBe('Broken');
  });
});
