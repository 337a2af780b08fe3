import type { CampaignEvent, EventEnvelope } from '@campaign-ledger/core';
import { benchEnvelope } from '../benchEnvelope';
import { workloadDecider } from '../commandDecider';
import type { ReplayFold } from '../replayFold';
import { storeOperations, type Subject, type SubjectSession } from '../subject';
import type { WorkloadCommand } from '../workload';

// What a store that only keeps JSON text keeps of an event.
interface Row {
  readonly eventId: string;
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  readonly recordedAt: string;
  readonly domainDate: string | null;
  readonly json: string;
}

const eventOf = (row: Row): CampaignEvent => JSON.parse(row.json) as CampaignEvent;

const envelopeOf = (row: Row): EventEnvelope<CampaignEvent> =>
  benchEnvelope({
    eventId: row.eventId,
    stream: row.stream,
    streamRevision: row.revision,
    globalPosition: row.position,
    recordedAt: row.recordedAt,
    domainDate: row.domainDate,
    event: eventOf(row),
  });

const session = (): SubjectSession => {
  const log: Row[] = [];
  const streams = new Map<string, Row[]>();

  const append = (stream: string, command: WorkloadCommand, expected: number | null): void => {
    const rows = streams.get(stream) ?? [];
    if (expected !== null && rows.length - 1 !== expected) throw new Error(`${stream} is at ${rows.length - 1}, not ${expected}`);
    const recordedAt = new Date().toISOString();
    for (const e of command.events) {
      const row = { eventId: e.id, stream, revision: rows.length, position: log.length + 1, recordedAt, domainDate: e.domainDate, json: JSON.stringify(e.event) };
      rows.push(row);
      log.push(row);
    }
    streams.set(stream, rows);
  };

  const replayStream = (stream: string, fold: ReplayFold): void => {
    for (const row of streams.get(stream) ?? []) fold.add(envelopeOf(row));
  };

  return {
    commandAppends: async (workload) => {
      for (const stream of workload.streams) {
        for (const command of stream.commands) {
          const rows = streams.get(stream.name) ?? [];
          // Loading is parsing: the state is folded from the stored text, as from a database.
          rows.map(eventOf).reduce(workloadDecider.evolve, workloadDecider.initialState());
          append(stream.name, command, rows.length - 1);
        }
      }
    },
    bulkImport: async (source) => {
      for (const stream of source.streams) append(stream.name, stream, null);
    },
    fullReplay: async (fold) => {
      for (const row of log) fold.add(envelopeOf(row));
    },
    replayByStream: async (names, fold) => {
      for (const name of names) replayStream(name, fold);
    },
    storedCount: async () => log.length,
    close: async () => undefined,
  };
};

/** The floor of the memory backend: events kept as JSON text in an array, parsed back and folded; no checks, no hashes. */
export const rawMemory: Subject = { name: 'raw-memory', family: 'raw', backend: 'memory', operations: storeOperations, open: async () => session() };
