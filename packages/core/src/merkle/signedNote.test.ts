import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { checkpointText, openCheckpoint, parseCheckpointText, signCheckpoint } from './logCheckpoint';
import { newNoteSignerKey, noteSigner, noteVerifier, type NoteSigner, type NoteVerifier } from './noteKeys';
import { openNote, signNote } from './signedNote';

const right = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(`expected Right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

// Published examples: Go's golang.org/x/mod/sumdb/note (ExampleSign, ExampleOpen) and
// c2sp.org/signed-note (its example verifier key and note).
const PETER_SIGNER = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const PETER_VERIFIER = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const PETER_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_NOTE = `${PETER_TEXT}\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;
const C2SP_VERIFIER = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k';
const C2SP_NOTE = 'This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n';

describe('signed notes (c2sp.org/signed-note) on published examples', () => {
  const peter: NoteSigner = right(noteSigner(PETER_SIGNER));
  const peterVerifier: NoteVerifier = right(noteVerifier(PETER_VERIFIER));

  it("signs Go's example note with its key, byte for byte, and derives its published verifier key", () => {
    expect(signNote(PETER_TEXT, [peter])).toBe(PETER_NOTE);
    expect(peter.verifierKey).toBe(PETER_VERIFIER);
    expect(peter.keyId.toString(16)).toBe('c74f20a3');
  });

  it("opens Go's example and the specification's example with their verifier keys", () => {
    expect(openNote(PETER_NOTE, [peterVerifier])).toEqual(E.right({ text: PETER_TEXT, verifiedBy: [{ name: 'PeterNeumann', keyId: 0xc74f20a3 }], unknown: [] }));
    expect(openNote(C2SP_NOTE, [right(noteVerifier(C2SP_VERIFIER))])).toMatchObject(E.right({ text: 'This is an example message.\n', verifiedBy: [{ name: 'example.com/foo' }] }));
  });

  it('refuses a note whose text was changed, one no known key signed, and one that is no note, saying which', () => {
    expect(openNote(PETER_NOTE.replace('answer', 'question'), [peterVerifier])).toMatchObject(E.left({ _tag: 'NoteSignatureInvalid', keyName: 'PeterNeumann' }));
    expect(openNote(PETER_NOTE, [right(noteVerifier(C2SP_VERIFIER))])).toMatchObject(E.left({ _tag: 'NoteUnverified', message: 'no signature by a known key (signed by PeterNeumann; known: example.com/foo)' }));
    expect(openNote(PETER_TEXT, [peterVerifier])).toMatchObject(E.left({ _tag: 'NoteMalformed' }));
    expect(openNote(`${PETER_TEXT}\n— PeterNeumann not-base64!\n`, [peterVerifier])).toMatchObject(E.left({ _tag: 'NoteMalformed', message: expect.stringMatching(/^signature line 1 /) as unknown }));
  });

  it('ignores the signature of a key it does not know beside one it knows, and lists it', () => {
    const other = right(noteSigner(right(newNoteSignerKey('witness.example/w1', new Uint8Array(32).fill(7)))));
    const note = signNote(PETER_TEXT, [peter, other]);
    expect(openNote(note, [peterVerifier])).toMatchObject(E.right({ verifiedBy: [{ name: 'PeterNeumann' }], unknown: [{ name: 'witness.example/w1', keyId: other.keyId }] }));
  });

  it('makes a signer key from the 32 random bytes the application gives, and refuses bad names and seeds', () => {
    const key = right(newNoteSignerKey('ledger.example/muong-te', new Uint8Array(32).fill(1)));
    expect(key).toMatch(/^PRIVATE\+KEY\+ledger\.example\/muong-te\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
    const signer = right(noteSigner(key));
    expect(openNote(signNote('a\n', [signer]), [right(noteVerifier(signer.verifierKey))])).toMatchObject(E.right({ text: 'a\n' }));
    expect(newNoteSignerKey('has space', new Uint8Array(32))).toMatchObject(E.left({ _tag: 'NoteKeyMalformed' }));
    expect(newNoteSignerKey('ok', new Uint8Array(31))).toMatchObject(E.left({ _tag: 'NoteKeyMalformed', message: 'an Ed25519 key needs a seed of 32 random bytes' }));
    expect(noteVerifier('PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toMatchObject(E.left({ _tag: 'NoteKeyMalformed', message: "the verifier key's id c74f20a4 is not the id of its key" }));
  });
});

describe('log checkpoints (c2sp.org/tlog-checkpoint)', () => {
  // The specification's example checkpoint text.
  const EXAMPLE = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';

  it("reads the specification's example and writes it back the same", () => {
    const checkpoint = right(parseCheckpointText(EXAMPLE));
    expect(checkpoint).toEqual({ origin: 'example.com/behind-the-sofa', treeSize: 20852163, rootHash: '0ac5186a91863e8e1d90c808014aa89bf5da8e3ee1d9f07630f0378f68f1ab62' });
    expect(checkpointText(checkpoint)).toBe(EXAMPLE);
  });

  it('signs a checkpoint and opens it with the verifier key; a changed size or root breaks the signature', () => {
    const signer = right(noteSigner(right(newNoteSignerKey('ledger.example/muong-te', new Uint8Array(32).fill(9)))));
    const verifier = right(noteVerifier(signer.verifierKey));
    const checkpoint = { origin: 'ledger.example/muong-te', treeSize: 180, rootHash: 'ab'.repeat(32) };
    const note = signCheckpoint(checkpoint, [signer]);
    expect(openCheckpoint(note, [verifier])).toEqual(E.right({ ...checkpoint, verifiedBy: [{ name: 'ledger.example/muong-te', keyId: signer.keyId }] }));
    expect(openCheckpoint(note.replace('\n180\n', '\n179\n'), [verifier])).toMatchObject(E.left({ _tag: 'NoteSignatureInvalid' }));
  });

  it('names the line of a checkpoint text that is wrong', () => {
    expect(parseCheckpointText('a\n01\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n')).toMatchObject(E.left({ _tag: 'CheckpointMalformed', message: 'line 2, the tree size, is not a decimal number without leading zeros: "01"' }));
    expect(parseCheckpointText('a\n1\nAAAA\n')).toMatchObject(E.left({ message: 'line 3, the root hash, is not the base64 of 32 bytes: "AAAA"' }));
    expect(parseCheckpointText('a\n1\n')).toMatchObject(E.left({ message: 'a checkpoint has at least three lines (origin, tree size, root hash), not 2' }));
  });
});
