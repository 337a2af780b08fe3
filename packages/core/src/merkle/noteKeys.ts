import { ed25519 } from '@noble/curves/ed25519.js';
import * as E from 'fp-ts/lib/Either.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64OfBytes, bytesOfBase64 } from './base64';

/** The signature type of Ed25519 in a signed note (c2sp.org/signed-note). */
const ED25519 = 0x01;
/** How a signer key begins. */
export const SIGNER_PREFIX = 'PRIVATE+KEY+';

/** A key that signs notes: its name, its key id, and the verifier key others check its signatures with. */
export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  /** The verifier key to publish: `<name>+<key id, hex>+<base64(0x01 ‖ public key)>`. */
  readonly verifierKey: string;
  readonly sign: (message: Uint8Array) => Uint8Array;
}

/** A key that checks the signatures of one signer. */
export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  readonly verify: (message: Uint8Array, signature: Uint8Array) => boolean;
}

/** A signer or verifier key that cannot be read. */
export interface NoteKeyMalformed {
  readonly _tag: 'NoteKeyMalformed';
  readonly message: string;
}

export const malformed = (message: string): E.Either<NoteKeyMalformed, never> => E.left({ _tag: 'NoteKeyMalformed', message });

const utf8 = new TextEncoder();

/** Whether a key name may be used: non-empty, no Unicode space, no plus sign. */
export const isNoteKeyName = (name: string): boolean => typeof name === 'string' && name !== '' && !/[\s+]/u.test(name);

/** The key id of c2sp.org/signed-note: the first four bytes (big-endian) of SHA-256(name ‖ 0x0A ‖ type ‖ public key). */
export const noteKeyId = (name: string, type: number, publicKey: Uint8Array): number => {
  const nameBytes = utf8.encode(name);
  const input = new Uint8Array(nameBytes.length + 2 + publicKey.length);
  input.set(nameBytes, 0);
  input[nameBytes.length] = 0x0a;
  input[nameBytes.length + 1] = type;
  input.set(publicKey, nameBytes.length + 2);
  const digest = sha256(input);
  return (((digest[0] as number) << 24) | ((digest[1] as number) << 16) | ((digest[2] as number) << 8) | (digest[3] as number)) >>> 0;
};

/** A key id as keys write it: 8 lower-case hex digits. */
export const hex8 = (n: number): string => n.toString(16).padStart(8, '0');
/** A key's bytes behind its signature type byte, as keys are written. */
export const withType = (key: Uint8Array, type: number = ED25519): Uint8Array => Uint8Array.of(type, ...key);

/**
 * A new signer key, as text to keep secret: `PRIVATE+KEY+<name>+<key id>+<base64(0x01 ‖ seed)>`.
 * The application gives the 32 random bytes (crypto.getRandomValues): the library never makes a
 * key up by itself.
 */
export const newNoteSignerKey = (name: string, seed: Uint8Array): E.Either<NoteKeyMalformed, string> => {
  if (!isNoteKeyName(name)) return malformed(`the key name ${JSON.stringify(name)} must be non-empty, without spaces or +`);
  if (!(seed instanceof Uint8Array) || seed.length !== 32) return malformed('an Ed25519 key needs a seed of 32 random bytes');
  const publicKey = ed25519.getPublicKey(seed);
  return E.right(`${SIGNER_PREFIX}${name}+${hex8(noteKeyId(name, ED25519, publicKey))}+${base64OfBytes(withType(seed))}`);
};

// `<name>+<key id>+<base64 key>`: the name holds no plus sign, the base64 key may.
export const keyParts = (
  what: string,
  text: string,
  type: number = ED25519,
): E.Either<NoteKeyMalformed, { readonly name: string; readonly keyId: number; readonly key: Uint8Array }> => {
  const parts = /^([^+]*)\+([^+]*)\+(.*)$/su.exec(text);
  if (parts === null) return malformed(`a ${what} has three parts joined by +: name, key id and key`);
  const [, name = '', id = '', data = ''] = parts;
  if (!isNoteKeyName(name)) return malformed(`the ${what}'s name ${JSON.stringify(name)} must be non-empty, without spaces or +`);
  if (!/^[0-9a-f]{8}$/.test(id)) return malformed(`the ${what}'s key id ${JSON.stringify(id)} is not 8 lower-case hex digits`);
  const bytes = bytesOfBase64(data);
  if (bytes === null) return malformed(`the ${what}'s key is not base64`);
  if (bytes[0] !== type) return malformed(`the ${what} is of signature type ${String(bytes[0])}, not ${type}`);
  if (bytes.length !== 33) return malformed(`the ${what}'s Ed25519 key has ${bytes.length - 1} bytes, not 32`);
  return E.right({ name, keyId: Number.parseInt(id, 16), key: bytes.slice(1) });
};

/** A signer key read: its name, id, seed, public key, and the verifier key to publish. */
export interface SignerKeyParts {
  readonly name: string;
  readonly keyId: number;
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
  readonly verifierKey: string;
}

/** Reads a signer key `PRIVATE+KEY+<name>+<key id>+<base64(type ‖ seed)>` of a signature type, checking its id against its key. */
export const signerKeyParts = (what: string, signerKey: string, type: number = ED25519): E.Either<NoteKeyMalformed, SignerKeyParts> => {
  if (typeof signerKey !== 'string' || !signerKey.startsWith(SIGNER_PREFIX)) return malformed(`a ${what} starts with ${SIGNER_PREFIX}`);
  const parts = keyParts(what, signerKey.slice(SIGNER_PREFIX.length), type);
  if (E.isLeft(parts)) return parts;
  const { name, keyId, key: seed } = parts.right;
  const publicKey = ed25519.getPublicKey(seed);
  if (noteKeyId(name, type, publicKey) !== keyId) return malformed(`the ${what}'s id ${hex8(keyId)} is not the id of its key`);
  return E.right({ name, keyId, seed, publicKey, verifierKey: `${name}+${hex8(keyId)}+${base64OfBytes(withType(publicKey, type))}` });
};

/** The signer of a signer key made by newNoteSignerKey (or by Go's note.GenerateKey). */
export const noteSigner = (signerKey: string): E.Either<NoteKeyMalformed, NoteSigner> => {
  const parts = signerKeyParts('signer key', signerKey);
  if (E.isLeft(parts)) return parts;
  const { name, keyId, seed, verifierKey } = parts.right;
  return E.right({ name, keyId, verifierKey, sign: (message) => ed25519.sign(message, seed) });
};

/** The verifier of a verifier key `<name>+<key id>+<base64(0x01 ‖ public key)>`. */
export const noteVerifier = (verifierKey: string): E.Either<NoteKeyMalformed, NoteVerifier> => {
  if (typeof verifierKey !== 'string') return malformed('a verifier key is text');
  const parts = keyParts('verifier key', verifierKey);
  if (E.isLeft(parts)) return parts;
  const { name, keyId, key: publicKey } = parts.right;
  if (noteKeyId(name, ED25519, publicKey) !== keyId) return malformed(`the verifier key's id ${hex8(keyId)} is not the id of its key`);
  return E.right({
    name,
    keyId,
    verify: (message, signature) => {
      try {
        return ed25519.verify(signature, message, publicKey);
      } catch {
        // A point that is not on the curve verifies nothing.
        return false;
      }
    },
  });
};
