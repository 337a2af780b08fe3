import { existsSync } from 'node:fs';
import { describeStoreError } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { openSqliteEventStore } from '../src/openSqliteEventStore';
import { Counted, counted } from './counted';

// Test-only, run as a child process by sqliteEventStore.processes.test.ts: one writer among several
// on the same file. It says "ready", waits for the go file (so that the writers start together),
// then appends `rounds` times: a batch of two to its own stream with 'any', and one event to the
// shared stream at the revision it last read, reading again and retrying on WrongExpectedRevision.

const [path, writerArg, roundsArg] = process.argv.slice(2);
const writer = Number(writerArg);
const rounds = Number(roundsArg);

const fail = (message: string): never => {
  process.stderr.write(`writer ${writer}: ${message}\n`);
  process.exit(1);
};

const main = async (): Promise<void> => {
  if (path === undefined || !Number.isInteger(writer) || !Number.isInteger(rounds)) fail('usage: appendFromAnotherProcess PATH WRITER ROUNDS');
  const opened = await openSqliteEventStore(path as string, { codec: Counted })();
  if (E.isLeft(opened)) return fail(describeStoreError(opened.left));
  const store = opened.right;
  process.stdout.write('ready\n');
  while (!existsSync(`${path as string}.go`)) await new Promise((resolve) => setTimeout(resolve, 5));
  for (let k = 1; k <= rounds; k++) {
    const own = await store.append(`w-${writer}`, [counted(writer * 100_000 + k * 10 + 1), counted(writer * 100_000 + k * 10 + 2)])();
    if (E.isLeft(own)) return fail(describeStoreError(own.left));
    for (;;) {
      const head = await store.readStream('shared', { direction: 'backwards', limit: 1 })();
      if (E.isLeft(head)) return fail(describeStoreError(head.left));
      const revision = head.right[0]?.streamRevision ?? -1;
      const shared = await store.append('shared', [counted(writer * 100_000 + k * 10 + 3)], { expectedRevision: revision === -1 ? 'no-stream' : revision })();
      if (E.isRight(shared)) break;
      if (shared.left._tag !== 'WrongExpectedRevision') return fail(describeStoreError(shared.left));
    }
  }
  await store.close();
};

void main();
