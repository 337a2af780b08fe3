import { benchEnvelope } from './benchEnvelope';
import { makeReplayFold } from './replayFold';
import { replayFigures, type ReplayFigures } from './replayFigures';
import type { ReplayFold } from './replayFold';
import type { StreamSource } from './subject';
import type { WorkloadStream } from './workload';

/**
 * Folds a generated stream's events as an import stores them, the first at `position + 1`;
 * returns the position of its last event.
 */
export const foldGeneratedStream = (fold: ReplayFold, stream: WorkloadStream, position: number): number => {
  stream.events.forEach((e, revision) =>
    fold.add(benchEnvelope({ eventId: e.id, stream: stream.name, streamRevision: revision, globalPosition: position + revision + 1, recordedAt: '', domainDate: e.domainDate, event: e.event })),
  );
  return position + stream.events.length;
};

/**
 * The figures every subject's replay must give: the generated events folded in memory, with no
 * store at all, in the order an import writes them (stream after stream).
 */
export const expectedFigures = (workload: StreamSource): ReplayFigures => {
  const fold = makeReplayFold();
  let position = 0;
  for (const stream of workload.streams) position = foldGeneratedStream(fold, stream, position);
  return replayFigures(fold.facts(), fold.count());
};
