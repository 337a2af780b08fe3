import {
  type CampaignEvent,
  type EventEnvelope,
  type Explanation,
  type FigureKey,
  type Language,
  buildCampaignReport,
  campaignStreamName,
  describeStoreError,
  explain,
  figureKey,
  formatExplanation,
  makeCampaignLedger,
} from '@campaign-ledger/core';
import { compareWithCheckpoint, readLogTree, verifyEventInclusion, type InclusionProof, type SignedLogCheckpoint } from '@campaign-ledger/core/merkle';
import { eventLineOf } from '@campaign-ledger/html-report';
import { type Command, Option } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { type CliContext, type CliFailure, EXIT } from '../cliContext';
import { chooseCampaign } from '../store/campaigns';
import { withLogProgress } from '../store/logProgress';
import { recordedScope } from '../store/recordedScope';
import { withStore } from '../store/withStore';
import { AS_OF_FORMS, type AsOfPoint, collect, parseAsOfOptions } from './asOfOption';
import { figureByName, namedFigures } from './figureNames';
import { readSignedCheckpoint } from './readSignedCheckpoint';
import { type RegisterCommand, examples } from './registration';

/** Which figure to explain: by its name in the report, or by its key as JSON; or none, to list the names. */
export type FigureChoice = { readonly _tag: 'Name'; readonly name: string } | { readonly _tag: 'Key'; readonly key: FigureKey } | { readonly _tag: 'List' };

/** Options of `explain`. */
export interface ExplainOptions {
  readonly figure: FigureChoice;
  readonly lang: Language;
  readonly format: 'text' | 'json';
  readonly organisation?: string;
  readonly asOf: ReadonlyArray<AsOfPoint>;
  /** A signed checkpoint of the log: each event of the lineage gets its inclusion proof against it. */
  readonly checkpoint?: SignedLogCheckpoint;
}

/** One event of a lineage with its proof against a checkpoint, or why it has none. */
interface EventProof {
  readonly envelope: EventEnvelope<CampaignEvent>;
  readonly proof: InclusionProof | null;
}

const PROOF_WORDS = {
  vi: {
    heading: (c: SignedLogCheckpoint) => `Chứng minh có trong sổ, theo checkpoint ${c.origin} (${c.treeSize} sự kiện, gốc ${c.rootHash}):`,
    holds: (p: InclusionProof) => `lá ${p.leafIndex}, ${p.path.length} hash, đúng`,
    after: 'ghi sau checkpoint: chưa có chứng minh',
  },
  en: {
    heading: (c: SignedLogCheckpoint) => `Proofs of inclusion against the checkpoint ${c.origin} (${c.treeSize} events, root ${c.rootHash}):`,
    holds: (p: InclusionProof) => `leaf ${p.leafIndex}, ${p.path.length} hashes, holds`,
    after: 'recorded after the checkpoint: no proof yet',
  },
} as const;

/**
 * The inclusion proof of every event of a lineage against a checkpoint the log extends, each
 * checked as a reader would check it; exit 1 when the log does not extend the checkpoint.
 */
const proveLineage = async (
  store: Parameters<typeof readLogTree>[0],
  checkpoint: SignedLogCheckpoint,
  envelopes: ReadonlyArray<EventEnvelope<CampaignEvent>>,
): Promise<E.Either<CliFailure, ReadonlyArray<EventProof>>> => {
  const tree = await readLogTree(store)();
  if (E.isLeft(tree)) return E.left({ exitCode: EXIT.storeUnavailable, message: tree.left._tag === 'LogOutOfOrder' ? tree.left.message : describeStoreError(tree.left) });
  const standing = compareWithCheckpoint(tree.right, checkpoint);
  if (standing._tag !== 'Extends') return E.left({ exitCode: EXIT.checkFailed, message: `the log does not extend the checkpoint, so no proof against it holds: a ${standing._tag.toLowerCase()}: ${standing.message}` });
  const proofs: EventProof[] = [];
  for (const envelope of envelopes) {
    if (envelope.globalPosition > checkpoint.treeSize) {
      proofs.push({ envelope, proof: null });
      continue;
    }
    const proof = tree.right.proveInclusion(envelope.globalPosition, checkpoint.treeSize);
    if (E.isLeft(proof)) throw new Error(`explain: position ${envelope.globalPosition} is in the checkpoint's tree, yet ${proof.left.message}`);
    const checked = verifyEventInclusion(envelope, proof.right, checkpoint.rootHash);
    if (E.isLeft(checked)) throw new Error(`explain: the proof of position ${envelope.globalPosition} does not hold: ${checked.left.message}`);
    proofs.push({ envelope, proof: proof.right });
  }
  return E.right(proofs);
};

const bad = (message: string): E.Either<CliFailure, never> => E.left({ exitCode: EXIT.badInput, message });

