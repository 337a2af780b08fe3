import type { BenchReport } from './benchReport';
import { millionVerdictOf, verdictOf } from './correctness';
import { operationNames, operationTitles, type OperationName } from './operations';
import type { ReplayFigures } from './replayFigures';
import type { SubjectResult } from './runSubject';

const count = (n: number): string => Math.round(n).toLocaleString('en-US');

// A Markdown table with its columns padded, readable in a terminal and pasteable into a page.
const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, rightAligned: (column: number) => boolean): string => {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: ReadonlyArray<string>): string =>
    `| ${cells.map((cell, c) => (rightAligned(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (rightAligned(c) ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
};

const medianOf = (result: SubjectResult | undefined, operation: OperationName): number | undefined => result?.operations[operation]?.median;

const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`);

// The operations that any subject ran, in their order.
const columnsOf = (report: BenchReport): ReadonlyArray<OperationName> =>
  operationNames.filter((operation) => report.subjects.some((s) => s.operations[operation] !== undefined));

// The comparable subjects, or those that are not (EventStoreDB's in-process test server), apart.
const subjectsOf = (report: BenchReport, comparable: boolean): ReadonlyArray<SubjectResult> =>
  report.subjects.filter((s) => (s.backend !== 'esdb') === comparable);

const throughputTable = (report: BenchReport, comparable = true): string => {
  const columns = columnsOf(report);
  const rows = subjectsOf(report, comparable).map((s) => [
    s.subject,
    ...columns.map((operation) => {
      const median = medianOf(s, operation);
      return median === undefined ? '–' : count(median);
    }),
    s.storedBytes === null ? '–' : (s.storedBytes / 2 ** 20).toFixed(1),
    verdictOf(s, report.expected).text,
  ]);
  return table(['subject', ...columns.map((c) => operationTitles[c]), 'MiB on disk', 'replay figures'], rows, (c) => c > 0 && c <= columns.length + 1);
};

// Each subject set against the others on its backend: ours and Emmett against the raw driver
// (and our import against COPY), ours against Emmett.
const ratioTable = (report: BenchReport): string => {
  const columns = columnsOf(report).filter((c) => c !== 'bulk-copy');
  const on = (family: string, backend: string) => report.subjects.find((s) => s.family === family && s.backend === backend);
  const rows: string[][] = [];
  for (const s of report.subjects.filter((r) => r.family !== 'raw')) {
    const raw = on('raw', s.backend);
    const emmett = on('emmett', s.backend);
    if (raw !== undefined) rows.push([s.subject, raw.subject, ...columns.map((c) => ratio(medianOf(s, c), medianOf(raw, c)))]);
    if (raw?.operations['bulk-copy'] !== undefined) {
      rows.push([s.subject, `${raw.subject} COPY`, ...columns.map((c) => (c === 'bulk' ? ratio(medianOf(s, 'bulk'), medianOf(raw, 'bulk-copy')) : '–'))]);
    }
    if (s.family === 'ours' && emmett !== undefined) rows.push([s.subject, emmett.subject, ...columns.map((c) => ratio(medianOf(s, c), medianOf(emmett, c)))]);
  }
  if (rows.length === 0) return '(no subject to compare)';
  return table(['subject', 'relative to', ...columns.map((c) => operationTitles[c])], rows, (c) => c > 1);
};

const describeFigures = (f: ReplayFigures): string => {
  const participants = Object.values(f.participants).reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const awards = Object.values(f.awards).reduce<number>((sum, v) => sum + (v ?? 0), 0);
  return `${count(f.events)} events, ${count(f.organisations)} organisations, ${count(f.classes)} classes, ${count(participants)} participants (persons, 2007–2010, 4 categories), ${count(awards)} awards (2007–2010); digest ${f.digest}`;
};

const millionSection = (report: BenchReport): string[] => {
  if (report.million === null) return [];
  const { expected } = report.million;
  const rows = report.million.replays.map((r) => [
    `ours-${r.backend}`,
    r.fold === 'facts' ? "the campaign's facts" : 'a count',
    count(r.events),
    r.seconds.toFixed(1),
    count(r.eventsPerSecond),
    count(r.rssBeforeMiB),
    count(r.maxRssMiB),
    r.vmHwmMiB === null ? '–' : count(r.vmHwmMiB),
    millionVerdictOf(r, expected).text,
  ]);
  return [
    '',
    `Full replay of 1,000,000 events, each in a process of its own (expected: ${describeFigures(report.million.expected)})`,
    '',
    table(['subject', 'folded into', 'events', 'seconds', 'events/s', 'RSS before (MiB)', 'peak RSS (MiB)', 'VmHWM (MiB)', 'replay figures'], rows, (c) => c > 1 && c < 8),
  ];
};

