// npm start: records the Mường Tè transcription into a store (the embedded in-memory one by
// default) and prints the report with its audit.
import { describeStoreError, formatReport } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { parseCliOptions } from './cliOptions';
import { muongTeReport } from './muongTeReport';
import { openStore } from './openStore';

const main = async (): Promise<number> => {
  const options = parseCliOptions(process.argv.slice(2));
  if (E.isLeft(options)) {
    process.stderr.write(`${options.left.message}\n`);
    return 2;
  }
  const store = await openStore(options.right.store);
  if (E.isLeft(store)) {
    process.stderr.write(`cannot open the store: ${describeStoreError(store.left)}\n`);
    return 1;
  }
  const report = await muongTeReport(store.right, {
    onExistingHistory: (n) => process.stderr.write(`the store already holds the history (${n} events): reporting from it\n`),
  });
  await store.right.close();
  if (E.isLeft(report)) {
    const e = report.left;
    process.stderr.write(`${e.message}\n`);
    return 1;
  }
  process.stdout.write(options.right.format === 'json' ? `${JSON.stringify(report.right, null, 2)}\n` : formatReport(report.right, options.right.lang));
  return 0;
};

process.exitCode = await main();
