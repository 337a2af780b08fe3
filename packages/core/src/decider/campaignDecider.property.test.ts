import { muongTeHistory } from '@campaign-ledger/fixtures';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { CampaignCommand } from '../commands/campaignCommand';
import { CampaignEvent } from '../events/campaignEvent';
import { campaignDecider } from './campaignDecider';

// Commands of a real history, drawn in any order and any number of times: whatever the decider
// accepts must keep its invariants, and what it refuses must leave the state as it was.
const commands = muongTeHistory.map((input) => {
  const decoded = CampaignCommand.decode(input);
  if (E.isLeft(decoded)) throw new Error(`the Mường Tè history decodes: ${input.type}`);
  return decoded.right;
});

type Recorded = ReadonlyArray<CampaignEvent>;

const dataOf = (event: CampaignEvent): Readonly<Record<string, unknown>> => event.data as unknown as Readonly<Record<string, unknown>>;

// The invariants, as sentences about what went wrong (none: all hold).
const broken = (events: Recorded): ReadonlyArray<string> => {
  const problems: string[] = [];
  const launches = events.filter((e) => e.type === 'CampaignLaunched').length;
  if (events.length > 0 && events[0]?.type !== 'CampaignLaunched') problems.push(`the first event is ${events[0]?.type}, not CampaignLaunched`);
  if (launches > 1) problems.push(`the campaign was launched ${launches} times`);
  const registered = new Set<string>();
  const facts = new Set<string>();
  events.forEach((event, i) => {
    const data = dataOf(event);
    if (event.type === 'OrganisationRegistered') {
      const id = String(data['organisationId']);
      if (registered.has(id)) problems.push(`event ${i}: ${id} registered twice`);
      registered.add(id);
      const parent = data['parentId'];
      if (typeof parent === 'string' && !registered.has(parent)) problems.push(`event ${i}: ${id} registered under ${parent}, not registered before it`);
    } else if (typeof data['organisationId'] === 'string' && !registered.has(data['organisationId'])) {
      problems.push(`event ${i} (${event.type}) names ${data['organisationId']}, not registered before it`);
    }
    if (event.type !== 'FactCorrected' && event.type !== 'FactRetracted' && typeof data['factId'] === 'string') {
      if (facts.has(data['factId'])) problems.push(`event ${i} (${event.type}) reuses the fact id ${data['factId']}`);
      facts.add(data['factId']);
    }
    if (E.isLeft(CampaignEvent.decode(event))) problems.push(`event ${i} (${event.type}) does not decode as a CampaignEvent`);
  });
  return problems;
};

// A sequence near the history: some of its commands left out, some moved, some sent again. Drawn
// at random among all commands, nearly every one would be refused for want of what it names.
const sequences = fc
  .tuple(
    fc.array(fc.boolean(), { minLength: commands.length, maxLength: commands.length }),
    fc.array(fc.tuple(fc.nat(commands.length - 1), fc.nat(commands.length - 1)), { maxLength: 40 }),
    fc.array(fc.tuple(fc.nat(commands.length - 1), fc.nat(commands.length)), { maxLength: 20 }),
  )
  .map(([kept, swaps, repeats]) => {
    const order = commands.map((_, i) => i).filter((i) => kept[i] !== false || i % 3 !== 0);
    for (const [a, b] of swaps) {
      const x = order[a % order.length];
      const y = order[b % order.length];
      if (x === undefined || y === undefined) continue;
      order[a % order.length] = y;
      order[b % order.length] = x;
    }
    for (const [command, at] of repeats) order.splice(at % (order.length + 1), 0, command);
    return order;
  });

describe('the campaign decider under any sequence of commands', () => {
  it('keeps every invariant: one launch first, organisations registered once and before they are named, fact ids never reused, every event decodable; a refusal changes nothing', () => {
    let longest = 0;
    let refusals = 0;
    fc.assert(
      fc.property(sequences, (picks) => {
        const sequence = picks.map((i) => commands[i] as (typeof commands)[number]);
        let state = campaignDecider.initialState();
        const recorded: CampaignEvent[] = [];
        for (const command of sequence) {
          const decided = campaignDecider.decide(command, state);
          if (E.isLeft(decided)) {
            // A refusal is a value, and deciding it again on the same state refuses it again.
            expect(campaignDecider.decide(command, state)).toEqual(decided);
            refusals += 1;
            continue;
          }
          recorded.push(...decided.right);
          state = decided.right.reduce(campaignDecider.evolve, state);
        }
        expect(broken(recorded)).toEqual([]);
        // The state is the fold of what was recorded, whichever way it was reached.
        expect(recorded.reduce(campaignDecider.evolve, campaignDecider.initialState())).toEqual(state);
        longest = Math.max(longest, recorded.length);
      }),
      { seed: 19_690_902, numRuns: 200 },
    );
    // The draws reached deep into the history and met refusals, or the property proved little.
    expect(longest).toBeGreaterThan(20);
    expect(refusals).toBeGreaterThan(100);
  });

  it('the whole history in its order records every command', () => {
    let state = campaignDecider.initialState();
    const recorded: CampaignEvent[] = [];
    for (const command of commands) {
      const decided = campaignDecider.decide(command, state);
      if (E.isLeft(decided)) return expect.unreachable(`${command.type} is refused in its own history`);
      recorded.push(...decided.right);
      state = decided.right.reduce(campaignDecider.evolve, state);
    }
    expect(recorded.length).toBeGreaterThanOrEqual(commands.length);
    expect(broken(recorded)).toEqual([]);
  });
});
