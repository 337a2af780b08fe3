import { describe, expect, it } from 'vitest';
import { blocksOf, matchesShown, sessionSetupsOf, sessionsOf } from './docSessions';

describe('the sessions of a page', () => {
  const page = ['Text.', '```console', "$ campaign-ledger report --lang en --store 'sqlite:./a b.db'", 'line 1', '$ campaign-ledger verify # exit 1', 'broken', '```'].join('\n');

  it('are its console blocks: commands with their arguments, exit codes and shown output', () => {
    expect(sessionsOf(page)).toEqual([
      [
        { line: 3, args: ['report', '--lang', 'en', '--store', 'sqlite:./a b.db'], exitCode: 0, expected: ['line 1'] },
        { line: 5, args: ['verify'], exitCode: 1, expected: ['broken'] },
      ],
    ]);
  });

  it('refuse a command that is not the tool', () => {
    expect(() => sessionsOf('```console\n$ ls\n```')).toThrow('a session runs campaign-ledger, not ls');
  });

  it('match printed lines exactly, or around […]', () => {
    expect(matchesShown(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(matchesShown(['a', 'b'], ['a', 'c'])).toBe(false);
    expect(matchesShown(['a', 'b', 'c', 'd'], ['a', '[…]', 'd'])).toBe(true);
    expect(matchesShown(['a', 'b', 'c', 'd'], ['a', '[…]'])).toBe(true);
    expect(matchesShown(['a', 'd'], ['a', '[…]', 'c'])).toBe(false);
    expect(matchesShown(['a'], ['a', '[…]', 'a'])).toBe(false);
  });

  it('match around several […], each standing for any lines', () => {
    expect(matchesShown(['a', 'b', 'c', 'd', 'e'], ['a', '[…]', 'c', '[…]'])).toBe(true);
    expect(matchesShown(['a', 'b', 'c', 'd', 'e'], ['[…]', 'c', '[…]', 'e'])).toBe(true);
    expect(matchesShown(['a', 'c'], ['a', '[…]', 'c', '[…]'])).toBe(true);
    expect(matchesShown(['a', 'b', 'd', 'e'], ['a', '[…]', 'c', '[…]'])).toBe(false);
  });

  it('name their set-ups in a comment above the block, and the page shows other blocks by language', () => {
    const page = ['```console', '$ campaign-ledger verify', '```', '<!-- session: tampered -->', '```console', '$ campaign-ledger audit', '```', '```sql', 'SELECT 1;', '```'].join('\n');
    expect(sessionSetupsOf(page)).toEqual([undefined, 'tampered']);
    expect(blocksOf(page, 'sql')).toEqual(['SELECT 1;']);
  });
});
