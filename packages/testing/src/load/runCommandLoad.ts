import { describeHandleCommandError, handleCommand, type EventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { tallyDecider, type Tallied } from './tally';

/** What one writer of the load does. */
export interface CommandLoadOptions {
  /** The writer's number, from 1: part of its commands' ids and events. */
  readonly writer: number;
  /** How many commands it sends, one after another. */
  readonly commands: number;
  /** How many streams the writers share (`load-0` …): each command goes to one drawn at random. */
  readonly streams: number;
  /** The seed of the draws (of streams and of 1–3 events per command); each writer draws its own sequence. */
  readonly seed: number;
  /** handleCommand's retries; its default when absent (the load proves the defaults). */
  readonly maxRetries?: number;
}

/** One command the writer sent, and how it ended. */
export interface CommandLoadOutcome {
  readonly commandId: string;
  readonly stream: string;
  /** 'Recorded' or 'AlreadyRecorded' when it was accepted, else the error's tag. */
  readonly outcome: string;
  /** The ids of its events as the store holds them (accepted commands only). */
  readonly eventIds: ReadonlyArray<string>;
  /** Why it failed, in one line (failed commands only). */
  readonly error?: string;
}

/** What a writer reports: every command it sent, in order. */
export interface CommandLoadReport {
  readonly writer: number;
  readonly outcomes: ReadonlyArray<CommandLoadOutcome>;
}

/** The id of a writer's n-th command: a UUID that reads as writer and number in a failure. */
export const loadCommandId = (writer: number, command: number): string =>
  `${writer.toString(16).padStart(8, '0')}-0000-4000-8000-${command.toString(16).padStart(12, '0')}`;

// A small seeded generator (mulberry32): the same seed, the same streams and sizes.
const drawsOf = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/**
 * One writer of a command load: sends `commands` tally commands through handleCommand, each to a
 * stream drawn among `streams` shared ones, each with its own commandId, and reports how each
 * ended. Run it in several processes on one store at once, then check the store with
 * checkCommandLoad: nothing lost, nothing twice, no gap, and no command left to the caller to retry.
 */
export const runCommandLoad = async (store: EventStore<Tallied>, options: CommandLoadOptions): Promise<CommandLoadReport> => {
  const draw = drawsOf(options.seed * 7_919 + options.writer);
  const outcomes: CommandLoadOutcome[] = [];
  for (let n = 1; n <= options.commands; n++) {
    const stream = `load-${Math.floor(draw() * options.streams)}`;
    const commandId = loadCommandId(options.writer, n);
    const handled = await handleCommand({
      store,
      decider: tallyDecider,
      stream,
      command: { writer: options.writer, command: n, events: 1 + Math.floor(draw() * 3) },
      commandId,
      ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
    })();
    outcomes.push(
      E.isRight(handled)
        ? { commandId, stream, outcome: handled.right.outcome, eventIds: handled.right.events.map((e) => e.eventId) }
        : { commandId, stream, outcome: handled.left._tag, eventIds: [], error: describeHandleCommandError(handled.left, (e) => `${e._tag} ${e.command}`) },
    );
  }
  return { writer: options.writer, outcomes };
};
