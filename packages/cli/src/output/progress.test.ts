import { describe, expect, it } from 'vitest';
import { PROGRESS_AFTER_MS, progressOf } from './progress';

const terminal = (isTTY: boolean) => {
  const written: string[] = [];
  const stream = {
    isTTY,
    columns: 100,
    write: (s: string) => written.push(s) > 0,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
  };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
};

describe('the progress bar', () => {
  it('shows nothing off a terminal, or with --quiet', () => {
    for (const [isTTY, quiet] of [[false, false], [true, true]] as const) {
      const { stream, written } = terminal(isTTY);
      let now = 0;
      const progress = progressOf({ stderr: stream, quiet }, 'importing', 100, () => now);
      now = 5000;
      progress.update(50);
      progress.stop();
      expect(written).toEqual([]);
    }
  });

  it('shows the count, the speed and the time left on a terminal, once the task has run about a second', () => {
    const { stream, written } = terminal(true);
    let now = 0;
    const progress = progressOf({ stderr: stream, quiet: false }, 'importing', 1000, () => now);
    now = PROGRESS_AFTER_MS / 2;
    progress.update(100);
    expect(written).toEqual([]);
    now = 2000;
    progress.update(500);
    progress.stop();
    expect(written.join('')).toMatch(/importing \[.*\] 500\/1000 \| 250 events\/s \| .* left/);
  });
});
