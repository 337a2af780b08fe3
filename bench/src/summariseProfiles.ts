// Prints the functions with the most self time in each .cpuprofile given (files, or directories of
// them): `tsx bench/src/summariseProfiles.ts bench/results/profiles [--top 10]`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';

/** The parts of V8's .cpuprofile format (what `node --cpu-prof` and the inspector write) read here. */
interface CpuProfile {
  readonly nodes: ReadonlyArray<{
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly hitCount?: number;
  }>;
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: ReadonlyArray<number>;
}

// One function's self time in a profile.
interface SelfTime {
  readonly name: string;
  readonly where: string;
  readonly ms: number;
  readonly share: number;
}

const shortUrl = (url: string): string =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(/^.*?\/(packages|bench)\//, '$1/');

/**
 * Self time by function: each node's hit count times the sampling interval (the profile's span
 * over its sample count), summed over the nodes of one function name and script; anonymous
 * functions are told apart by their line.
 */
const selfTimes = (profile: CpuProfile): ReadonlyArray<SelfTime> => {
  const samples = profile.samples?.length ?? profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0);
  const intervalMs = samples === 0 ? 0 : (profile.endTime - profile.startTime) / samples / 1000;
  const totals = new Map<string, { name: string; where: string; ms: number }>();
  for (const { callFrame, hitCount = 0 } of profile.nodes) {
    const name = callFrame.functionName === '' ? '(anonymous)' : callFrame.functionName;
    const where = callFrame.url === '' ? '' : `${shortUrl(callFrame.url)}${callFrame.functionName === '' ? `:${callFrame.lineNumber + 1}` : ''}`;
    const key = `${name} ${where}`;
    const entry = totals.get(key) ?? { name, where, ms: 0 };
    entry.ms += hitCount * intervalMs;
    totals.set(key, entry);
  }
  const total = [...totals.values()].reduce((sum, e) => sum + e.ms, 0);
  return [...totals.values()].sort((a, b) => b.ms - a.ms).map((e) => ({ ...e, share: total === 0 ? 0 : e.ms / total }));
};

const profileFiles = (paths: ReadonlyArray<string>): ReadonlyArray<string> =>
  paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.cpuprofile'))
          .sort()
          .map((f) => join(path, f))
      : [path],
  );

const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '10' } }, allowPositionals: true });
const top = Number(values.top);
for (const file of profileFiles(positionals)) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const times = selfTimes(profile);
  const totalMs = times.reduce((sum, t) => sum + t.ms, 0);
  process.stdout.write(`\n${basename(file, '.cpuprofile')} (${(totalMs / 1000).toFixed(2)} s sampled)\n\n| self ms | share | function | where |\n|--:|--:|---|---|\n`);
  for (const t of times.slice(0, top)) {
    process.stdout.write(`| ${t.ms.toFixed(0)} | ${(t.share * 100).toFixed(1)}% | ${t.name} | ${t.where} |\n`);
  }
}
