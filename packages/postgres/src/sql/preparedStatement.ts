import type { QueryConfig } from 'pg';

/**
 * A statement the server parses and plans once per connection and then runs by name. An append is
 * a handful of short statements, and parsing and planning each one again cost about as much as
 * running it. (Behind PgBouncer in transaction mode, this needs PgBouncer 1.21 or later with
 * max_prepared_statements set.)
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/** A prepared statement of the store: its name is the store's own, so it never meets another's. */
export const preparedStatement = (name: string, text: string): PreparedStatement => ({ name: `campaign_ledger.${name}`, text });

/** The statement with its parameters, as pg runs it. */
export const withValues = (statement: PreparedStatement, values: ReadonlyArray<unknown> = []): QueryConfig => ({
  name: statement.name,
  text: statement.text,
  values: [...values],
});
