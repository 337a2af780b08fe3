// npm start: replays the Mường Tè history into the embedded in-memory store and prints the report.
import { CampaignEvent, formatReport, makeInMemoryEventStore } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { parseCliOptions } from './cliOptions';
import { muongTeReport } from './muongTeReport';

const main = async (): Promise<number> => {
  const options = parseCliOptions(process.argv.slice(2));
  if (E.isLeft(options)) {
    process.stderr.write(`${options.left.message}\n`);
    return 2;
  }
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  const report = await muongTeReport(store);
  await store.close();
  if (E.isLeft(report)) {
    const e = report.left;
    process.stderr.write(e._tag === 'ReplayFailed' ? `command #${e.index} (${e.commandType}): ${e.message}\n` : `${e.message}\n`);
    return 1;
  }
  process.stdout.write(options.right.format === 'json' ? `${JSON.stringify(report.right, null, 2)}\n` : formatReport(report.right, options.right.lang));
  return 0;
};

process.exitCode = await main();
