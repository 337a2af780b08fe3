import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { campaignStreamName, describeStoreError, type CampaignEvent, type EventEnvelope, type EventStore, type StoreError } from '@campaign-ledger/core';
import { eventsFileHeaderLine, eventsFileLine } from '@campaign-ledger/html-report';
import type { Command } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { chooseCampaign } from '../store/campaigns';
import { withStore } from '../store/withStore';
import { type RegisterCommand, examples } from './registration';

/** Options of `export`. */
export interface ExportOptions {
  /** The file to write; standard output when absent. */
  readonly output?: string;
  /** How many events are read and written at a time (default 1,000); tests make it small to cross pages. */
  readonly pageSize?: number;
}

// What the usual reasons for a file not to be written mean to the user (the partial file's name would only confuse).
const WHY_NOT_WRITTEN: Readonly<Record<string, string>> = {
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'its directory does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
};

// How many events export reads, and writes, at a time.
const EXPORT_PAGE = 1_000;

/** Where the lines go: written a page at a time, then finished (or abandoned, leaving nothing). */
interface LineSink {
  readonly write: (text: string) => Promise<void>;
  readonly finish: () => void;
  readonly abandon: () => void;
}

const whyNotWritten = (error: unknown): string => {
  const code = (error as { readonly code?: unknown }).code;
  return typeof code === 'string' && code in WHY_NOT_WRITTEN ? (WHY_NOT_WRITTEN[code] as string) : error instanceof Error ? error.message : String(error);
};

// Written beside the target and renamed onto it, so that a failed export never leaves half a file under the name.
const fileSink = (path: string): LineSink => {
  const partial = `${path}.${process.pid}.partial`;
  const fd = openSync(partial, 'w');
  let closed = false;
  const close = (): void => {
    if (!closed) closeSync(fd);
    closed = true;
  };
  return {
    write: async (text) => {
      writeSync(fd, text, null, 'utf8');
    },
    finish: () => {
      close();
      renameSync(partial, path);
    },
    abandon: () => {
      close();
      rmSync(partial, { force: true });
    },
  };
};

// Waits for the stream to drain when it asks to, so that a large export is not held in its buffer.
const streamSink = (out: NodeJS.WritableStream): LineSink => ({
  write: (text) => (out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once('drain', () => resolve()))),
  finish: () => undefined,
  abandon: () => undefined,
});

type Failure = { readonly _tag: 'Store'; readonly error: StoreError } | { readonly _tag: 'Write'; readonly why: string };

// Reads the stream (or the log) a page at a time up to where it ended when the export began,
// and writes each page as it comes: the header's count holds even if appends go on meanwhile.
const exportPages = async (store: EventStore<CampaignEvent>, campaign: string | null, sink: LineSink, pageSize: number): Promise<E.Either<Failure, number>> => {
  const stream = campaign === null ? null : campaignStreamName(campaign);
  const page = (from: number): TE.TaskEither<StoreError, ReadonlyArray<EventEnvelope<CampaignEvent>>> =>
    stream === null ? store.readAll({ fromPosition: from, limit: pageSize }) : store.readStream(stream, { fromRevision: from, limit: pageSize });
  const head = await (stream === null ? store.readAll({ direction: 'backwards', limit: 1 }) : store.readStream(stream, { direction: 'backwards', limit: 1 }))();
  if (E.isLeft(head)) return E.left({ _tag: 'Store', error: head.left });
  const last = head.right[0];
  // Positions run from 1 and revisions from 0, without gaps.
  const count = last === undefined ? 0 : stream === null ? last.globalPosition : last.streamRevision + 1;
  const indexOf = (e: EventEnvelope<CampaignEvent>): number => (stream === null ? e.globalPosition : e.streamRevision);
  const end = last === undefined ? -1 : indexOf(last);
  try {
    await sink.write(eventsFileHeaderLine(campaign, count));
    for (let from = stream === null ? 1 : 0; from <= end; ) {
      const read = await page(from)();
      if (E.isLeft(read)) return E.left({ _tag: 'Store', error: read.left });
      const within = read.right.filter((e) => indexOf(e) <= end);
      await sink.write(within.map(eventsFileLine).join(''));
      const next = read.right[read.right.length - 1];
      if (next === undefined) break;
      from = indexOf(next) + 1;
    }
  } catch (error) {
    return E.left({ _tag: 'Write', why: whyNotWritten(error) });
  }
  return E.right(count);
};

/**
 * `export`: writes the log in the interchange format of docs/interchange.md, the whole log or the
 * stream of the campaign `--campaign` names, to standard output or to `--output`, reading and
 * writing a page of events at a time.
 */
export const exportCommand = (context: CliContext, options: ExportOptions): Promise<E.Either<CliFailure, void>> =>
  withStore(context, { mustExist: true }, async (store) => {
    const campaign = context.campaign === undefined ? E.right(null) : await chooseCampaign(store, context.campaign);
    if (E.isLeft(campaign)) return campaign;
    let sink: LineSink;
    try {
      sink = options.output === undefined ? streamSink(context.stdout) : fileSink(resolve(context.cwd, options.output));
    } catch (error) {
      return E.left({ exitCode: EXIT.badInput, message: `cannot write ${options.output}: ${whyNotWritten(error)}` });
    }
    const exported = await exportPages(store, campaign.right, sink, options.pageSize ?? EXPORT_PAGE);
    if (E.isLeft(exported)) {
      sink.abandon();
      return exported.left._tag === 'Store'
        ? E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(exported.left.error) })
        : E.left({ exitCode: EXIT.badInput, message: `cannot write ${options.output ?? 'standard output'}: ${exported.left.why}` });
    }
    try {
      sink.finish();
    } catch (error) {
      sink.abandon();
      return E.left({ exitCode: EXIT.badInput, message: `cannot write ${options.output}: ${whyNotWritten(error)}` });
    }
    const what = campaign.right === null ? 'the whole log' : `the campaign ${campaign.right}`;
    context.stderr.write(`exported ${exported.right} events of ${what} to ${options.output ?? 'standard output'}\n`);
    return E.right(undefined);
  });

/** `export [--output <file>]`, with the global `--campaign`. */
export const registerExport: RegisterCommand = (program, run) => {
  program
    .command('export')
    .description('write the log (or the stream of the campaign --campaign names) as events, one JSON line each (docs/interchange.md)')
    .option('-o, --output <file>', 'the file to write (default: standard output)')
    .addHelpText(
      'after',
      examples(
        'campaign-ledger export --output ledger.events.ndjson',
        'campaign-ledger export --campaign muong-te > muong-te.events.ndjson',
        'campaign-ledger export --store postgres://analyst@localhost/ledger --output backup.events.ndjson',
      ),
    )
    .action((options: { readonly output?: string }, command: Command) =>
      run(command, (context) => exportCommand(context, options.output === undefined ? {} : { output: options.output })),
    );
};
