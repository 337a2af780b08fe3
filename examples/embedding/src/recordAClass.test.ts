import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { recordAClass } from './recordAClass';

describe('the embedding example of the README', () => {
  it('records a class and computes 113/120 party members; the audit finds the 95% the committee wrote', async () => {
    expect(await recordAClass()).toEqual(E.right({ rate: '113/120 = 94.17%', alarms: ['figure:2011/party-members: 113/120 = 94.17% ≠ 95%'] }));
  });
});
