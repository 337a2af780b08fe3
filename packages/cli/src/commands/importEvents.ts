import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeStoreError } from '@campaign-ledger/core';
import type { Command } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { checkFileChain } from '../interchange/checkFileChain';
import { type ImportConflict, planImport } from '../interchange/planImport';
import { type EventsFile, describeEventsFileProblem, readEventsFile } from '../interchange/readEventsFile';
import { utf8Text } from '../interchange/utf8Text';
import { progressOf } from '../output/progress';
import { checkImportedCampaigns, launchedCampaigns } from '../store/importedCampaigns';
import { withStore } from '../store/withStore';
import { type RegisterCommand, examples } from './registration';

const badInput = (message: string): E.Either<CliFailure, never> => E.left({ exitCode: EXIT.badInput, message });

/** Reads and checks an events file: every line, then its hash chain. Nothing touches a store before this passes. */
const readCheckedFile = (cwd: string, file: string): E.Either<CliFailure, EventsFile> => {
  const full = resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    if (!statSync(full).isFile()) return badInput(`${file}: not a file: expected an events file (docs/interchange.md)`);
    bytes = readFileSync(full);
  } catch (error) {
    const code = (error as { readonly code?: unknown }).code;
    return badInput(
      code === 'ENOENT' ? `${file}: there is no such file` : `${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const text = utf8Text(bytes);
  if (E.isLeft(text)) return badInput(`${file}:${text.left}: not UTF-8 text; nothing was imported`);
  const read = readEventsFile(text.right);
  if (E.isLeft(read)) return badInput(describeEventsFileProblem(file, read.left));
  const chain = checkFileChain(read.right);
  if (E.isLeft(chain)) {
    return E.left({
      exitCode: EXIT.checkFailed,
      message: `${file}:${chain.left.line}: the file's hash chain does not hold: ${chain.left.detail}; nothing was imported`,
    });
  }
  return E.right(read.right);
};

const describeConflict = (file: string, conflict: ImportConflict): string => {
  switch (conflict._tag) {
    case 'ConflictingEvent':
      return `${file}:${conflict.line}: the store holds the event ${conflict.eventId} (in the stream ${conflict.storedStream}) with other content than this line; nothing was imported`;
    case 'DivergedStream':
      return `${file}:${conflict.line}: the store's stream ${conflict.stream} holds another event (${conflict.storedEventId}) at revision ${conflict.streamRevision}: the store and the file have gone different ways; nothing was imported`;
  }
};

/**
 * `import <file>`: appends the events of an events file (docs/interchange.md) that the store does
 * not hold yet. The whole file is read and checked first (every line, then its hash chain, then
 * its campaigns and its events against the store's): a problem anywhere appends nothing. The
 * events keep their ids and their recorded times, which the store's clock is set to for each
 * append (never later than the machine's clock, never earlier than the log's last time), so that
 * a log imported into an empty store is the exported one, hash for hash. Importing a file again
 * adds nothing.
 */
export const importCommand = (context: CliContext, file: string): Promise<E.Either<CliFailure, void>> => {
  const checked = readCheckedFile(context.cwd, file);
  if (E.isLeft(checked)) return Promise.resolve(checked);
  const { events } = checked.right;
  const now = (context.clock ?? (() => new Date()))();
  // The store's clock, set to the recorded time of each append as it is made.
  let recordedAt = now;
  return withStore({ ...context, clock: () => recordedAt }, { mustExist: false }, async (store) => {
    const log = await store.readAll()();
    if (E.isLeft(log)) return E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(log.left) });
    const allowed = checkImportedCampaigns(file, launchedCampaigns(events.map((e) => e.event)), launchedCampaigns(log.right), context.campaign);
    if (E.isLeft(allowed)) return allowed;
    const plan = planImport(events, log.right);
    if (E.isLeft(plan)) return badInput(describeConflict(file, plan.left));

    const total = events.length - plan.right.held;
    // Each event's hash as the store holds it: those it held already, then those each append returns.
    const storedHash = new Map(log.right.map((e) => [e.eventId as string, e.hash]));
    const progress = progressOf(context, 'importing', total);
    let done = 0;
    try {
      for (const append of plan.right.appends) {
        recordedAt = Date.parse(append.recordedAt) <= now.getTime() ? new Date(append.recordedAt) : now;
        const newEvents = append.events.map(({ event: e }) => ({ id: e.eventId, event: e.event, domainDate: e.domainDate, metadata: e.metadata }));
        const appended = await store.append(append.stream, newEvents, { expectedRevision: append.expectedRevision })();
        if (E.isLeft(appended)) {
          const before =
            done === 0 ? 'nothing was imported' : `the first ${done} of its ${total} new events were imported: importing ${file} again adds the rest`;
          return E.left({ exitCode: EXIT.storeUnavailable, message: `${file}:${append.events[0]?.line}: ${describeStoreError(appended.left)}; ${before}` });
        }
        for (const stored of appended.right.envelopes) storedHash.set(stored.eventId, stored.hash);
        done += append.events.length;
        progress.update(done);
      }
    } finally {
      progress.stop();
    }

    // The store sealed what it appended with its own positions and times: compare its hashes with the file's.
    const resealed = events.filter((e) => storedHash.get(e.event.eventId) !== e.event.hash).length;
    const added =
      total === 0 ? `the store already holds all ${events.length} events; nothing was imported` : `imported ${total} events, ${plan.right.held} already held`;
    const hashes =
      resealed === 0
        ? 'the store holds every event with the hash the file gives it'
        : `the store holds ${resealed} of them at other positions or times than the file says, so with other hashes`;
    context.stderr.write(`${file}: ${added}; the file's hash chain holds, and ${hashes}\n`);
    return E.right(undefined);
  });
};

/** `import <file>`. */
export const registerImport: RegisterCommand = (program, run) => {
  program
    .command('import')
    .description('append the events of an events file (docs/interchange.md), all checked first: again adds nothing')
    .argument('<file>', 'the events file, as export writes it')
    .addHelpText(
      'after',
      examples(
        'campaign-ledger import ledger.events.ndjson',
        'campaign-ledger import muong-te.events.ndjson --store sqlite:./copy.db',
        'campaign-ledger import muong-te.events.ndjson --campaign muong-te',
      ),
    )
    .action((file: string, _options: unknown, command: Command) => run(command, (context) => importCommand(context, file)));
};
