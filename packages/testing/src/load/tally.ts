import type { Decider } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

/** One event of a tally command: which writer's which command, and its index among the command's events. */
export const Tallied = t.type({ type: t.literal('Tallied'), data: t.type({ writer: t.number, command: t.number, index: t.number }) }, 'Tallied');
/** One event of a tally command. */
export type Tallied = t.TypeOf<typeof Tallied>;

/** A writer's command: record `events` events (1 or more) under its number. */
export interface TallyCommand {
  readonly writer: number;
  readonly command: number;
  readonly events: number;
}

/** A stream's tally: the commands it holds ("writer:command") and how many events. */
export interface TallyState {
  readonly applied: ReadonlySet<string>;
  readonly events: number;
}

/** The decider's refusal: the command is already in the stream. */
export interface AlreadyTallied {
  readonly _tag: 'AlreadyTallied';
  readonly command: string;
}

const keyOf = (writer: number, command: number): string => `${writer}:${command}`;

/**
 * The load's decider: a command is applied once per stream (sent again, it is refused), so a
 * retried command that had landed is told apart from a new one only by its commandId.
 */
export const tallyDecider: Decider<TallyCommand, Tallied, TallyState, AlreadyTallied> = {
  initialState: () => ({ applied: new Set(), events: 0 }),
  evolve: (state, event) => {
    const key = keyOf(event.data.writer, event.data.command);
    return { applied: state.applied.has(key) ? state.applied : new Set(state.applied).add(key), events: state.events + 1 };
  },
  decide: (command, state) => {
    const key = keyOf(command.writer, command.command);
    if (state.applied.has(key)) return E.left({ _tag: 'AlreadyTallied', command: key });
    return E.right(Array.from({ length: command.events }, (_, index): Tallied => ({ type: 'Tallied', data: { writer: command.writer, command: command.command, index } })));
  },
};
