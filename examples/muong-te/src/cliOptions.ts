import * as E from 'fp-ts/lib/Either.js';
import { STORE_FORMS, type StoreSpec, parseStoreSpec } from './storeSpec';

/** What the example's command line asks for. */
export interface CliOptions {
  readonly lang: 'vi' | 'en';
  readonly format: 'text' | 'json';
  readonly store: StoreSpec;
}

/** A command-line argument the example does not understand, named with what it expected. */
export interface CliUsageError {
  readonly _tag: 'CliUsageError';
  readonly message: string;
}

/** The example's usage line. */
export const USAGE = `usage: npm start -- [--lang vi|en] [--format text|json] [--store ${STORE_FORMS}]`;

const usage = (message: string): E.Either<CliUsageError, never> => E.left({ _tag: 'CliUsageError', message: `${message}\n${USAGE}` });

/** Reads `--lang vi|en`, `--format text|json` and `--store …` (also written `--lang=en`); Vietnamese text in memory by default. */
export const parseCliOptions = (argv: ReadonlyArray<string>): E.Either<CliUsageError, CliOptions> => {
  let lang: CliOptions['lang'] = 'vi';
  let format: CliOptions['format'] = 'text';
  let store: StoreSpec = { _tag: 'Memory' };
  const args = argv.flatMap((a) => (a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag === '--lang') {
      if (value !== 'vi' && value !== 'en') return usage(`--lang: expected vi or en, got ${value ?? 'nothing'}`);
      lang = value;
      i++;
    } else if (flag === '--format') {
      if (value !== 'text' && value !== 'json') return usage(`--format: expected text or json, got ${value ?? 'nothing'}`);
      format = value;
      i++;
    } else if (flag === '--store') {
      if (value === undefined) return usage(`--store: expected ${STORE_FORMS}, got nothing`);
      const spec = parseStoreSpec(value);
      if (E.isLeft(spec)) return usage(spec.left);
      store = spec.right;
      i++;
    } else {
      return usage(`unknown argument: ${flag}`);
    }
  }
  return E.right({ lang, format, store });
};
