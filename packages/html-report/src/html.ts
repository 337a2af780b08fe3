/**
 * Markup that is already safe to place in a page. Every other value a template interpolates is
 * text, and is escaped: a quote from a report can hold "<", "&" or a stray tag, and must show as
 * written, never as markup.
 */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template accepts: text (escaped), markup (kept), numbers, nothing, or lists of them. */
export type Fragment = string | number | Markup | null | undefined | false | ReadonlyArray<Fragment>;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as a page reads it literally, in an element or an attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const render = (fragment: Fragment): string => {
  if (fragment === null || fragment === undefined || fragment === false) return '';
  if (fragment instanceof Markup) return fragment.value;
  if (typeof fragment === 'number') return String(fragment);
  if (typeof fragment === 'string') return escapeHtml(fragment);
  return fragment.map(render).join('');
};

/** A template of markup: its literal parts are kept, its values escaped unless they are Markup. */
export const html = (strings: TemplateStringsArray, ...values: ReadonlyArray<Fragment>): Markup =>
  new Markup(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i] as Fragment) : ''), ''));

/** Markup made elsewhere and known safe (a chart's SVG, the page's own script): kept as it is. */
export const trusted = (value: string): Markup => new Markup(value);
