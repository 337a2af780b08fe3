import { CampaignEvent, campaignDomainDate, campaignStreamName, type NewEvent } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { campaignStreamEvents } from './campaignStreamEvents';
import { deterministicUuid } from './deterministicUuid';
import { makePrng, subSeed } from './prng';

/** One command of the workload: the 1–5 events one decision appends to its stream. */
export interface WorkloadCommand {
  readonly events: ReadonlyArray<NewEvent<CampaignEvent>>;
}

/** One campaign stream of the workload: its events, in order, grouped into the commands that append them. */
export interface WorkloadStream {
  readonly name: string;
  readonly events: ReadonlyArray<NewEvent<CampaignEvent>>;
  readonly commands: ReadonlyArray<WorkloadCommand>;
}

/** A generated workload: the same seed, event count and stream count always give the same one. */
export interface Workload {
  readonly seed: number;
  readonly eventCount: number;
  readonly streams: ReadonlyArray<WorkloadStream>;
}

/** What a workload is generated from. */
export interface WorkloadOptions {
  readonly seed: number;
  readonly events: number;
  readonly streams: number;
}

/** The defaults of `npm run bench`: 200,000 events over 2,000 streams. */
export const DEFAULT_WORKLOAD: WorkloadOptions = { seed: 20_070_101, events: 200_000, streams: 2_000 };

const MAX_COMMAND_EVENTS = 5;

const decoded = (raw: unknown): CampaignEvent => {
  const result = CampaignEvent.decode(raw);
  // The generator writes the events: one that does not decode is a bug in it.
  if (E.isLeft(result)) throw new Error(`workload: a generated event does not decode: ${JSON.stringify(raw)}`);
  return result.right;
};

/**
 * The stream at `index` of a workload, generated on its own from a seed mixed with the index, so
 * that a replay of a million events can generate its streams one at a time.
 */
export const workloadStream = (options: WorkloadOptions, index: number): WorkloadStream => {
  const { seed, events, streams } = options;
  const prng = makePrng(subSeed(seed, index));
  // The first streams take the remainder, one event each.
  const count = Math.floor(events / streams) + (index < events % streams ? 1 : 0);
  const campaignId = `bench-${String(index + 1).padStart(6, '0')}`;
  const newEvents = campaignStreamEvents(prng, campaignId, count).map((raw, at): NewEvent<CampaignEvent> => {
    const event = decoded(raw);
    return { id: deterministicUuid(seed, index, at), event, domainDate: campaignDomainDate(event) };
  });
  const commands: WorkloadCommand[] = [];
  for (let at = 0; at < newEvents.length; ) {
    const size = prng.int(1, MAX_COMMAND_EVENTS);
    commands.push({ events: newEvents.slice(at, at + size) });
    at += size;
  }
  return { name: campaignStreamName(campaignId), events: newEvents, commands };
};

/** Checks a workload's sizes: every stream needs its launch and its district. */
export const checkWorkloadOptions = (options: WorkloadOptions): void => {
  const { events, streams } = options;
  if (!Number.isSafeInteger(streams) || streams < 1) throw new RangeError(`workload: --streams must be an integer >= 1, got ${streams}`);
  if (!Number.isSafeInteger(events) || events < 2 * streams) {
    throw new RangeError(`workload: --events must be an integer >= 2 × streams (${2 * streams}), got ${events}`);
  }
};

/** The streams of a workload one at a time, without holding them all. */
export function* workloadStreams(options: WorkloadOptions): Generator<WorkloadStream> {
  checkWorkloadOptions(options);
  for (let index = 0; index < options.streams; index++) yield workloadStream(options, index);
}

/**
 * Generates a workload: N campaign events over S streams, deterministic from the seed, each a
 * real CampaignEvent (decoded by its codec) with a UUID v4-format id and its domain date, grouped
 * into commands of 1–5 events.
 *
 * @example const workload = generateWorkload({ seed: 1, events: 300, streams: 10 });
 */
export const generateWorkload = (options: WorkloadOptions): Workload => ({
  seed: options.seed,
  eventCount: options.events,
  streams: [...workloadStreams(options)],
});

/** The workload's first `streams` streams: what the command-style appends run on. */
export const firstStreams = (workload: Workload, streams: number): Workload => {
  const kept = workload.streams.slice(0, streams);
  return { seed: workload.seed, eventCount: kept.reduce((n, s) => n + s.events.length, 0), streams: kept };
};
