import { Command, CommanderError, Option } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from './cliContext';
import { registerAudit } from './commands/audit';
import { registerCheckpoint, registerCheckpointKey } from './commands/checkpoint';
import { registerDigest } from './commands/digest';
import { registerExplain } from './commands/explain';
import { registerExport } from './commands/exportEvents';
import { registerImport } from './commands/importEvents';
import { registerRecord } from './commands/record';
import type { RegisterCommand, RunTask } from './commands/registration';
import { registerReplay } from './commands/replay';
import { registerReport } from './commands/report';
import { registerVerify } from './commands/verify';
import { DEFAULT_STORE, STORE_FORMS, parseStoreSpec } from './store/storeSpec';
import { coloursFor } from './output/colours';
import { VERSION } from './version';

/** Where the tool runs: its streams, environment and working directory (a test gives its own). */
export interface CliEnvironment {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: CliContext['stdout'];
  readonly stderr: CliContext['stderr'];
  readonly clock?: () => Date;
}

// An option value the tool cannot use, found while the command is being set up.
class UsageError extends Error {}

// Every command of the tool, in the order --help lists them.
const COMMANDS: ReadonlyArray<RegisterCommand> = [
  registerRecord,
  registerReport,
  registerReplay,
  registerAudit,
  registerExplain,
  registerVerify,
  registerDigest,
  registerCheckpoint,
  registerCheckpointKey,
  registerImport,
  registerExport,
];

/** The working directory the user ran the tool in: npm runs scripts from the package root and says where the user was in INIT_CWD. */
export const userDirectory = (environment: Pick<CliEnvironment, 'cwd' | 'env'>): string => environment.env['INIT_CWD'] ?? environment.cwd;

/**
 * Runs the tool on its arguments (without `node` and the script) and resolves to the exit code.
 * A user's mistake is one line on stderr and a non-zero code, never a stack trace.
 */
export const runCli = async (argv: ReadonlyArray<string>, environment: CliEnvironment): Promise<number> => {
  const cwd = userDirectory(environment);
  let outcome: Promise<E.Either<CliFailure, void>> | undefined;
  const fail = (message: string, exitCode: number) => {
    environment.stderr.write(`${coloursFor(environment.stderr, environment.env).red('campaign-ledger:')} ${message}\n`);
    return exitCode;
  };
  const contextOf = (command: Command): CliContext => {
    const options = command.optsWithGlobals<{ store: string; campaign?: string; quiet?: boolean }>();
    const store = parseStoreSpec(options.store, cwd);
    if (E.isLeft(store)) throw new UsageError(store.left);
    return {
      cwd,
      store: store.right,
      ...(options.campaign === undefined ? {} : { campaign: options.campaign }),
      quiet: options.quiet === true,
      stdout: environment.stdout,
      stderr: environment.stderr,
      env: environment.env,
      ...(environment.clock === undefined ? {} : { clock: environment.clock }),
    };
  };

  const program = new Command('campaign-ledger')
    .description('Record reports of the campaign "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", audit their figures, and prove their log unaltered.')
    .version(VERSION, '-V, --version', 'print the version')
    .addOption(new Option('--store <store>', `where the log is kept: ${STORE_FORMS}`).default(DEFAULT_STORE))
    .option('--campaign <id>', 'the campaign to work on, when the store holds several')
    .option('-q, --quiet', 'no progress on stderr')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => environment.stdout.write(s), writeErr: (s) => environment.stderr.write(s) })
    .exitOverride();

  const run: RunTask = (command, task) => {
    outcome = task(contextOf(command));
  };
  for (const register of COMMANDS) register(program, run);

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message, EXIT.badInput);
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; a usage mistake has already been printed.
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    throw error;
  }
  if (outcome === undefined) return EXIT.ok;
  const result = await outcome;
  return E.isLeft(result) ? fail(result.left.message, result.left.exitCode) : EXIT.ok;
};
