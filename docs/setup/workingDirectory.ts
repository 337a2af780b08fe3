// Set-up `workingDirectory`: the process runs in a new, empty temporary directory, so that a block
// may write files where it stands (`ledger.sqlite`) as a script run from a project would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const previous = process.cwd();
const directory = mkdtempSync(join(tmpdir(), 'campaign-ledger-docs-'));
process.chdir(directory);
// Also when the run ends before tearDown (a failed global set-up, an interrupted run).
process.once('exit', () => rmSync(directory, { recursive: true, force: true }));

/** Goes back to the directory the tests ran in, and removes the temporary one. */
export const tearDown = (): void => {
  process.chdir(previous);
  rmSync(directory, { recursive: true, force: true });
};
