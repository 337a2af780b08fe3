import { makeInMemoryEventStore } from '@campaign-ledger/core';
import { newNoteSignerKey, noteSigner, readLogTree, signCheckpoint, type NoteSigner } from '@campaign-ledger/core/merkle';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { eventsFileOf } from '../eventsFile';
import { CHECKPOINT_PROOFS_FORMAT, checkEmbeddedCheckpoint, describeCheckpointCheck } from './embeddedCheckpoint';

const right = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(`expected Right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

const signerOf = (fill: number): NoteSigner => right(noteSigner(right(newNoteSignerKey('ledger.example/muong-te', new Uint8Array(32).fill(fill)))));

/** A small log as a page embeds it, its tree, and a checkpoint with the proofs of its first three events. */
const page = async () => {
  const store = makeInMemoryEventStore({ clock: () => new Date('2011-01-20T00:00:00.000Z') });
  for (let n = 1; n <= 5; n += 1) {
    await store.append('campaign-muong-te', [{ id: `00000000-0000-4000-8000-00000000000${n}`, event: { type: 'Counted', data: { n } }, domainDate: null }])();
  }
  const envelopes = right(await store.readAll()());
  const tree = right(await readLogTree(store)());
  const signer = signerOf(3);
  const proofs = envelopes.slice(0, 3).map((e) => ({ eventId: e.eventId, proof: right(tree.proveInclusion(e.globalPosition)) }));
  const embedded = { format: CHECKPOINT_PROOFS_FORMAT, note: signCheckpoint(tree.checkpoint('ledger.example/muong-te'), [signer]), verifierKey: signer.verifierKey, proofs };
  return { events: eventsFileOf(null, envelopes), tree, signer, embedded };
};

describe("the page's check of its embedded checkpoint", () => {
  it('holds when the key signed it, the log extends it and every proof leads to its root', async () => {
    const { events, embedded } = await page();
    const check = await checkEmbeddedCheckpoint(events, JSON.stringify(embedded));
    expect(check).toEqual({ _tag: 'Holds', origin: 'ledger.example/muong-te', treeSize: 5, proofCount: 3 });
    expect(describeCheckpointCheck(check, 'en')).toBe('Checked in this browser: the log extends the checkpoint ledger.example/muong-te (5 events), and the proofs of all 3 events behind the figures hold.');
  });

  it('refuses a checkpoint another key signed, one that is no JSON, and one of another format', async () => {
    const { events, embedded } = await page();
    const other = signerOf(4);
    expect(await checkEmbeddedCheckpoint(events, JSON.stringify({ ...embedded, verifierKey: other.verifierKey }))).toMatchObject({ _tag: 'Refused', reason: expect.stringMatching(/^no signature by a known key/) as unknown });
    expect(await checkEmbeddedCheckpoint(events, '{')).toMatchObject({ _tag: 'Refused' });
    expect(await checkEmbeddedCheckpoint(events, JSON.stringify({ ...embedded, format: 'other' }))).toMatchObject({ _tag: 'Refused', reason: `the embedded checkpoint is not ${CHECKPOINT_PROOFS_FORMAT}` });
  });

  it('names a log that does not extend the checkpoint, and a proof that does not hold', async () => {
    const { events, embedded, signer, tree } = await page();
    const forged = signCheckpoint({ origin: 'ledger.example/muong-te', treeSize: 5, rootHash: 'ab'.repeat(32) }, [signer]);
    expect(await checkEmbeddedCheckpoint(events, JSON.stringify({ ...embedded, note: forged }))).toMatchObject({ _tag: 'NotExtended', kind: 'Fork' });
    const wrongProof = { ...embedded, proofs: [{ eventId: embedded.proofs[0]?.eventId, proof: right(tree.proveInclusion(2)) }] };
    expect(await checkEmbeddedCheckpoint(events, JSON.stringify(wrongProof))).toMatchObject({ _tag: 'ProofFails', position: 1 });
  });
});
