import { describe, expect, it } from 'vitest';
import { recordAClass } from './recordAClass';

describe('the embedding example of the README', () => {
  it('records a class and computes 113/120 party members', async () => {
    expect(await recordAClass()).toBe('113/120 = 94.17%');
  });
});
