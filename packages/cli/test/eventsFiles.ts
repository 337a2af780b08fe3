import { GENESIS_HASH, hashEvent } from '@campaign-ledger/core/adapter';

/** An event line of an events file, as JSON. */
export type EventLineJson = Readonly<Record<string, unknown>> & {
  readonly eventId: string;
  readonly stream: string;
  readonly streamRevision: number;
  readonly globalPosition: number;
  readonly recordedAt: string;
  readonly domainDate: string | null;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Readonly<Record<string, string>>;
  readonly hash: string;
  readonly previousStreamHash: string;
  readonly previousGlobalHash: string;
};

/** The header and the event lines of an events file's text. */
export const parseEventsFile = (text: string): { readonly header: Record<string, unknown>; readonly events: ReadonlyArray<EventLineJson> } => {
  const [header, ...events] = text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { header: header ?? {}, events: events as unknown as ReadonlyArray<EventLineJson> };
};

/** The text of an events file of a whole log, its header counting the events. */
export const eventsFileText = (events: ReadonlyArray<unknown>, campaign: string | null = null): string =>
  [{ format: 'campaign-ledger.events/1', campaign, eventCount: events.length }, ...events].map((l) => `${JSON.stringify(l)}\n`).join('');

/**
 * The events of a whole log with their chain computed again from their content, as anyone who
 * hashes as the stores do can: what a forger who edits a file and seals it again would write.
 */
export const resealed = (events: ReadonlyArray<EventLineJson>): ReadonlyArray<EventLineJson> => {
  const streamTips = new Map<string, string>();
  let previous = GENESIS_HASH;
  return events.map((e, i) => {
    const links = { globalPosition: i + 1, previousGlobalHash: previous, previousStreamHash: streamTips.get(e.stream) ?? GENESIS_HASH };
    const hash = hashEvent({ ...e, ...links, event: { type: e.type, data: e.data } });
    streamTips.set(e.stream, hash);
    previous = hash;
    return { ...e, ...links, hash };
  });
};
