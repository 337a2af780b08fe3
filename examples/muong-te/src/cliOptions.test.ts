import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseCliOptions } from './cliOptions';

describe('parseCliOptions', () => {
  it('defaults to Vietnamese text', () => {
    expect(parseCliOptions([])).toEqual(E.right({ lang: 'vi', format: 'text', store: { _tag: 'Memory' } }));
  });

  it('reads --lang and --format, with a space or an equals sign', () => {
    expect(parseCliOptions(['--lang', 'en'])).toEqual(E.right({ lang: 'en', format: 'text', store: { _tag: 'Memory' } }));
    expect(parseCliOptions(['--format=json', '--lang=vi'])).toEqual(E.right({ lang: 'vi', format: 'json', store: { _tag: 'Memory' } }));
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

  it('reads --store for each kind of store', () => {
    const store = (value: string) => {
      const parsed = parseCliOptions(['--store', value]);
      return E.isRight(parsed) ? parsed.right.store : parsed.left.message;
    };
    expect(store('memory')).toEqual({ _tag: 'Memory' });
    expect(store('sqlite:./muong-te.sqlite')).toEqual({ _tag: 'Sqlite', path: './muong-te.sqlite' });
    expect(store('postgres://analyst@127.0.0.1:5432/ledger')).toEqual({ _tag: 'Postgres', url: 'postgres://analyst@127.0.0.1:5432/ledger' });
    expect(store('esdb://127.0.0.1:2113?tls=false')).toEqual({ _tag: 'EventStoreDb', url: 'esdb://127.0.0.1:2113?tls=false' });
    expect(store('sqlite:')).toMatch(/needs a file path/);
    expect(store('mysql://x')).toMatch(/^--store: expected memory, sqlite:<path>/);
  });
});
