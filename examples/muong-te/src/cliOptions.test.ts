import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseCliOptions } from './cliOptions';

describe('parseCliOptions', () => {
  it('defaults to Vietnamese text', () => {
    expect(parseCliOptions([])).toEqual(E.right({ lang: 'vi', format: 'text' }));
  });

  it('reads --lang and --format, with a space or an equals sign', () => {
    expect(parseCliOptions(['--lang', 'en'])).toEqual(E.right({ lang: 'en', format: 'text' }));
    expect(parseCliOptions(['--format=json', '--lang=vi'])).toEqual(E.right({ lang: 'vi', format: 'json' }));
  });

  it('names the flag and what it expected when a value is wrong or missing', () => {
    const wrong = parseCliOptions(['--lang', 'fr']);
    expect(E.isLeft(wrong) && wrong.left.message).toMatch(/^--lang: expected vi or en, got fr/);
    const missing = parseCliOptions(['--format']);
    expect(E.isLeft(missing) && missing.left.message).toMatch(/^--format: expected text or json, got nothing/);
  });

  it('refuses an unknown argument', () => {
    const unknown = parseCliOptions(['--verbose']);
    expect(E.isLeft(unknown) && unknown.left._tag).toBe('CliUsageError');
  });
});
