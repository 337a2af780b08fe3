import type { Decider } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { given } from './givenWhenThen';

type Command = { readonly type: 'Add'; readonly amount: number } | { readonly type: 'Reset' };
type Event = { readonly type: 'Added'; readonly amount: number } | { readonly type: 'Reset' };
type Error = { readonly _tag: 'TooMuch'; readonly limit: number; readonly total: number } | { readonly _tag: 'NothingToReset' };

// A counter that refuses to pass 10: small enough that every outcome is obvious.
const counter: Decider<Command, Event, number, Error> = {
  initialState: () => 0,
  evolve: (total, event) => (event.type === 'Added' ? total + event.amount : 0),
  decide: (command, total) => {
    switch (command.type) {
      case 'Add':
        return total + command.amount > 10
          ? E.left({ _tag: 'TooMuch', limit: 10, total: total + command.amount })
          : E.right([{ type: 'Added', amount: command.amount }]);
      case 'Reset':
        return total === 0 ? E.left({ _tag: 'NothingToReset' }) : E.right([{ type: 'Reset' }]);
    }
  },
};

const added = (amount: number): Event => ({ type: 'Added', amount });

describe('given/when/then for deciders', () => {
  it('folds the history into the state the command is decided against', () => {
    expect(given(counter, [added(3), added(4)]).state).toBe(7);
    given(counter, [added(3), added(4)]).when({ type: 'Add', amount: 3 }).then([added(3)]);
  });

  it('then returns the events and fails when they differ or when the command was refused', () => {
    expect(given(counter, []).when({ type: 'Add', amount: 2 }).then([added(2)])).toEqual([added(2)]);
    expect(() => given(counter, []).when({ type: 'Add', amount: 2 }).then([added(3)])).toThrow();
    expect(() => given(counter, [added(9)]).when({ type: 'Add', amount: 2 }).then([added(2)])).toThrow(/refused.*TooMuch/s);
  });

  it('thenFails returns the error narrowed to its tag, and fails on another tag or on success', () => {
    const error = given(counter, [added(9)]).when({ type: 'Add', amount: 5 }).thenFails('TooMuch');
    expect(error).toStrictEqual({ _tag: 'TooMuch', limit: 10, total: 14 });
    expect(error.total).toBe(14);
    expect(() => given(counter, [added(9)]).when({ type: 'Add', amount: 5 }).thenFails('NothingToReset')).toThrow();
    expect(() => given(counter, [added(1)]).when({ type: 'Reset' }).thenFails('NothingToReset')).toThrow(/recorded/);
  });

  it('thenSatisfies hands over the events for partial checks, and fails when the command was refused', () => {
    const events = given(counter, [added(1)]).when({ type: 'Reset' }).thenSatisfies((es) => {
      expect(es).toHaveLength(1);
    });
    expect(events).toEqual([{ type: 'Reset' }]);
    expect(() => given(counter, []).when({ type: 'Reset' }).thenSatisfies(() => undefined)).toThrow(/NothingToReset/);
    expect(() =>
      given(counter, []).when({ type: 'Add', amount: 1 }).thenSatisfies((es) => {
        expect(es).toHaveLength(2);
      }),
    ).toThrow();
  });

  it('exposes the decision as an Either', () => {
    expect(given(counter, []).when({ type: 'Reset' }).result).toEqual(E.left({ _tag: 'NothingToReset' }));
  });
});
