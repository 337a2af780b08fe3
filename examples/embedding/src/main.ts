import * as E from 'fp-ts/lib/Either.js';
import { recordAClass } from './recordAClass';

const outcome = await recordAClass();
if (E.isLeft(outcome)) {
  console.error(outcome.left);
  process.exitCode = 1;
} else {
  console.log(`party members 2011: ${outcome.right.rate}`);
  for (const alarm of outcome.right.alarms) console.log(alarm);
}
