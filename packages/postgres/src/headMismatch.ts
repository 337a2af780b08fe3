import type { StoreError } from '@campaign-ledger/core';
import type { PoolClient } from 'pg';
import { selectHeadsAgainstLog } from './sql/appendStatements';

interface HeadAgainstLog {
  readonly stream: string | null;
  readonly row_at: string;
  readonly row_hash: string;
  readonly last_at: string;
  readonly last_hash: string;
}

const short = (hash: string): string => `${hash.slice(0, 12)}…`;

/**
 * The error of an append stopped because the head rows disagree with the log (insertEvents found
 * them so): each row that disagrees, what it says, and what the log's events say. Only a role
 * that may update the head rows can have made them so (every writer may: it locks them), or a
 * repair gone wrong; appends stay stopped until the owner puts the rows back, as the message says.
 */
export const headMismatch = async (client: PoolClient, streams: ReadonlyArray<string>): Promise<StoreError> => {
  const rows = (await client.query<HeadAgainstLog>(selectHeadsAgainstLog, [[...streams]])).rows;
  const wrong = rows.filter((r) => r.row_at !== r.last_at || r.row_hash !== r.last_hash);
  const described = wrong.map((r) =>
    r.stream === null
      ? `the log head row says position ${r.row_at} and hash ${short(r.row_hash)}, but the log's last event is at ${r.last_at} with hash ${short(r.last_hash)}` +
        ` (repair, as the owner: UPDATE campaign_ledger.log_head SET position = ${r.last_at}, hash = '${r.last_hash}')`
      : `the row of stream ${JSON.stringify(r.stream)} says revision ${r.row_at} and hash ${short(r.row_hash)}, but its last event is revision ${r.last_at} with hash ${short(r.last_hash)}` +
        ` (repair, as the owner: UPDATE campaign_ledger.streams SET revision = ${r.last_at}, hash = '${r.last_hash}' WHERE stream = ${quoted(r.stream)})`,
  );
  return {
    _tag: 'StoreUnavailable',
    message: `PostgreSQL: the append was stopped, nothing was written: the head rows disagree with the log, so they were changed outside the store: ${
      described.length === 0 ? 'they agree again now (changed back meanwhile): run the append again' : described.join('; ')
    }`,
  };
};

// A string as an SQL literal.
const quoted = (text: string): string => `'${text.replaceAll("'", "''")}'`;
