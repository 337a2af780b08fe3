import { Writable } from 'node:stream';
import { runCli } from '../src/program';

/** What an in-process run of the tool gave. */
export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const collector = (): { readonly stream: Writable; readonly text: () => string } => {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
};

/** Runs the tool in this process, in `cwd`: quicker than a child process, for a test's set-up. */
export const runCliInProcess = async (args: ReadonlyArray<string>, cwd: string, clock?: () => Date): Promise<InProcessRun> => {
  const stdout = collector();
  const stderr = collector();
  const code = await runCli(args, { cwd, env: {}, stdout: stdout.stream, stderr: stderr.stream, ...(clock === undefined ? {} : { clock }) });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
};
