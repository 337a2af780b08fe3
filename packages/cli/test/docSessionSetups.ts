import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { runCli } from '../src/program';

/** The rule set the audit session reads, with its two mistakes; docs/cli.md shows it. */
export const MALFORMED_RULES = `{
  "rules": [
    {
      "id": "classes-at-most-30",
      "name": "At most 30 classes a year",
      "left": [],
      "operator": "at-most",
      "right": [{ "constant": 30 }]
    }
  ]
}`;

/** What someone with write access does to the copy tampered.db: lower the 36 classes the report stated for 2010 to 35. docs/cli.md shows it. */
export const TAMPERING = `UPDATE events SET data = replace(data, '"value":36', '"value":35')
WHERE json_extract(data, '$.figureId') = 'figure:2010/classes';`;

// The instants of the two recordings: the stores' clock is set to them (CliEnvironment.clock), so
// that the times and hashes the page shows repeat.
const FIRST_DRAFT_AT = new Date('2011-01-20T08:02:00Z');
const CORRECTED_AT = new Date('2011-03-01T09:30:00Z');

const silent = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() });

const record = async (dir: string, file: string, at: Date): Promise<void> => {
  const code = await runCli(['record', file], { cwd: dir, env: {}, stdout: silent(), stderr: silent(), clock: () => at });
  if (code !== 0) throw new Error(`the session's set-up could not record ${file}: exit ${code}`);
};

// The Mường Tè transcription recorded on 20 January 2011 with a slip (2.118 party members studied
// in 2009, where the report says 2.181), then as corrected on 1 March 2011; and the rule set.
const recordedThenCorrected = async (dir: string): Promise<void> => {
  const transcription = readFileSync(join(dir, 'muong-te.report.yaml'), 'utf8');
  const slip = transcription.replace('count: "2.181"', 'count: "2.118"');
  if (slip === transcription) throw new Error('the transcription no longer states 2.181 party members');
  writeFileSync(join(dir, 'first-draft.report.yaml'), slip);
  await record(dir, 'first-draft.report.yaml', FIRST_DRAFT_AT);
  await record(dir, 'muong-te.report.yaml', CORRECTED_AT);
  writeFileSync(join(dir, 'classes.rules.json'), `${MALFORMED_RULES}\n`);
};

// The same, and tampered.db: a copy of the store in which TAMPERING was run.
const tampered = async (dir: string): Promise<void> => {
  await recordedThenCorrected(dir);
  copyFileSync(join(dir, 'campaign-ledger.db'), join(dir, 'tampered.db'));
  const db = new Database(join(dir, 'tampered.db'));
  try {
    const changed = db.prepare(TAMPERING).run().changes;
    if (changed !== 1) throw new Error(`the tampering changed ${changed} events, not 1`);
  } finally {
    db.close();
  }
};

/** The set-ups a session of docs/cli.md may name (`<!-- session: NAME -->`), run in its directory before its commands. */
export const SESSION_SETUPS: { readonly [name: string]: (dir: string) => Promise<void> } = {
  'recorded-then-corrected': recordedThenCorrected,
  tampered,
};
