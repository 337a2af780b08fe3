import { ed25519 } from '@noble/curves/ed25519.js';
import * as E from 'fp-ts/lib/Either.js';
import { base64OfBytes } from './base64';
import { SIGNER_PREFIX, hex8, isNoteKeyName, keyParts, malformed, noteKeyId, signerKeyParts, withType, type NoteKeyMalformed, type NoteSigner, type NoteVerifier } from './noteKeys';

/** The signature type of Ed25519 checkpoint cosignatures (c2sp.org/tlog-cosignature). */
const COSIGNATURE = 0x04;
const utf8 = new TextEncoder();
const text = new TextDecoder();

/** The message a cosigner signs: `cosignature/v1`, `time <timestamp>`, then the checkpoint's note text. */
const cosignedMessage = (timestamp: number, noteText: Uint8Array): Uint8Array => {
  const header = utf8.encode(`cosignature/v1\ntime ${timestamp}\n`);
  const message = new Uint8Array(header.length + noteText.length);
  message.set(header, 0);
  message.set(noteText, header.length);
  return message;
};

const timestampBytes = (timestamp: number): Uint8Array => {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(timestamp));
  return bytes;
};

/** A new cosigner (witness) key, as secret text: `PRIVATE+KEY+<name>+<key id>+<base64(0x04 ‖ seed)>`; the application gives the 32 random bytes. */
export const newCosignerKey = (name: string, seed: Uint8Array): E.Either<NoteKeyMalformed, string> => {
  if (!isNoteKeyName(name)) return malformed(`the key name ${JSON.stringify(name)} must be non-empty, without spaces or +`);
  if (!(seed instanceof Uint8Array) || seed.length !== 32) return malformed('an Ed25519 key needs a seed of 32 random bytes');
  return E.right(`${SIGNER_PREFIX}${name}+${hex8(noteKeyId(name, COSIGNATURE, ed25519.getPublicKey(seed)))}+${base64OfBytes(withType(seed, COSIGNATURE))}`);
};

/**
 * The cosigner of a cosigner key, signing at `timestamp` (POSIX seconds): a NoteSigner whose
 * signature is the timestamp (8 bytes, big-endian) then the Ed25519 signature of the cosigned
 * message, as c2sp.org/tlog-cosignature has it.
 */
export const cosigner = (signerKey: string, timestamp: number): E.Either<NoteKeyMalformed, NoteSigner> => {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) return malformed(`a cosignature's timestamp is a number of seconds >= 0, got ${String(timestamp)}`);
  const parts = signerKeyParts('cosigner key', signerKey, COSIGNATURE);
  if (E.isLeft(parts)) return parts;
  const { name, keyId, seed, verifierKey } = parts.right;
  return E.right({
    name,
    keyId,
    verifierKey,
    sign: (message) => {
      const signature = ed25519.sign(cosignedMessage(timestamp, message), seed);
      const bytes = new Uint8Array(8 + signature.length);
      bytes.set(timestampBytes(timestamp), 0);
      bytes.set(signature, 8);
      return bytes;
    },
  });
};

/** The verifier of a cosigner's verifier key (`<name>+<key id>+<base64(0x04 ‖ public key)>`), for openNote and openCheckpoint. */
export const cosignatureVerifier = (verifierKey: string): E.Either<NoteKeyMalformed, NoteVerifier> => {
  if (typeof verifierKey !== 'string') return malformed('a verifier key is text');
  const parts = keyParts('cosigner verifier key', verifierKey, COSIGNATURE);
  if (E.isLeft(parts)) return parts;
  const { name, keyId, key: publicKey } = parts.right;
  if (noteKeyId(name, COSIGNATURE, publicKey) !== keyId) return malformed(`the cosigner verifier key's id ${hex8(keyId)} is not the id of its key`);
  return E.right({
    name,
    keyId,
    verify: (message, signature) => {
      if (signature.length !== 72) return false;
      const timestamp = new DataView(signature.buffer, signature.byteOffset, 8).getBigUint64(0);
      if (timestamp > BigInt(Number.MAX_SAFE_INTEGER)) return false;
      try {
        return ed25519.verify(signature.slice(8), cosignedMessage(Number(timestamp), utf8.encode(text.decode(message))), publicKey);
      } catch {
        return false;
      }
    },
  });
};
