import { benchEnvelope } from './benchEnvelope';
import { makeReplayFold } from './replayFold';
import { replayFigures, type ReplayFigures } from './replayFigures';
import type { StreamSource } from './subject';

/**
 * The figures every subject's replay must give: the generated events folded in memory, with no
 * store at all, in the order an import writes them (stream after stream).
 */
export const expectedFigures = (workload: StreamSource): ReplayFigures => {
  const fold = makeReplayFold();
  let position = 0;
  for (const stream of workload.streams) {
    stream.events.forEach((e, revision) =>
      fold.add(benchEnvelope({ eventId: e.id, stream: stream.name, streamRevision: revision, globalPosition: ++position, recordedAt: '', domainDate: e.domainDate, event: e.event })),
    );
  }
  return replayFigures(fold.facts(), fold.count());
};
