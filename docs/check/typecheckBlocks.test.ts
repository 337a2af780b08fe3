import { join } from 'node:path';
import { expect, it } from 'vitest';
import { blocksRoot, writeBlockModules } from './blockModules';
import { planDocs } from './docPlan';
import { typeErrors } from './typeErrors';

// Every TypeScript block the docs tests run is type-checked here, in one program with the
// repository's strict settings: a block that names something that does not exist fails even where
// it is never reached at run time.
const modules = writeBlockModules(planDocs(), join(blocksRoot, 'typecheck'));

it('type-checks every TypeScript block of the docs, each error at its page and line', () => {
  expect(modules.length).toBeGreaterThan(0);
  expect(typeErrors(modules)).toEqual([]);
}, 120_000);
