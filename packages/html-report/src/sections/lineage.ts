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

const positionOf = (eventId: string, events: EventIndex, lang: Language): Markup | '' => {
  const envelope = events.envelope(eventId);
  return envelope === undefined ? '' : html` <span class="position">${WORDS[lang].position} ${formatCount(envelope.globalPosition, lang)}</span>`;
};

// What a statement printed, as the figures table shows it.
const statementNumbers = (s: StatedValue, lang: Language): Markup => html`<span class="number">${s.verdict.arithmetic[lang]}</span>`;

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

// An event the figure counts that its explanation does not itemise (the organisations a share of
// organisations is taken of): listed with its type, position and sentence.
const eventItem = (eventId: string, effect: Effect, events: EventIndex, lang: Language): Markup => {
  const envelope = events.envelope(eventId);
  return html`<li class="lineage-event" data-event-id="${eventId}" data-effect="${effect}">${
    envelope === undefined
      ? html`<code>${eventId}</code>`
      : html`<span class="event-type"><code>${envelope.event.type}</code></span> <span class="position">${WORDS[lang].position} ${formatCount(envelope.globalPosition, lang)}</span>`
  }${quoteAndSource(undefined, events.source(eventId), lang)}</li>`;
};

/** The events a row's figure counts and shadows, as the report lists them (its countedEventIds and shadowedEventIds). */
export interface RowEvents {
  readonly counted: ReadonlyArray<string>;
  readonly shadowed: ReadonlyArray<string>;
}

/**
 * The lineage of one figure: the events that counted, then those shadowed, superseded, retracted
 * or not added, each with its value, type, position, quoted sentence and source; then the
 * statements of the figure the report printed, each with its sentence.
 */
export const renderLineage = (explanation: Explanation, rowEvents: RowEvents, stated: ReadonlyArray<StatedValue>, events: EventIndex, lang: Language): Markup => {
  const w = WORDS[lang];
  const explained = new Set(explanation.entries.map((e) => e.eventId));
  const unexplained = (ids: ReadonlyArray<string>) => ids.filter((id) => !explained.has(id));
  const groups = EFFECT_ORDER.map((effect) => ({
    effect,
    entries: explanation.entries.filter((e) => e.effect === effect),
    others: effect === 'added' ? unexplained(rowEvents.counted) : effect === 'shadowed' ? unexplained(rowEvents.shadowed) : [],
  })).filter((g) => g.entries.length + g.others.length > 0);
  return html`${groups.length === 0 ? html`<p>${w.noLineage}</p>` : ''}${groups.map(
    (g) =>
      html`<h5 class="effect effect-${g.effect}">${w.effects[g.effect]}</h5><ol class="lineage-events">${g.entries.map((e) => entryItem(e, events, lang))}${g.others.map((id) =>
        eventItem(id, g.effect, events, lang),
      )}</ol>`,
  )}${
    stated.length === 0
      ? ''
      : html`<h5 class="effect">${w.statements}</h5><ol class="lineage-events">${stated.map(
          (s) =>
            html`<li class="lineage-statement" data-event-id="${s.eventId}">${statementNumbers(s, lang)}${positionOf(s.eventId, events, lang)}${quoteAndSource(s.quote, events.source(s.eventId), lang)}</li>`,
        )}</ol>`
  }`;
};
