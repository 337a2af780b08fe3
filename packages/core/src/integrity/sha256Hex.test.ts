import { describe, expect, it } from 'vitest';
import { nativeCrypto, portableSha256Hex, sha256Hex } from './sha256Hex';

const texts = ['', 'abc', 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh', 'Ho\u0302\u0300', '📜 \u0000 "q"\n', 'x'.repeat(1_000_003), '\ud800 lone'];

describe('sha256Hex', () => {
  it('gives the published digests (FIPS 180-2 examples)', () => {
    for (const hash of [sha256Hex, portableSha256Hex]) {
      expect(hash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      expect(hash('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    }
  });

  it("uses Node.js's native hash here, and gives what the portable one gives for every text", () => {
    expect(nativeCrypto()).toBeDefined();
    for (const text of texts) expect(sha256Hex(text)).toBe(portableSha256Hex(text));
  });
});
