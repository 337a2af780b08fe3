import * as E from 'fp-ts/lib/Either.js';

/** What the example's command line asks for. */
export interface CliOptions {
  readonly lang: 'vi' | 'en';
  readonly format: 'text' | 'json';
}

/** A command-line argument the example does not understand, named with what it expected. */
export interface CliUsageError {
  readonly _tag: 'CliUsageError';
  readonly message: string;
}

/** The example's usage line. */
export const USAGE = 'usage: npm start -- [--lang vi|en] [--format text|json]';

const usage = (message: string): E.Either<CliUsageError, never> => E.left({ _tag: 'CliUsageError', message: `${message}\n${USAGE}` });

/** Reads `--lang vi|en` and `--format text|json` (also written `--lang=en`); Vietnamese text by default. */
export const parseCliOptions = (argv: ReadonlyArray<string>): E.Either<CliUsageError, CliOptions> => {
  let lang: CliOptions['lang'] = 'vi';
  let format: CliOptions['format'] = 'text';
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
    } else {
      return usage(`unknown argument: ${flag}`);
    }
  }
  return E.right({ lang, format });
};
