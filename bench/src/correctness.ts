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
