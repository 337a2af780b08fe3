import { describe, expect, it } from 'vitest';
import { coloursFor, plain } from './colours';

const stream = (isTTY: boolean) => ({ isTTY, write: () => true }) as unknown as NodeJS.WritableStream & { readonly isTTY?: boolean };

describe('colours', () => {
  it('colour only a terminal, and never when NO_COLOR is set', () => {
    expect(coloursFor(stream(true), {}).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(coloursFor(stream(false), {}).red('x')).toBe('x');
    expect(coloursFor(stream(true), { NO_COLOR: '1' }).red('x')).toBe('x');
    expect(plain.yellow('x')).toBe('x');
  });
});
