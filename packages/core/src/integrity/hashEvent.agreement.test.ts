import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalContent } from './canonicalContent';
import { GENESIS_HASH, type SealInput } from './eventSeal';
import { hashEvent } from './hashEvent';

const nodeSha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const input = (note: string): SealInput => ({
  eventId: '00000000-0000-4000-8000-000000000001',
  stream: 'campaign-mường-tè',
  streamRevision: 0,
  globalPosition: 1,
  recordedAt: '2024-05-01T10:00:00.000Z',
  domainDate: null,
  event: { type: 'Noted', data: { note } },
  metadata: {},
  previousStreamHash: GENESIS_HASH,
  previousGlobalHash: GENESIS_HASH,
});

// Every hash stored before the core became portable was node:crypto's; the portable SHA-256 must
// give the same digest for every content, not only for the pinned examples.
describe('hashEvent agrees with node:crypto', () => {
  it('on contents of every length across several SHA-256 blocks', () => {
    const base = canonicalContent(input('')).length;
    // Notes from 0 to 200 characters move the content across the 55/56/64-byte padding edges of 3 blocks and more.
    for (let n = 0; n <= 200; n++) {
      const sealed = input('x'.repeat(n));
      expect(canonicalContent(sealed)).toHaveLength(base + n);
      expect(hashEvent(sealed), `note of ${n} characters`).toBe(nodeSha256(canonicalContent(sealed)));
    }
  });

  it('on Vietnamese text, astral characters and escapes', () => {
    for (const note of ['Học tập và làm theo tấm gương đạo đức Hồ Chí Minh', 'Mường Tè 𠀧𨑮 🇻🇳', 'tab\there "quoted" \\ back\nline', '\u0000\u001f\ud800']) {
      const sealed = input(note);
      expect(hashEvent(sealed), JSON.stringify(note)).toBe(nodeSha256(canonicalContent(sealed)));
    }
  });
});
