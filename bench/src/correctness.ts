import type { MillionReplay } from './childRequest';
import type { ReplayFigures } from './replayFigures';
import type { SubjectResult } from './runSubject';

/** Whether a subject's replays gave the expected figures and its counts were right, and if not, why. */
export interface Verdict {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * The correctness column: every replay the subject ran (full, by stream) must give the figures
 * folded from the workload itself, and every import and replay must have counted every event.
 */
export const verdictOf = (result: SubjectResult, expected: ReplayFigures): Verdict => {
  const replays: ReadonlyArray<readonly [string, ReplayFigures | null]> = [
    ['full replay', result.replayFigures],
    ['replay by stream', result.byStreamFigures],
  ];
  const ran = replays.flatMap(([name, figures]) => (figures === null ? [] : [{ name, figures }]));
  const wrong = ran.filter(({ figures }) => figures.digest !== expected.digest).map(({ name, figures }) => `${name} gave ${figures.digest}`);
  const problems = [...wrong, ...result.countProblems];
  if (problems.length > 0) return { ok: false, text: `✗ ${problems.join('; ')}` };
  if (ran.length === 0) return { ok: true, text: '– (no replay run)' };
  return { ok: true, text: `✓ ${expected.digest}` };
};

/** A million-event replay's verdict: folded into facts, the expected figures; folded into a count, every event. */
export const millionVerdictOf = (replay: MillionReplay, expected: ReplayFigures): Verdict => {
  if (replay.figures === null) {
    return replay.events === expected.events ? { ok: true, text: `✓ ${replay.events.toLocaleString('en-US')} events` } : { ok: false, text: `✗ ${replay.events} events of ${expected.events}` };
  }
  return replay.figures.digest === expected.digest ? { ok: true, text: `✓ ${replay.figures.digest}` } : { ok: false, text: `✗ ${replay.figures.digest}` };
};
