import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { StoredEventShape } from '../store/eventEnvelope';
import { makeInMemoryEventStore } from '../store/inMemoryEventStore';
import { cosignatureVerifier, cosigner, newCosignerKey } from './cosignature';
import { openCheckpoint, signCheckpoint } from './logCheckpoint';
import { readLogTree, type LogTree } from './logTree';
import { newNoteSignerKey, noteSigner, noteVerifier, type NoteSigner } from './noteKeys';
import { witnessCheckpoint, type WitnessState } from './witness';

const right = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(`expected Right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

const ORIGIN = 'ledger.example/muong-te';
const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const treeOf = async (numbers: ReadonlyArray<number>): Promise<LogTree> => {
  const store = makeInMemoryEventStore<StoredEventShape>({ clock: () => new Date('2010-12-31T00:00:00.000Z') });
  for (const [i, n] of numbers.entries()) await store.append('campaign', [{ id: uuid(i + 1), event: { type: 'Counted', data: { n } }, domainDate: null }])();
  return right(await readLogTree(store)());
};

const logSigner: NoteSigner = right(noteSigner(right(newNoteSignerKey(ORIGIN, new Uint8Array(32).fill(11)))));
const logVerifier = right(noteVerifier(logSigner.verifierKey));
const witnessKey = right(newCosignerKey('witness.example/w1', new Uint8Array(32).fill(12)));
const witnessAt = (timestamp: number): NoteSigner => right(cosigner(witnessKey, timestamp));
const witnessVerifier = right(cosignatureVerifier(witnessAt(0).verifierKey));

describe('a witness (c2sp.org/tlog-cosignature)', () => {
  it('cosigns checkpoints that extend the last one it cosigned, and a client sees its cosignature beside the log’s', async () => {
    const honest = await treeOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const first = right(witnessCheckpoint({ cosigner: witnessAt(1_700_000_000), log: logVerifier, note: signCheckpoint({ origin: ORIGIN, treeSize: 6, rootHash: honest.root(6) }, [logSigner]) }));
    expect(first.state).toEqual({ origin: ORIGIN, treeSize: 6, rootHash: honest.root(6) });
    const second = right(
      witnessCheckpoint({
        cosigner: witnessAt(1_700_000_100),
        log: logVerifier,
        last: first.state,
        note: signCheckpoint(honest.checkpoint(ORIGIN), [logSigner]),
        proof: right(honest.proveConsistency(6)),
      }),
    );
    expect(second.state.treeSize).toBe(10);
    expect(openCheckpoint(second.note, [logVerifier, witnessVerifier])).toMatchObject(
      E.right({ treeSize: 10, verifiedBy: [{ name: ORIGIN }, { name: 'witness.example/w1' }] }),
    );
    expect(second.note.split('\n').filter((line) => line.startsWith('\u2014 '))).toHaveLength(2);
  });

  it('detects a split view: the log shows a rewritten history of the same size, or a longer one built on it, and the witness refuses both', async () => {
    const honest = await treeOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const forked = await treeOf([1, 2, 3, 4, 5, 6, 7, 8, 90, 10, 11, 12]);
    const last: WitnessState = { origin: ORIGIN, treeSize: 10, rootHash: honest.root() };
    const sameSize = witnessCheckpoint({ cosigner: witnessAt(1_700_000_200), log: logVerifier, last, note: signCheckpoint({ origin: ORIGIN, treeSize: 10, rootHash: forked.root(10) }, [logSigner]) });
    expect(sameSize).toMatchObject(E.left({ _tag: 'WitnessRefused', reason: 'fork' }));
    const longer = witnessCheckpoint({
      cosigner: witnessAt(1_700_000_200),
      log: logVerifier,
      last,
      note: signCheckpoint(forked.checkpoint(ORIGIN), [logSigner]),
      proof: right(forked.proveConsistency(10)),
    });
    expect(longer).toMatchObject(E.left({ _tag: 'WitnessRefused', reason: 'inconsistent' }));
    // A client that asks for the witness's cosignature refuses what only the log signed.
    const unwitnessed = openCheckpoint(signCheckpoint(forked.checkpoint(ORIGIN), [logSigner]), [logVerifier, witnessVerifier]);
    expect(E.isRight(unwitnessed) && unwitnessed.right.verifiedBy.map((s) => s.name)).toEqual([ORIGIN]);
  });

  it('refuses a checkpoint the log did not sign, of another log, or smaller than the last; a changed cosignature does not verify', async () => {
    const honest = await treeOf([1, 2, 3, 4]);
    const stranger = right(noteSigner(right(newNoteSignerKey(ORIGIN, new Uint8Array(32).fill(13)))));
    const last: WitnessState = { origin: ORIGIN, treeSize: 4, rootHash: honest.root() };
    const ask = (note: string) => witnessCheckpoint({ cosigner: witnessAt(1), log: logVerifier, last, note });
    expect(ask(signCheckpoint(honest.checkpoint(ORIGIN), [stranger]))).toMatchObject(E.left({ reason: 'unsigned' }));
    expect(ask(signCheckpoint(honest.checkpoint('other.example/log'), [logSigner]))).toMatchObject(E.left({ reason: 'other-log' }));
    expect(ask(signCheckpoint({ origin: ORIGIN, treeSize: 3, rootHash: honest.root(3) }, [logSigner]))).toMatchObject(E.left({ reason: 'rollback' }));
    const cosigned = right(ask(signCheckpoint(honest.checkpoint(ORIGIN), [logSigner])));
    const lines = cosigned.note.split('\n');
    const witnessLine = lines.findIndex((line) => line.startsWith('\u2014 witness.example/w1 '));
    const changed = lines.map((line, i) => (i === witnessLine ? line.replace(/.(.)=*$/, (m, c: string) => m.replace(c, c === 'A' ? 'B' : 'A')) : line)).join('\n');
    expect(openCheckpoint(changed, [logVerifier, witnessVerifier])).toMatchObject(E.left({ _tag: 'NoteSignatureInvalid', keyName: 'witness.example/w1' }));
    expect(cosigner(witnessKey, -1)).toMatchObject(E.left({ _tag: 'NoteKeyMalformed' }));
    expect(cosigner(right(newNoteSignerKey('w', new Uint8Array(32))), 1)).toMatchObject(E.left({ message: 'the cosigner key is of signature type 1, not 4' }));
  });
});
