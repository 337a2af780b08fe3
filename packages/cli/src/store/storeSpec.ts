import { isAbsolute, resolve } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';

/**
 * Where the log is kept: a SQLite file (the embedded default), memory, a PostgreSQL database, or
 * an EventStoreDB (KurrentDB) node or cluster.
 */
export type StoreSpec =
  | { readonly _tag: 'Sqlite'; readonly path: string }
  | { readonly _tag: 'Memory' }
  | { readonly _tag: 'Postgres'; readonly url: string }
  | { readonly _tag: 'EventStoreDb'; readonly url: string };

/** The forms `--store` accepts. */
export const STORE_FORMS = 'sqlite:<path> (the default, sqlite:./campaign-ledger.db), memory, postgres://… or esdb://…';

/** The store when `--store` is not given: a SQLite file in the directory the tool was run from. */
export const DEFAULT_STORE = 'sqlite:./campaign-ledger.db';

/**
 * Reads a `--store` value. A relative SQLite path is resolved from `cwd`, the directory the user
 * ran the tool in (under npm, `INIT_CWD`), never from where the tool's files are.
 */
export const parseStoreSpec = (value: string, cwd: string): E.Either<string, StoreSpec> => {
  if (value === 'memory') return E.right({ _tag: 'Memory' });
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length);
    if (path === '') return E.left('--store sqlite: needs a file path, such as sqlite:./campaign-ledger.db');
    return E.right({ _tag: 'Sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) });
  }
  if (/^postgres(ql)?:\/\//.test(value)) return E.right({ _tag: 'Postgres', url: value });
  if (/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\//.test(value)) return E.right({ _tag: 'EventStoreDb', url: value });
  return E.left(`--store: expected ${STORE_FORMS}, got ${value}`);
};

/** The store as the user named it, without a password. */
export const describeStoreSpec = (spec: StoreSpec): string => {
  switch (spec._tag) {
    case 'Sqlite':
      return `sqlite:${spec.path}`;
    case 'Memory':
      return 'memory';
    default:
      return spec.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  }
};
