/**
 * A block of a page that the docs tests do not run, because another test does: each names the
 * test, and the docs tests check what they can of the claim.
 */
export type Claim =
  | {
      /** A TypeScript block that is an excerpt of a source file, which the named test runs. */
      readonly kind: 'excerpt';
      readonly page: string;
      /** The block's first line, to tell which block of the page this is. */
      readonly firstLine: string;
      /** The file the block is an excerpt of (see notAnExcerpt): it is type-checked by `npm run typecheck`. */
      readonly excerptOf: string;
      /** The test that runs that file. */
      readonly runBy: string;
    }
  | {
      /** A text (or other) block whose content the named test checks against what the code gives. */
      readonly kind: 'checked';
      readonly page: string;
      readonly firstLine: string;
      /** The test that checks it: it must name the page. */
      readonly checkedBy: string;
    }
  | {
      /** Output of a command that no test can run here, quoted as it was seen; keep this list short. */
      readonly kind: 'quoted';
      readonly page: string;
      readonly firstLine: string;
      /** Why no test runs it. */
      readonly why: string;
    };

/** Every block the docs tests leave to another test, with that test. */
export const claims: ReadonlyArray<Claim> = [
  {
    kind: 'excerpt',
    page: 'docs/adapters.md',
    firstLine: 'const appendOnce = (s: Statements, stream: string, batch: ReadonlyArray<PreparedAppendEvent<E>>, expected: ExpectedRevision): AppendOutcome<E> =>',
    excerptOf: 'packages/sqlite/src/sqliteEventStore.ts',
    runBy: 'packages/sqlite/src/sqliteEventStore.contract.test.ts',
  },
  {
    kind: 'excerpt',
    page: 'docs/adapters.md',
    firstLine: "describeEventStoreContract('in-memory', ({ clock, codec }) => {",
    excerptOf: 'packages/core/src/store/inMemoryEventStore.contract.test.ts',
    runBy: 'packages/core/src/store/inMemoryEventStore.contract.test.ts',
  },
  {
    kind: 'excerpt',
    page: 'docs/adapters/postgres.md',
    firstLine: "import { CampaignEvent, describeStoreError, type EventStore, type ProjectionCheckpointStore } from '@campaign-ledger/core';",
    excerptOf: 'packages/postgres/test/openLedger.ts',
    runBy: 'packages/postgres/src/openLedger.int.test.ts',
  },
  {
    kind: 'excerpt',
    page: 'docs/adapters/sqlite.md',
    firstLine:
      "import { CampaignEvent, campaignFactsProjection, decodeCampaignFacts, encodeCampaignFacts, runProjectionWithCheckpoints } from '@campaign-ledger/core';",
    excerptOf: 'packages/sqlite/test/refreshCampaignFacts.ts',
    runBy: 'packages/sqlite/src/sqliteLedger.docs.test.ts',
  },
  {
    kind: 'excerpt',
    page: 'docs/adapters/eventstoredb.md',
    firstLine: "import { CampaignEvent, type EventStore } from '@campaign-ledger/core';",
    excerptOf: 'packages/eventstoredb/test/openEventStoreDbLedger.ts',
    runBy: 'packages/eventstoredb/src/eventStoreDbLedger.docs.test.ts',
  },
  {
    kind: 'checked',
    page: 'docs/adapters/postgres.md',
    firstLine: '✓ |postgres| src/migratePostgres.int.test.ts (1 test | 1 skipped) 3ms',
    checkedBy: 'docs/check/commandOutputs.test.ts',
  },
  {
    kind: 'checked',
    page: 'docs/report-format.md',
    firstLine: '{',
    checkedBy: 'examples/muong-te/src/muongTeReport.test.ts',
  },
  {
    kind: 'checked',
    page: 'docs/interchange.md',
    firstLine: '{"format":"campaign-ledger.events/1","campaign":"muong-te","eventCount":180}',
    checkedBy: 'packages/cli/test/interchangeDocs.test.ts',
  },
  {
    kind: 'checked',
    page: 'docs/interchange.md',
    firstLine: 'muong-te.report.yaml: recorded 180 events into the campaign muong-te: 180 new, 0 corrected, 0 retracted; 0 already recorded',
    checkedBy: 'packages/cli/test/interchangeDocs.test.ts',
  },
  {
    kind: 'quoted',
    page: 'README.md',
    firstLine: 'npm warn install-scripts 1 package has install scripts not yet covered by allowScripts:',
    why: 'npm prints it while it installs better-sqlite3 from the registry and compiles it (about 75 s): no test installs from the registry',
  },
];
