import { mkdir, writeFile } from 'node:fs/promises';
import type { Profiler } from 'node:inspector';
import { Session } from 'node:inspector/promises';
import { findSourceMap, type SourceMapping } from 'node:module';
import { join } from 'node:path';

const isMapping = (entry: SourceMapping | {}): entry is SourceMapping => 'originalLine' in entry;

// tsx runs TypeScript as transpiled JavaScript: a profile's positions are the transpiled code's,
// so each is mapped back to the TypeScript source through the source map Node.js holds for it.
const atSourcePositions = (profile: Profiler.Profile): Profiler.Profile => ({
  ...profile,
  nodes: profile.nodes.map((node) => {
    const { url, lineNumber, columnNumber } = node.callFrame;
    const entry: SourceMapping | {} | undefined = url === '' ? undefined : findSourceMap(url)?.findEntry(lineNumber, columnNumber);
    // An empty entry: no mapping for that position (a script without a source map never gets here).
    if (entry === undefined || !isMapping(entry)) return node;
    return { ...node, callFrame: { ...node.callFrame, lineNumber: entry.originalLine, columnNumber: entry.originalColumn } };
  }),
});

/**
 * Runs the work under V8's CPU profiler and writes `<dir>/<label>.cpuprofile`, the format
 * `node --cpu-prof` writes, but covering this one operation only (not the workload's generation
 * nor the import a replay reads), with positions in the TypeScript sources.
 */
export const profiled = async (dir: string, label: string, work: () => Promise<void>): Promise<void> => {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    await work();
    const { profile } = await session.post('Profiler.stop');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${label}.cpuprofile`), JSON.stringify(atSourcePositions(profile)));
  } finally {
    session.disconnect();
  }
};
