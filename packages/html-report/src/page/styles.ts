/**
 * The page's styles, inlined: system fonts only (nothing to fetch), text at a contrast of at
 * least 4.5:1 against its background, a visible focus ring for the keyboard, and a print layout
 * that opens every lineage.
 */
export const PAGE_STYLES = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --rule: #c8c8c8; --accent: #1f4e79; --alarm: #a4161a; --warning: #7a4a00; --agree: #1b5e20; --paper: #ffffff; --wash: #f3f5f8; }
* { box-sizing: border-box; }
html { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; font-size: 16px; line-height: 1.45; color: var(--ink); background: var(--paper); }
body { margin: 0 auto; max-width: 68rem; padding: 0 1.25rem 4rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #b5470b; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; }
.skip:focus { left: 1rem; }
header { border-bottom: 3px solid var(--accent); padding: 1.5rem 0 .75rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
h5 { font-size: .95rem; margin: .75rem 0 .25rem; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; margin: .75rem 0 0; }
.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .5rem 1.5rem; margin: 0; }
.summary div { background: var(--wash); padding: .5rem .75rem; border-radius: 4px; }
.summary dt { font-size: .85rem; color: var(--muted); }
.summary dd { margin: 0; font-size: 1.15rem; font-weight: 600; overflow-wrap: anywhere; }
.summary dd .hash, .summary dd [data-state] { font-size: .85rem; font-weight: 400; }
.browser-verification { margin: 1rem 0; padding: .6rem .9rem; border-left: 5px solid var(--muted); background: var(--wash); overflow-wrap: anywhere; }
.browser-verification[data-state="verified"], .browser-verification[data-state="agree"] { border-color: var(--agree); }
.browser-verification[data-state="broken"], .browser-verification[data-state="unreadable"], .browser-verification[data-state="differ"] { border-color: var(--alarm); color: var(--alarm); font-weight: 600; }
.chart { margin: 1.5rem 0 2rem; }
.chart figcaption { font-weight: 600; margin-bottom: .5rem; }
.chart svg { max-width: 100%; height: auto; }
.chart-table table { margin-top: .5rem; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; font-size: .95rem; }
caption { text-align: left; color: var(--muted); font-size: .85rem; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 2px solid var(--ink); font-size: .85rem; }
td.number, .number { font-variant-numeric: tabular-nums; }
table.figures { table-layout: fixed; }
table.figures thead th:nth-child(1) { width: 40%; }
table.figures thead th:nth-child(2) { width: 25%; }
tr.figure th { font-weight: 500; }
table.figures td, table.figures th { overflow-wrap: anywhere; }
tr.figure-alarm th { border-left: 4px solid var(--alarm); }
tr.figure-warning th { border-left: 4px solid var(--warning); }
tr.lineage-row td { padding: 0 .5rem .35rem 1.25rem; border-bottom: 1px solid var(--rule); }
tr.figure td, tr.figure th { border-bottom: 0; }
details > summary { cursor: pointer; }
.lineage > summary { color: var(--muted); font-size: .85rem; }
.lineage[open] > summary { color: var(--ink); }
.lineage-body { padding: .25rem 0 .5rem; }
.lineage-events { margin: .25rem 0; padding-left: 1.5rem; }
.lineage-events li { margin: .35rem 0; }
.effect { color: var(--muted); }
.event-type code, .rule code { font-size: .85rem; }
.position, .side, .source, .arithmetic, .partial, .reason, .correction, .retraction { color: var(--muted); font-size: .85rem; }
.statement .arithmetic { display: block; }
.quote { margin: .25rem 0; padding: .25rem .75rem; border-left: 3px solid var(--rule); font-style: italic; }
.source { margin: 0 0 .25rem; }
.missing { color: var(--muted); font-style: italic; }
.itemised { text-decoration: none; cursor: help; }
.verdict { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; }
.verdict-alarm, .verdict-differs { color: var(--alarm); }
.verdict-warning { color: var(--warning); }
.verdict-agrees { color: var(--agree); }
.verdict-incomplete, .verdict-not-comparable { color: var(--muted); }
.finding { border-left: 5px solid var(--muted); background: var(--wash); margin: .6rem 0; padding: .5rem .75rem; }
.finding-alarm { border-color: var(--alarm); }
.finding-warning { border-color: var(--warning); }
.finding .severity { font-weight: 700; margin-right: .35rem; }
.finding-alarm .severity { color: var(--alarm); }
.finding-warning .severity { color: var(--warning); }
.finding summary .arithmetic { display: block; margin: .2rem 0 0 1.1rem; }
.hypotheses { padding-left: 1.25rem; }
.hypothesis .tag { display: inline-block; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; border: 1px dashed var(--ink); padding: 0 .3rem; margin-right: .35rem; }
.legend { color: var(--muted); }
.hash { overflow-wrap: anywhere; }
@media print { details > * { display: block; } details:not([open]) > :not(summary) { display: block; } nav, .skip { display: none; } }
`;
