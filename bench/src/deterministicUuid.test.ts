import { describe, expect, it } from 'vitest';
import { deterministicUuid } from './deterministicUuid';

describe('deterministicUuid', () => {
  it('gives every event of every stream its own version 4 UUID, the same on every call', () => {
    const ids = new Set<string>();
    for (let stream = 0; stream < 300; stream++) {
      for (let event = 0; event < 300; event++) {
        const id = deterministicUuid(20_070_101, stream, event);
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        ids.add(id);
      }
    }
    expect(ids.size).toBe(300 * 300);
    expect(deterministicUuid(7, 12, 34)).toBe(deterministicUuid(7, 12, 34));
    expect(deterministicUuid(7, 12, 34)).not.toBe(deterministicUuid(8, 12, 34));
  });
});
