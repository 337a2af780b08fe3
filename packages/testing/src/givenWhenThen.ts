import type { Decider } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { expect } from 'vitest';

/** Any error a decider can return: a tagged value, so a test can name the failure it expects. */
export interface TaggedError {
  readonly _tag: string;
}

/** What a command led to, to be asserted with one of the `then` methods. */
export interface Outcome<Event, Error extends TaggedError> {
  /** The decision itself, for assertions the methods below do not cover. */
  readonly result: E.Either<Error, ReadonlyArray<Event>>;
  /** Asserts that the command recorded exactly these events, in order; returns them. */
  readonly then: (expected: ReadonlyArray<Event>) => ReadonlyArray<Event>;
  /** Asserts that the command was refused with this tag; returns the error, narrowed to that tag. */
  readonly thenFails: <Tag extends Error['_tag']>(tag: Tag) => Extract<Error, { readonly _tag: Tag }>;
  /** Asserts that the command was accepted and hands its events to `check` for partial assertions; returns them. */
  readonly thenSatisfies: (check: (events: ReadonlyArray<Event>) => void) => ReadonlyArray<Event>;
}

/** A history folded into a decider's state, ready to receive a command. */
export interface Given<Command, Event, State, Error extends TaggedError> {
  /** The state folded from the history. */
  readonly state: State;
  /** Decides the command against that state. */
  readonly when: (command: Command) => Outcome<Event, Error>;
}

const show = (u: unknown): string => JSON.stringify(u, null, 2) ?? String(u);

/**
 * Given/when/then for any Decider whose errors are tagged: folds the history with `evolve` from
 * `initialState()`, then decides the command. Each `then` fails the test with the other side of
 * the Either printed, so a refused command shows its error and an accepted one its events.
 *
 * @example
 * given(campaignDecider, [launched]).when(holdClass).then([classHeld]);
 * const error = given(campaignDecider, []).when(holdClass).thenFails('CampaignNotLaunched');
 */
export const given = <Command, Event, State, Error extends TaggedError>(
  decider: Decider<Command, Event, State, Error>,
  history: ReadonlyArray<Event>,
): Given<Command, Event, State, Error> => {
  const state = history.reduce(decider.evolve, decider.initialState());
  return {
    state,
    when: (command) => {
      const result = decider.decide(command, state);
      const accepted = (): ReadonlyArray<Event> => {
        if (E.isLeft(result)) return expect.unreachable(`expected events, but the command was refused: ${show(result.left)}`);
        return result.right;
      };
      return {
        result,
        then: (expected) => {
          const events = accepted();
          expect(events).toStrictEqual(expected);
          return events;
        },
        thenSatisfies: (check) => {
          const events = accepted();
          check(events);
          return events;
        },
        thenFails: <Tag extends Error['_tag']>(tag: Tag) => {
          if (E.isRight(result)) return expect.unreachable(`expected ${tag}, but the command recorded ${show(result.right)}`);
          expect(result.left._tag, `refused with ${show(result.left)}`).toBe(tag);
          return result.left as Extract<Error, { readonly _tag: Tag }>;
        },
      };
    },
  };
};