const scaleSection = (report: BenchReport): string[] => {
  if (report.scale === null) return [];
  const first = report.scale[0];
  const rows = report.scale.map((p) => [
    count(p.events),
    count(p.streams),
    p.foldSeconds.toFixed(2),
    p.reportSeconds.toFixed(2),
    p.microsecondsPerEvent.toFixed(1),
    first === undefined ? '–' : `${(p.microsecondsPerEvent / first.microsecondsPerEvent).toFixed(2)}×`,
    count(p.reportRows),
    count(p.maxRssMiB),
  ]);
  return [
    '',
    "Folding N events into the campaign's facts and building the report from them, each N in a process of its own (linear: the time per event stays flat)",
    '',
    table(['events', 'streams', 'fold (s)', 'report (s)', 'µs per event', 'per event vs the first', 'report rows', 'peak RSS (MiB)'], rows, () => true),
  ];
};

const merkleSection = (report: BenchReport): string[] => {
  if (report.merkle === null) return [];
  const rows = report.merkle.map((p) => [
    count(p.events),
    (p.buildMs / 1000).toFixed(2),
    ((p.buildMs * 1000) / p.events).toFixed(2),
    p.inclusionMicros.toFixed(1),
    String(p.inclusionHashes),
    p.consistencyMicros.toFixed(1),
    String(p.consistencyHashes),
  ]);
  return [
    '',
    "The log's Merkle tree: built through the store port from a log made as it is read (the leaf of every event, its hash, the subtrees above), then 1,000 proofs of each kind at random positions, median time of one",
    '',
    table(['events', 'build (s)', 'µs per event', 'inclusion proof (µs)', 'hashes', 'consistency proof (µs)', 'hashes'], rows, () => true),
  ];
};

/** The report as printed on stdout: throughput, ratios, the million-event replay, the machine and the notes. */
export const formatReport = (report: BenchReport): string => {
  const { machine, workload, commandWorkload } = report;
  return [
    `campaign-ledger bench: ${count(workload.events)} events over ${count(workload.streams)} streams (seed ${workload.seed}, ${count(workload.commands)} commands of 1–5 events, mean payload ${workload.meanPayloadBytes} B of JSON); command-style on the first ${count(commandWorkload.streams)} streams (${count(commandWorkload.events)} events, ${count(commandWorkload.commands)} commands)`,
    '',
    `Events per second, median of ${report.runs} run${report.runs === 1 ? '' : 's'}; MiB on disk: the database after the first bulk import (a SQLite file after a checkpoint; pg_database_size, catalog included); replay figures: the digest of the participation and commendation figures of every replay the subject ran, against the workload folded in memory`,
    '',
    throughputTable(report),
    '',
    'Ratios of the medians (above 1×: faster than the subject it is set against)',
    '',
    ratioTable(report),
    ...(subjectsOf(report, false).length === 0
      ? []
      : ['', 'Not comparable: the EventStoreDB adapter against the in-process protocol test server of its tests (an in-memory server in the same process, not a real one)', '', throughputTable(report, false)]),
    ...millionSection(report),
    ...scaleSection(report),
    ...merkleSection(report),
    '',
    `Expected figures: ${describeFigures(report.expected)}`,
    `Machine: ${machine.cpus} CPUs, ${machine.cpuModel}, ${machine.memoryGiB} GiB, Linux ${machine.kernel}`,
    `Versions: ${Object.entries(report.versions).map(([name, version]) => `${name} ${version}`).join(', ')}`,
    `PostgreSQL settings: ${report.postgresSettings === null ? 'no server' : Object.entries(report.postgresSettings).map(([k, v]) => `${k}=${v}`).join(', ')}`,
    `SQLite pragmas (ours and raw): ${Object.entries(report.sqlitePragmas).map(([k, v]) => `${k}=${v}`).join(', ')}`,
    '',
    ...report.notes.map((note) => `- ${note}`),
    ...report.failures.map((failure) => `FAILED: ${failure}`),
  ].join('\n');
};