/** Reads `--key`: a figure key as JSON (docs/projections.md); one that is not a key names each problem. */
export const parseFigureKey = (json: string): E.Either<CliFailure, FigureKey> => {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    return bad(`--key: not JSON (${error instanceof Error ? error.message : String(error)}); expected a figure key, as {"measure":"classes","period":2009,"organisationId":"org:muong-te"}`);
  }
  // figureKey throws on a key that is not one: here that is the user's input, so it is bad input.
  try {
    return E.right(figureKey(input as Parameters<typeof figureKey>[0]));
  } catch (error) {
    if (error instanceof RangeError) return bad(`--key: ${error.message.replace(/^figureKey: /, '')}`);
    throw error;
  }
};

type Source = { readonly document: string; readonly locator?: string; readonly quote?: string };

const sourceOf = (envelope: EventEnvelope<CampaignEvent>): Source | undefined =>
  (envelope.event.data as { readonly provenance?: { readonly source?: Source } }).provenance?.source;

/**
 * Where each event of a lineage was read from, grouped by document and by place: the place
 * (paragraph.sentence), the positions of its events, and the whole sentence quoted.
 */
export const formatSources = (explanation: Explanation, events: ReadonlyArray<EventEnvelope<CampaignEvent>>, lang: Language): ReadonlyArray<string> => {
  const byId = new Map(events.map((e) => [e.eventId, e]));
  const documents = new Map<string, Map<string, { locator?: string; quote?: string; positions: number[] }>>();
  for (const entry of explanation.entries) {
    const envelope = byId.get(entry.eventId);
    const source = envelope === undefined ? undefined : sourceOf(envelope);
    if (source === undefined) continue;
    const places = documents.get(source.document) ?? new Map();
    const place = `${source.locator ?? ''}\u0000${source.quote ?? ''}`;
    const found = places.get(place) ?? { ...(source.locator === undefined ? {} : { locator: source.locator }), ...(source.quote === undefined ? {} : { quote: source.quote }), positions: [] };
    if (!found.positions.includes(entry.globalPosition)) found.positions.push(entry.globalPosition);
    places.set(place, found);
    documents.set(source.document, places);
  }
  if (documents.size === 0) return [];
  return [
    lang === 'vi' ? 'Nguồn:' : 'Sources:',
    ...[...documents.entries()].flatMap(([document, places]) => [
      `  ${document}`,
      ...[...places.values()].map((p) => {
        const at = [...p.positions].sort((a, b) => a - b).map((n) => `@${n}`).join(' ');
        return `    ${p.locator === undefined ? at : `${p.locator} (${at})`}${p.quote === undefined ? '' : `: «${p.quote}»`}`;
      }),
    ]),
  ];
};

/**
 * `explain <figure>`: the lineage of one figure, every event that counted, was shadowed,
 * superseded or retracted, with its quote, then where each was read from. The figure is named as
 * the report prints it (see figureNames), or given by its key. With `--checkpoint`, each event
 * gets its inclusion proof against the checkpoint, checked; as JSON, with the events as stored,
 * so that an auditor can check the figure's events without the database.
 */
export const explainCommand = (context: CliContext, options: ExplainOptions): Promise<E.Either<CliFailure, void>> =>
  withStore(context, { mustExist: true }, async (opened) => {
    const campaign = await chooseCampaign(opened, context.campaign);
    if (E.isLeft(campaign)) return campaign;
    const organisationId = options.organisation ?? (await recordedScope(opened, campaign.right));
    const figures = await withLogProgress(context, opened, 'explain', (store) => makeCampaignLedger({ store, campaignId: campaign.right }).figures(options.asOf)());
    if (E.isLeft(figures)) return E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(figures.left) });
    const { facts } = figures.right;
    // The names are those of the report's rows, over the organisation the report speaks for.
    const named = namedFigures(buildCampaignReport(facts, organisationId === undefined ? {} : { organisationId }));
    const choice = options.figure;
    if (choice._tag === 'List') {
      context.stdout.write(named.map((f) => `${f.names[options.lang]}\n`).join(''));
      return E.right(undefined);
    }
    let key: FigureKey;
    if (choice._tag === 'Key') key = choice.key;
    else {
      const found = figureByName(named, choice.name, options.lang);
      if (found._tag === 'Unknown') {
        return bad(`no figure of the report is named ${choice.name}; nearest: ${found.nearest.join(', ')}; campaign-ledger explain --list names them all`);
      }
      if (found._tag === 'Ambiguous') {
        return bad(`${choice.name} names ${found.figures.length} figures; give one by its key: ${found.figures.map((f) => `--key '${JSON.stringify(f.key)}'`).join(' or ')}`);
      }
      key = found.figure.key;
    }
    const explanation = explain(facts, key);
    const { checkpoint } = options;
    if (options.format === 'json' && checkpoint === undefined) {
      context.stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
      return E.right(undefined);
    }
    const events = await opened.readStream(campaignStreamName(campaign.right))();
    if (E.isLeft(events)) return E.left({ exitCode: EXIT.storeUnavailable, message: describeStoreError(events.left) });
    let proofs: ReadonlyArray<EventProof> = [];
    if (checkpoint !== undefined) {
      const ids = new Set(explanation.entries.map((entry) => entry.eventId));
      const proven = await proveLineage(opened, checkpoint, events.right.filter((e) => ids.has(e.eventId)));
      if (E.isLeft(proven)) return proven;
      proofs = proven.right;
    }
    if (options.format === 'json' && checkpoint !== undefined) {
      // Everything an auditor needs to check the figure's events without the database: each event
      // as stored, its proof, and the checkpoint (its signature is in the checkpoint file).
      const bundle = {
        explanation,
        checkpoint: { origin: checkpoint.origin, treeSize: checkpoint.treeSize, rootHash: checkpoint.rootHash },
        events: proofs.map((p) => ({ event: eventLineOf(p.envelope), proof: p.proof })),
      };
      context.stdout.write(`${JSON.stringify(bundle, null, 2)}\n`);
      return E.right(undefined);
    }
    const sources = formatSources(explanation, events.right, options.lang);
    const words = PROOF_WORDS[options.lang];
    const proofLines =
      checkpoint === undefined
        ? []
        : [words.heading(checkpoint), ...proofs.map((p) => `  @${p.envelope.globalPosition}: ${p.proof === null ? words.after : words.holds(p.proof)}`)];
    context.stdout.write(`${[...formatExplanation(explanation, options.lang), ...sources, ...proofLines].join('\n')}\n`);
    return E.right(undefined);
  });

