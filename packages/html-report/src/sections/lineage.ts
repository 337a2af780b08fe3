import { type Explanation, type Language, type LineageEntry, type StatedValue, formatCount } from '@campaign-ledger/core';
import { type Markup, html } from '../html';
import { WORDS } from '../words';
import type { EventIndex, SourceOfEvent } from './sources';

type Effect = LineageEntry['effect'];

const EFFECT_ORDER: ReadonlyArray<Effect> = ['added', 'shadowed', 'superseded', 'retracted', 'not-added'];

/** The quoted sentence and where it stands in its document. */
export const quoteAndSource = (quote: string | undefined, source: SourceOfEvent | undefined, lang: Language): Markup => {
  const sentence = quote ?? source?.quote;
  const where = source === undefined ? undefined : [source.document, source.locator].filter((p) => p !== undefined).join(', ');
  return html`${sentence === undefined ? '' : html`<blockquote class="quote" lang="vi">${sentence}</blockquote>`}${
    where === undefined ? '' : html`<p class="source">${WORDS[lang].source}: <cite>${where}</cite></p>`
  }`;
};

const entryItem = (entry: LineageEntry, events: EventIndex, lang: Language): Markup => {
  const w = WORDS[lang];
  const facts = [
    html`<span class="value">${formatCount(entry.value, lang)}</span>`,
    entry.side === undefined ? '' : html` <span class="side">(${w.side[entry.side]})</span>`,
    html` <span class="event-type"><code>${entry.eventType}</code></span>`,
    html` <span class="position">${w.position} ${formatCount(entry.globalPosition, lang)}</span>`,
    entry.correction === undefined ? '' : html` <span class="correction">${w.correction}: ${entry.correction.reason}</span>`,
    entry.retraction === undefined ? '' : html` <span class="retraction">${w.retraction}: ${entry.retraction.reason}</span>`,
  ];
  return html`<li class="lineage-event" data-event-id="${entry.eventId}" data-effect="${entry.effect}">${facts}${quoteAndSource(entry.quote, events.source(entry.eventId), lang)}</li>`;
};

/**
 * The lineage of one figure: the events that counted, then those shadowed, superseded, retracted
 * or not added, each with its value, type, position, quoted sentence and source; then the
 * statements of the figure the report printed, each with its sentence.
 */
export const renderLineage = (explanation: Explanation, stated: ReadonlyArray<StatedValue>, events: EventIndex, lang: Language): Markup => {
  const w = WORDS[lang];
  const groups = EFFECT_ORDER.map((effect) => ({ effect, entries: explanation.entries.filter((e) => e.effect === effect) })).filter((g) => g.entries.length > 0);
  return html`${groups.length === 0 ? html`<p>${w.noLineage}</p>` : ''}${groups.map(
    (g) => html`<h5 class="effect effect-${g.effect}">${w.effects[g.effect]}</h5><ol class="lineage-events">${g.entries.map((e) => entryItem(e, events, lang))}</ol>`,
  )}${
    stated.length === 0
      ? ''
      : html`<h5 class="effect">${w.statements}</h5><ol class="lineage-events">${stated.map(
          (s) =>
            html`<li class="lineage-statement" data-event-id="${s.eventId}"><span class="position">${w.position} ${formatCount(events.envelope(s.eventId)?.globalPosition ?? 0, lang)}</span>${quoteAndSource(s.quote, events.source(s.eventId), lang)}</li>`,
        )}</ol>`
  }`;
};
