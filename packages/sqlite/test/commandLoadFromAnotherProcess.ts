import { existsSync } from 'node:fs';
import { describeStoreError } from '@campaign-ledger/core';
import { runCommandLoad, Tallied } from '@campaign-ledger/testing/load';
import * as E from 'fp-ts/lib/Either.js';
import { openSqliteEventStore } from '../src/openSqliteEventStore';

// Test-only, run as a child process by sqliteEventStore.load.test.ts: one writer of the kit's
// command load on a file shared with the others. It says "ready", waits for the go file (so that
// the writers start together), sends its commands, and prints its report as one JSON line.

const [path, writerArg, commandsArg, streamsArg] = process.argv.slice(2);
const writer = Number(writerArg);

const fail = (message: string): never => {
  process.stderr.write(`writer ${writer}: ${message}\n`);
  process.exit(1);
};

const main = async (): Promise<void> => {
  if (path === undefined || !Number.isInteger(writer)) fail('usage: commandLoadFromAnotherProcess PATH WRITER COMMANDS STREAMS');
  const opened = await openSqliteEventStore(path as string, { codec: Tallied })();
  if (E.isLeft(opened)) return fail(describeStoreError(opened.left));
  const store = opened.right;
  process.stdout.write('ready\n');
  while (!existsSync(`${path as string}.go`)) await new Promise((resolve) => setTimeout(resolve, 5));
  const report = await runCommandLoad(store, { writer, commands: Number(commandsArg), streams: Number(streamsArg), seed: 14 });
  process.stdout.write(`${JSON.stringify(report)}\n`);
  await store.close();
};

void main();
