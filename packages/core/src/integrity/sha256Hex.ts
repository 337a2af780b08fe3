import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

// The part of node:crypto used here, so that the core's types need no Node.js declarations.
interface NativeHash {
  update(data: string, encoding: 'utf8'): NativeHash;
  digest(encoding: 'hex'): string;
}
interface NativeCrypto {
  createHash(algorithm: 'sha256'): NativeHash;
}

const utf8 = new TextEncoder();

/** The lower-case hex SHA-256 of a text's UTF-8 bytes, in JavaScript (`@noble/hashes`): what runs in a browser. */
export const portableSha256Hex = (text: string): string => bytesToHex(sha256(utf8.encode(text)));

/**
 * Node.js's own crypto module when the core runs on Node.js (20.16 and later give
 * `process.getBuiltinModule`), found without importing it, so that the core still loads in a
 * browser, where there is none. Sealing and verifying hash every event, and the native SHA-256 is
 * several times faster than any in JavaScript.
 */
export const nativeCrypto = (): NativeCrypto | undefined => {
  const host = (globalThis as { readonly process?: { readonly getBuiltinModule?: (id: string) => unknown } }).process;
  const found = host?.getBuiltinModule?.('node:crypto') as Partial<NativeCrypto> | undefined;
  return typeof found?.createHash === 'function' ? (found as NativeCrypto) : undefined;
};

const native = nativeCrypto();

/**
 * The lower-case hex SHA-256 of a text's UTF-8 bytes: Node.js's native hash where there is one,
 * else portableSha256Hex. Both give the same digest for every text (a lone surrogate becomes
 * U+FFFD in both encoders; canonical JSON, which events are hashed over, never has one).
 */
export const sha256Hex: (text: string) => string =
  native === undefined ? portableSha256Hex : (text) => native.createHash('sha256').update(text, 'utf8').digest('hex');
