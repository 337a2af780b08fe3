import type * as E from 'fp-ts/lib/Either.js';

/**
 * A decider: the three pure functions of an aggregate. `decide` answers a command with the events
 * it causes or a tagged error; `evolve` folds an event into the state; `initialState` starts the fold.
 *
 * @example
 * const state = events.reduce(campaignDecider.evolve, campaignDecider.initialState());
 * const result = campaignDecider.decide(command, state); // Either<DomainError, CampaignEvent[]>
 */
export interface Decider<Command, Event, State, Error> {
  readonly decide: (command: Command, state: State) => E.Either<Error, ReadonlyArray<Event>>;
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: () => State;
}