/** `explain [figure] [--key <json>] [--list] [--as-of <moment>]... [--lang vi|en] [--format text|json] [--organisation <id>] [--checkpoint <file> --log-key <key>]`. */
export const registerExplain: RegisterCommand = (program, run) => {
  program
    .command('explain')
    .description('print the lineage of one figure: every event that counted, was shadowed, superseded or retracted, with its quote and source')
    .argument('[figure]', 'the figure, named as the report prints it: <period>/<label words>, as 2009/tỷ-lệ-tham-gia/đảng-viên or 2009/participation-rate/party-members')
    .option('--key <json>', 'the figure by its key, as JSON (docs/projections.md)')
    .option('--list', "list the names of the report's figures")
    .addOption(new Option('--as-of <moment>', `explain the figure as of ${AS_OF_FORMS}; repeat to combine`).argParser(collect))
    .addOption(new Option('--lang <lang>', 'the language of the text').choices(['vi', 'en']).default('vi'))
    .addOption(new Option('--format <format>', 'text, or the explanation as JSON').choices(['text', 'json']).default('text'))
    .option('--organisation <id>', "the organisation whose report names the figures (default: the transcription's scope)")
    .option('--checkpoint <file>', "a signed checkpoint of the log: attach each event's inclusion proof against it")
    .option('--log-key <key>', "the verifier key of the log's checkpoints: the .pub file checkpoint-key wrote, or the key itself")
    .addHelpText(
      'after',
      examples(
        'campaign-ledger explain 2009/tỷ-lệ-tham-gia/đảng-viên',
        'campaign-ledger explain 2010/classes --lang en',
        'campaign-ledger explain --list',
        `campaign-ledger explain --key '{"measure":"classes","period":2007,"organisationId":"org:muong-te"}'`,
        'campaign-ledger explain 2010/classes --checkpoint checkpoint-2011.txt --log-key ledger.key.pub --format json',
      ),
    )
    .action(
      (
        figure: string | undefined,
        flags: {
          readonly key?: string;
          readonly list?: boolean;
          readonly asOf?: ReadonlyArray<string>;
          readonly lang: Language;
          readonly format: 'text' | 'json';
          readonly organisation?: string;
          readonly checkpoint?: string;
          readonly logKey?: string;
        },
        command: Command,
      ) =>
        run(command, async (context) => {
          const given = [figure !== undefined, flags.key !== undefined, flags.list === true].filter(Boolean).length;
          if (given !== 1) return bad('name one figure (as the report prints it), or give --key <json>, or --list to list the names');
          const asOf = parseAsOfOptions(flags.asOf ?? []);
          if (E.isLeft(asOf)) return asOf;
          const checkpoint = readSignedCheckpoint(context.cwd, flags.checkpoint, flags.logKey);
          if (E.isLeft(checkpoint)) return checkpoint;
          let choice: FigureChoice;
          if (figure !== undefined) choice = { _tag: 'Name', name: figure };
          else if (flags.key !== undefined) {
            const key = parseFigureKey(flags.key);
            if (E.isLeft(key)) return key;
            choice = { _tag: 'Key', key: key.right };
          } else choice = { _tag: 'List' };
          return explainCommand(context, {
            figure: choice,
            lang: flags.lang,
            format: flags.format,
            asOf: asOf.right,
            ...(flags.organisation === undefined ? {} : { organisation: flags.organisation }),
            ...(checkpoint.right === undefined ? {} : { checkpoint: checkpoint.right.checkpoint }),
          });
        }),
    );
};
