import { type Command, Option } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { AS_OF_FORMS, collect, parseAsOfOptions } from './asOfOption';
import { type RegisterCommand, examples } from './registration';
import { type ReportFlags, reportCommand, reportOptions, reportOptionsOf } from './report';

/**
 * `replay --as-of <moment>`: the report rebuilt from the log as it stood at a moment, with its
 * audit. Every `--as-of` applies: a recorded time and a domain date together are "what had
 * happened by the date, as the ledger knew it at the time".
 */
export const registerReplay: RegisterCommand = (program, run) => {
  reportOptions(
    program
      .command('replay')
      .description('rebuild the figures as of a moment of the log, and print the report as of it')
      .addOption(new Option('--as-of <moment>', `${AS_OF_FORMS}; repeat to combine (every one applies)`).argParser(collect)),
  )
    .addHelpText(
      'after',
      examples(
        'campaign-ledger replay --as-of 120',
        'campaign-ledger replay --as-of 2011-01-20T08:02:00Z --lang en',
        'campaign-ledger replay --as-of 2009-12-31 --format json > by-2009.json',
      ),
    )
    .action((flags: ReportFlags & { readonly asOf?: ReadonlyArray<string> }, command: Command) =>
      run(command, async (context) => {
        const asOf = parseAsOfOptions(flags.asOf ?? []);
        if (E.isLeft(asOf)) return asOf;
        const options = reportOptionsOf(flags, context.cwd);
        return E.isLeft(options) ? options : reportCommand(context, { ...options.right, asOf: asOf.right });
      }),
    );
};
