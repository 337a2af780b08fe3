import type { Command } from 'commander';
import type * as E from 'fp-ts/lib/Either.js';
import type { CliContext, CliFailure } from '../cliContext';

/** Runs a command's task with the context its options name (the store, the campaign, the streams). */
export type RunTask = (command: Command, task: (context: CliContext) => Promise<E.Either<CliFailure, void>>) => void;

/** Adds one command to the program: its arguments, options, help with examples, and action. */
export type RegisterCommand = (program: Command, run: RunTask) => void;

/** The examples a command's `--help` ends with. */
export const examples = (...lines: ReadonlyArray<string>): string => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}`;
