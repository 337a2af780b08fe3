// @campaign-ledger/testing/load: a load of concurrent commands to run against any store from
// several processes, and the check of what it left. Apart from the package's main entry, which
// imports vitest, so that a plain child process can import it.
export { checkCommandLoad } from './load/checkCommandLoad';
export { loadCommandId, runCommandLoad } from './load/runCommandLoad';
export type { CommandLoadOptions, CommandLoadOutcome, CommandLoadReport } from './load/runCommandLoad';
export { Tallied, tallyDecider } from './load/tally';
export type { AlreadyTallied, TallyCommand, TallyState } from './load/tally';
export { startLoadWriter } from './load/startLoadWriter';
export type { LoadWriter, LoadWriterExit } from './load/startLoadWriter';
export { importedIds, importEventId, KILL_TEST_IMPORT, runKillableImport } from './load/killableImport';
export type { ImportPlan } from './load/killableImport';
export { killDelays, runKilledChild } from './load/killedChild';
export type { ChildEnd } from './load/childProcess';
export { killedMidway, killRoundProblems, runKillRounds } from './load/killRounds';
export type { KillRound } from './load/killRounds';
export { runLoadInProcesses } from './load/runLoadInProcesses';
export type { ProcessLoadRun } from './load/runLoadInProcesses';
export { ContractEvent } from './contract/contractEvent';
