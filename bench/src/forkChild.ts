import { fork } from 'node:child_process';
import type { ChildMessage, ChildRequest, ChildResponses } from './childRequest';

const childEntry = new URL('./childEntry.ts', import.meta.url);

/**
 * Runs one request in a new Node.js process (with this process's flags: tsx's loader and the
 * source condition) and resolves with its answer. A measurement in a process of its own starts
 * from a cold heap and leaves no garbage, no JIT state and no driver settings to the next one.
 */
export const inChildProcess = <R extends ChildRequest>(request: R): Promise<ChildResponses[R['kind']]> =>
  new Promise((resolve, reject) => {
    const child = fork(childEntry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.once('message', (message: ChildMessage<R['kind']>) => {
      answered = true;
      if (message.ok) resolve(message.value);
      else reject(new Error(`${request.kind} in a child process: ${message.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!answered) reject(new Error(`the child process for ${request.kind} exited (${signal ?? code}) without an answer`));
    });
    child.send(request);
  });
