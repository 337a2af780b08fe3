/// <reference lib="dom" />
import type { Language } from '@campaign-ledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { checkEmbeddedCheckpoint, describeCheckpointCheck, type CheckpointCheck } from './embeddedCheckpoint';
import { describeEmbeddedVerification, readEmbeddedLog, verifyEmbeddedLog, type EmbeddedVerification } from './embeddedLog';
import { type FiguresCheck, type ShownFigure, compareFigures, describeFiguresCheck, recomputeFigures } from './recomputeFigures';

// The page's script (bundled into PAGE_SCRIPT by scripts/buildPageScript.ts). It touches only
// `document` and `window`, and never lets an exception escape: an uncaught one would leave the
// verification pending with nothing said, and show as an error in the reader's console.

/** The id of the script element that holds the events file. */
const EVENTS_ID = 'campaign-ledger-events';
/** The id of the element that says what the browser's verification found; its data-state starts as `pending`. */
const VERIFICATION_ID = 'browser-verification';
/** The id of the element that says whether the table's figures are those the log gives; its data-state starts as `pending`. */
const FIGURES_ID = 'browser-figures';
/** The id of the script element that holds the checkpoint and the figures' proofs, when the page has them. */
const CHECKPOINT_ID = 'campaign-ledger-checkpoint';
/** The id of the element that says what the check of the checkpoint found; its data-state starts as `pending`. */
const CHECKPOINT_CHECK_ID = 'browser-checkpoint';

const CHECKPOINT_STATES: Readonly<Record<CheckpointCheck['_tag'], string>> = { Holds: 'holds', Refused: 'refused', NotExtended: 'not-extended', ProofFails: 'proof-fails' };

const showCheckpoint = async (): Promise<void> => {
  const target = document.getElementById(CHECKPOINT_CHECK_ID);
  if (target === null) return;
  const lang = pageLanguage();
  try {
    const checkpoint = document.getElementById(CHECKPOINT_ID)?.textContent ?? '';
    const check = await checkEmbeddedCheckpoint(document.getElementById(EVENTS_ID)?.textContent ?? '', checkpoint);
    show(target, CHECKPOINT_STATES[check._tag], describeCheckpointCheck(check, lang));
  } catch (error) {
    show(target, 'refused', describeCheckpointCheck({ _tag: 'Refused', reason: error instanceof Error ? error.message : String(error) }, lang));
  }
};

type VerificationState = 'verified' | 'broken' | 'unreadable';

const stateOf = (outcome: EmbeddedVerification): VerificationState => {
  switch (outcome._tag) {
    case 'Verified':
      return 'verified';
    case 'Broken':
      return 'broken';
    case 'Unreadable':
      return 'unreadable';
    default: {
      const _exhaustive: never = outcome;
      return _exhaustive;
    }
  }
};

const pageLanguage = (): Language => (document.documentElement.lang === 'en' ? 'en' : 'vi');

const failureSentence = (lang: Language, why: string): string =>
  lang === 'vi' ? `Không kiểm tra được trong trình duyệt này: ${why}` : `Not verified in this browser: ${why}`;

const show = (target: HTMLElement, state: string, sentence: string): void => {
  target.textContent = sentence;
  target.setAttribute('data-state', state);
};

const showVerification = async (): Promise<void> => {
  const target = document.getElementById(VERIFICATION_ID);
  if (target === null) return;
  const lang = pageLanguage();
  try {
    const text = document.getElementById(EVENTS_ID)?.textContent ?? null;
    if (text === null) {
      show(target, 'unreadable', failureSentence(lang, `the page holds no #${EVENTS_ID} element`));
      return;
    }
    const outcome = await verifyEmbeddedLog(text);
    show(target, stateOf(outcome), describeEmbeddedVerification(outcome, lang));
  } catch (error) {
    show(target, 'unreadable', failureSentence(lang, error instanceof Error ? error.message : String(error)));
  }
};

// The figures the table shows: each row's key, name and computed number.
const shownFigures = (): ReadonlyArray<ShownFigure> =>
  Array.from(document.querySelectorAll('tr.figure')).map((row) => ({
    key: row.getAttribute('data-figure-key') ?? '',
    // Named with its period, as the table's heading above it gives it.
    label: [row.closest('section.period')?.querySelector('h3')?.textContent, row.querySelector('a.figure-name')?.textContent].filter((part) => part !== undefined && part !== null).join(': '),
    number: row.querySelector('td.computed .number')?.textContent ?? undefined,
  }));

const FIGURE_STATES: { readonly [tag in FiguresCheck['_tag']]: string } = { Agree: 'agree', Differ: 'differ', Unreadable: 'unreadable' };

// The table's figures recomputed from the embedded log with the core, and compared: what an edit of
// the page's table, rather than of its log, would change.
const showFigures = (): void => {
  const target = document.getElementById(FIGURES_ID);
  if (target === null) return;
  const lang = pageLanguage();
  try {
    const main = document.querySelector('main');
    if (main === null) return;
    const campaign = main.getAttribute('data-campaign');
    if (main.hasAttribute('data-as-of') || campaign === null) {
      show(target, 'skipped', lang === 'vi' ? 'Trang này cho số liệu tại một thời điểm: không tính lại trong trình duyệt.' : 'This page shows the figures as of a moment: they are not recomputed in the browser.');
      return;
    }
    const log = readEmbeddedLog(document.getElementById(EVENTS_ID)?.textContent ?? '');
    if (E.isLeft(log)) {
      show(target, 'unreadable', describeFiguresCheck({ _tag: 'Unreadable', globalPosition: 0, reason: `line ${log.left.line}: ${log.left.reason}` }, lang));
      return;
    }
    const recomputed = recomputeFigures(log.right, campaign, main.getAttribute('data-scope') ?? undefined, lang);
    const check: FiguresCheck = E.isLeft(recomputed) ? { _tag: 'Unreadable', globalPosition: recomputed.left.globalPosition, reason: recomputed.left.reason } : compareFigures(shownFigures(), recomputed.right);
    show(target, FIGURE_STATES[check._tag], describeFiguresCheck(check, lang));
  } catch (error) {
    show(target, 'unreadable', describeFiguresCheck({ _tag: 'Unreadable', globalPosition: 0, reason: error instanceof Error ? error.message : String(error) }, lang));
  }
};

/** The element a hash (the location's, or a link's) names, or null. */
const hashTarget = (hash: string = window.location.hash.slice(1)): HTMLElement | null => {
  if (hash === '') return null;
  try {
    return document.getElementById(decodeURIComponent(hash));
  } catch {
    // A malformed escape: the hash names the id as written.
    return document.getElementById(hash);
  }
};

// A link to a figure row opens the lineage folded inside it, and every <details> around it.
const openHashTarget = (hash?: string): void => {
  try {
    const target = hashTarget(hash);
    if (target === null) return;
    for (const details of Array.from(document.getElementsByTagName('details'))) {
      if (details.contains(target) || target.contains(details)) details.open = true;
    }
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  } catch {
    // Opening what a link names is a convenience; the page reads the same without it.
  }
};

const start = (): void => {
  openHashTarget();
  void showVerification().then(showFigures).then(showCheckpoint);
};

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
// The hash changes after the click, and not at all when a link is followed a second time (its lineage
// closed in between): a click on an in-page link opens what it names at once, and the hash change
// covers the history's back and forward.
window.addEventListener('hashchange', () => openHashTarget());
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  if (link !== null) openHashTarget(link.getAttribute('href')?.slice(1));
});
