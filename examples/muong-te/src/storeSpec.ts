import * as E from 'fp-ts/lib/Either.js';

/**
 * Where the example keeps its log: the embedded in-memory store (the default), a SQLite file,
 * a PostgreSQL database, or an EventStoreDB (KurrentDB) server.
 */
export type StoreSpec =
  | { readonly _tag: 'Memory' }
  | { readonly _tag: 'Sqlite'; readonly path: string }
  | { readonly _tag: 'Postgres'; readonly url: string }
  | { readonly _tag: 'EventStoreDb'; readonly url: string };

/** The forms `--store` accepts. */
export const STORE_FORMS = 'memory, sqlite:<path>, postgres://… or esdb://…';

/** Reads a `--store` value: `memory`, `sqlite:<path>`, `postgres://…` (or postgresql://), `esdb://…` (or kurrentdb://). */
export const parseStoreSpec = (value: string): E.Either<string, StoreSpec> => {
  if (value === 'memory') return E.right({ _tag: 'Memory' });
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length);
    return path === '' ? E.left('--store sqlite: needs a file path, e.g. sqlite:./muong-te.sqlite') : E.right({ _tag: 'Sqlite', path });
  }
  if (/^postgres(ql)?:\/\//.test(value)) return E.right({ _tag: 'Postgres', url: value });
  if (/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\//.test(value)) return E.right({ _tag: 'EventStoreDb', url: value });
  return E.left(`--store: expected ${STORE_FORMS}, got ${value}`);
};
