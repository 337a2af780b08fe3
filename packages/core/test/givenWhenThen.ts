import * as E from 'fp-ts/lib/Either.js';
import { expect } from 'vitest';
import type { Decider } from '../src/decider/decider';

/** What a command led to, to be asserted with `then` or `thenFails`. */
export interface Outcome<Event, Error extends { readonly _tag: string }> {
  /** Asserts that the command recorded exactly these events, in order; returns them. */
  readonly then: (expected: ReadonlyArray<Event>) => ReadonlyArray<Event>;
  /** Asserts that the command was refused with this tag; returns the error for further assertions. */
  readonly thenFails: <Tag extends Error['_tag']>(tag: Tag) => Extract<Error, { readonly _tag: Tag }>;
}

/** A history folded into a decider's state, ready to receive a command. */
export interface Given<Command, Event, Error extends { readonly _tag: string }> {
  /** Decides the command against the state folded from the history. */
  readonly when: (command: Command) => Outcome<Event, Error>;
}

/**
 * Given/when/then for any Decider whose errors are tagged: folds the history with `evolve` from
 * `initialState()`, then decides the command.
 *
 * @example given(campaignDecider, [launched]).when(holdClass).then([classHeld])
 */
export const given = <Command, Event, State, Error extends { readonly _tag: string }>(
  decider: Decider<Command, Event, State, Error>,
  history: ReadonlyArray<Event>,
): Given<Command, Event, Error> => ({
  when: (command) => {
    const state = history.reduce(decider.evolve, decider.initialState());
    const result = decider.decide(command, state);
    return {
      then: (expected) => {
        if (E.isLeft(result)) {
          return expect.unreachable(`expected events, but the command was refused: ${JSON.stringify(result.left)}`);
        }
        expect(result.right).toStrictEqual(expected);
        return result.right;
      },
      thenFails: <Tag extends Error['_tag']>(tag: Tag) => {
        if (E.isRight(result)) {
          return expect.unreachable(`expected ${tag}, but the command recorded ${JSON.stringify(result.right)}`);
        }
        expect(result.left._tag).toBe(tag);
        return result.left as Extract<Error, { readonly _tag: Tag }>;
      },
    };
  },
});
