import * as E from 'fp-ts/lib/Either.js';
import { base64OfBytes, bytesOfBase64 } from './base64';
import type { NoteSigner, NoteVerifier } from './noteKeys';

/** Why a signed note is refused. */
export type NoteError =
  /** Not a signed note: no blank line before the signatures, a bad signature line, a control character. */
  | { readonly _tag: 'NoteMalformed'; readonly message: string }
  /** A signature by a known key does not verify: the note was changed, or signed by another key with the same name and id. */
  | { readonly _tag: 'NoteSignatureInvalid'; readonly keyName: string; readonly message: string }
  /** No signature by a known key. */
  | { readonly _tag: 'NoteUnverified'; readonly message: string };

/** A signature line of a note, by its key's name and id. */
export interface NoteSignature {
  readonly name: string;
  readonly keyId: number;
}

/** A note whose signatures were checked: its text, the known keys that signed it, and the signatures of keys not known here. */
export interface OpenedNote {
  readonly text: string;
  readonly verifiedBy: ReadonlyArray<NoteSignature>;
  readonly unknown: ReadonlyArray<NoteSignature>;
}

const EM_DASH = '\u2014';
const MAX_SIGNATURES = 100;
const utf8 = new TextEncoder();

const noteFailure = (message: string): E.Either<NoteError, never> => E.left({ _tag: 'NoteMalformed', message });

/** Whether a text may be a note's text: ends with a newline, no control character but newlines, no lone surrogate. */
const textProblem = (text: string): string | null => {
  if (typeof text !== 'string' || !text.endsWith('\n')) return 'the text of a note ends with a newline';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) return 'the text of a note holds no control characters but newlines';
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return 'the text of a note is valid Unicode (no lone surrogate)';
  return null;
};

const signatureBytes = (keyId: number, signature: Uint8Array): Uint8Array => {
  const bytes = new Uint8Array(4 + signature.length);
  bytes[0] = keyId >>> 24;
  bytes[1] = (keyId >>> 16) & 0xff;
  bytes[2] = (keyId >>> 8) & 0xff;
  bytes[3] = keyId & 0xff;
  bytes.set(signature, 4);
  return bytes;
};

/** One signature line of a note: `— <key name> <base64(key id ‖ signature of the text)>`, with its newline. */
export const noteSignatureLine = (signer: NoteSigner, text: string): string =>
  `${EM_DASH} ${signer.name} ${base64OfBytes(signatureBytes(signer.keyId, signer.sign(utf8.encode(text))))}\n`;

/**
 * A signed note (c2sp.org/signed-note): the text, a blank line, and one line per signer,
 * `— <key name> <base64(key id ‖ signature)>`. Throws a RangeError for a text no note can carry
 * (the caller built it).
 */
export const signNote = (text: string, signers: ReadonlyArray<NoteSigner>): string => {
  const problem = textProblem(text);
  if (problem !== null) throw new RangeError(`signNote: ${problem}`);
  if (signers.length === 0) throw new RangeError('signNote: a note needs at least one signer');
  return `${text}\n${signers.map((s) => noteSignatureLine(s, text)).join('')}`;
};

/**
 * Opens a signed note with the keys the caller trusts: every signature by a known key (same name
 * and id) must verify, at least one must be there, and signatures by other keys are listed and
 * otherwise left alone, as c2sp.org/signed-note asks.
 */
export const openNote = (note: string, verifiers: ReadonlyArray<NoteVerifier>): E.Either<NoteError, OpenedNote> => {
  if (typeof note !== 'string' || !note.endsWith('\n')) return noteFailure('a signed note ends with a newline');
  const split = note.lastIndexOf('\n\n');
  if (split === -1) return noteFailure('a signed note has a blank line between its text and its signatures');
  const text = note.slice(0, split + 1);
  const problem = textProblem(text);
  if (problem !== null) return noteFailure(problem);
  const lines = note.slice(split + 2, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) return noteFailure(`a signed note has at most ${MAX_SIGNATURES} signatures here, not ${lines.length}`);
  const message = utf8.encode(text);
  const verifiedBy: NoteSignature[] = [];
  const unknown: NoteSignature[] = [];
  for (const [i, line] of lines.entries()) {
    const parts = /^\u2014 (\S+) (\S+)$/u.exec(line);
    const bytes = parts === null ? null : bytesOfBase64(parts[2] as string);
    if (parts === null || bytes === null || bytes.length < 5) return noteFailure(`signature line ${i + 1} is not "— <key name> <base64 signature>": ${JSON.stringify(line.slice(0, 80))}`);
    const name = parts[1] as string;
    const keyId = (((bytes[0] as number) << 24) | ((bytes[1] as number) << 16) | ((bytes[2] as number) << 8) | (bytes[3] as number)) >>> 0;
    const verifier = verifiers.find((v) => v.name === name && v.keyId === keyId);
    if (verifier === undefined) {
      unknown.push({ name, keyId });
      continue;
    }
    if (!verifier.verify(message, bytes.slice(4))) {
      return E.left({ _tag: 'NoteSignatureInvalid', keyName: name, message: `the signature of ${name} does not verify: the note was changed after it was signed` });
    }
    verifiedBy.push({ name, keyId });
  }
  if (verifiedBy.length === 0) {
    const signers = [...verifiedBy, ...unknown].map((s) => s.name).join(', ');
    const known = verifiers.map((v) => v.name).join(', ') || 'none';
    return E.left({ _tag: 'NoteUnverified', message: `no signature by a known key (signed by ${signers || 'nobody'}; known: ${known})` });
  }
  return E.right({ text, verifiedBy, unknown });
};
