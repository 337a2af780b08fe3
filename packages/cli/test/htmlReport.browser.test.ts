import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type CampaignReport, formatCount, formatFraction, formatPercent } from '@campaign-ledger/core';
import { noteSigner, signNote } from '@campaign-ledger/core/merkle';
import * as E from 'fp-ts/lib/Either.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WatchedPage, chromiumPath, launchChromium, noChromiumReason, openFile } from './chromium';
import { type LedgerDirectory, makeLedgerDirectory, recordMuongTe } from './ledgerDirectory';
import { repositoryRoot } from './runCli';

// The HTML report as `report --format html` writes it, opened from its file in headless Chromium,
// offline: what the page shows is checked against the report's own JSON, never against numbers
// written here. CI installs Debian's chromium (.ci/run), so there this suite always runs.

const browserPath = chromiumPath();
if (browserPath === undefined && process.env['CI'] === 'true') throw new Error(`the HTML report's browser tests must run in CI: ${noChromiumReason}`);

type Row = CampaignReport['groups'][number]['sections'][number]['rows'][number];
const rowsOf = (report: CampaignReport): ReadonlyArray<Row & { readonly period: unknown }> =>
  report.groups.flatMap((g) => g.sections.flatMap((s) => s.rows.map((r) => ({ ...r, period: g.period }))));

// The page's own screenshot, for the README: kept in docs/ when asked (npm run screenshot), else only taken.
const SCREENSHOT = join(repositoryRoot, 'docs/images/muong-te-report.png');

let dir: LedgerDirectory;
let browser: Browser;
let report: CampaignReport;
let htmlFile: string;
let englishFile: string;

// With CI=true a missing browser has already failed the file above: the suite never skips there.
describe.skipIf(browserPath === undefined && process.env['CI'] !== 'true')(`the Mường Tè HTML report in headless Chromium${browserPath === undefined ? ` (skipped: ${noChromiumReason})` : ''}`, () => {
  beforeAll(async () => {
    dir = makeLedgerDirectory();
    await recordMuongTe(dir);
    const [html, english, json] = await Promise.all([dir.cli('report', '--format', 'html'), dir.cli('report', '--format', 'html', '--lang', 'en'), dir.cli('report', '--format', 'json')]);
    for (const run of [html, english, json]) expect([run.code, run.stderr]).toEqual([0, '']);
    report = JSON.parse(json.stdout) as CampaignReport;
    htmlFile = dir.write('report.html', html.stdout);
    englishFile = dir.write('report.en.html', english.stdout);
    browser = await launchChromium(browserPath as string);
  });
  afterAll(async () => {
    await browser?.close();
    dir?.remove();
  });

  const watched: WatchedPage[] = [];
  const open = async (file: string, options: Parameters<typeof openFile>[2] = {}): Promise<WatchedPage> => {
    const opened = await openFile(browser, file, options);
    watched.push(opened);
    await opened.page.waitForSelector('#browser-verification:not([data-state="pending"])');
    await opened.page.waitForSelector('#browser-figures:not([data-state="pending"])');
    return opened;
  };
  afterAll(async () => {
    for (const w of watched) await w.context.close();
  });

  it('is one file under 1 MB', () => {
    expect(Buffer.byteLength(readFileSync(htmlFile))).toBeLessThan(1024 * 1024);
  });

  it('shows the summary: scope, period, events, the audit by severity, and the head hash verified when made', async () => {
    const { page, requests, errors } = await open(htmlFile);
    const summary = async (name: string) => (await page.textContent(`[data-summary="${name}"]`))?.trim();
    const audit = report.audit;
    if (audit === undefined || audit.log._tag !== 'Intact') throw new Error('the report has no audit of an intact log');
    expect(await summary('scope')).toBe(report.scope?.name);
    expect(await summary('period')).toBe('2007–2010');
    expect(await summary('events')).toBe(formatCount(report.eventCount, 'vi'));
    expect([await summary('alarms'), await summary('warnings'), await summary('notes')]).toEqual(
      [audit.bySeverity.alarm, audit.bySeverity.warning, audit.bySeverity.note].map((n) => formatCount(n, 'vi')),
    );
    expect(await summary('head-hash')).toBe(audit.log.digest.headHash);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('verifies its embedded log in the browser', async () => {
    const { page, errors } = await open(htmlFile);
    const status = page.locator('#browser-verification');
    expect(await status.getAttribute('data-state')).toBe('verified');
    const digest = report.audit?.log._tag === 'Intact' ? report.audit.log.digest : undefined;
    expect(await status.textContent()).toBe(
      `Đã kiểm tra trong trình duyệt này: nhật ký nguyên vẹn, ${formatCount(digest?.eventCount ?? -1, 'vi')} sự kiện, mã băm đầu chuỗi ${digest?.headHash}.`,
    );
    expect(errors).toEqual([]);
  });

  it("recomputes its table's figures from its embedded log, and names a figure edited in the table", async () => {
    const { page, errors } = await open(htmlFile);
    expect(await page.getAttribute('#browser-figures', 'data-state')).toBe('agree');
    expect(await page.textContent('#browser-figures')).toBe(`Tính lại trong trình duyệt này từ nhật ký: cả ${formatCount(rowsOf(report).length, 'vi')} số liệu khớp với bảng.`);
    const row = rowsOf(report).find((r) => r.key.measure === 'participation-rate' && r.period === 2009 && r.dimensions.some((d) => d.value === 'party-members'));
    const percent = row?.computed.percent;
    if (row === undefined || percent === undefined) throw new Error('no 2009 party members rate in the report');
    const shown = `${formatFraction(percent.numerator, percent.denominator, 'vi')} = ${formatPercent(percent, 'vi')}`;
    const html = readFileSync(htmlFile, 'utf8');
    expect(html.split(`<span class="number">${shown}</span>`)).toHaveLength(2);
    const edited = dir.write('edited-table.html', html.replace(`<span class="number">${shown}</span>`, '<span class="number">2.181/2.321 = 94,20%</span>'));
    const opened = await open(edited);
    expect(await opened.page.getAttribute('#browser-figures', 'data-state')).toBe('differ');
    expect(await opened.page.textContent('#browser-figures')).toBe(
      `Tính lại trong trình duyệt này từ nhật ký: 1 số liệu khác với bảng; đầu tiên là «Năm 2009: ${row.label.vi}»: bảng ghi 2.181/2.321 = 94,20%, nhật ký cho ${shown}.`,
    );
    // The log itself is untouched, and still verifies.
    expect(await opened.page.getAttribute('#browser-verification', 'data-state')).toBe('verified');
    expect([...errors, ...opened.errors]).toEqual([]);
  });

  it('made as of a moment, says so, and leaves its figures to that moment', async () => {
    const replayed = await dir.cli('replay', '--as-of', '120', '--format', 'html', '--lang', 'en');
    expect([replayed.code, replayed.stderr]).toEqual([0, '']);
    const { page, errors } = await open(dir.write('as-of-120.html', replayed.stdout));
    expect(await page.textContent('[data-summary="as-of"]')).toBe('Replayed up to position 120.');
    expect(await page.textContent('[data-summary="events"]')).toBe('120');
    expect(await page.getAttribute('#browser-figures', 'data-state')).toBe('skipped');
    expect(await page.getAttribute('#browser-verification', 'data-state')).toBe('verified');
    expect(errors).toEqual([]);
  });

  it('draws each chart with one mark per figure it charts, and a table of the same figures', async () => {
    const { page } = await open(htmlFile);
    const persons = rowsOf(report).filter(
      (r) =>
        r.key.measure === 'participants' &&
        typeof r.period === 'number' &&
        r.computed.value !== null &&
        r.dimensions.length === 2 &&
        r.dimensions.some((d) => d.name === 'countUnit' && d.value === 'person') &&
        r.dimensions.some((d) => d.name === 'category'),
    );
    expect(persons.length).toBeGreaterThan(5);
    expect(await page.locator('#chart-participation-person g.chart-bars > *').count()).toBe(persons.length);
    expect(await page.locator('#chart-participation-person .chart-table tbody tr').count()).toBe(persons.length);
    // Persons and attendances are drawn apart: 2008's "5.245 lượt" has its own chart.
    const attendances = rowsOf(report).filter((r) => r.key.measure === 'participants' && r.dimensions.some((d) => d.name === 'countUnit' && d.value === 'attendance'));
    expect(await page.locator('#chart-participation-attendance g.chart-bars > *').count()).toBe(attendances.length);
    const rates = rowsOf(report).filter((r) => r.key.measure === 'participation-rate' && r.computed.percent !== undefined);
    expect(await page.locator('#chart-rates g.chart-bars > *').count()).toBe(rates.length);
    expect(await page.locator('#chart-rates g.chart-eligible > *').count()).toBe(rates.length);
    const awards = rowsOf(report).filter((r) => r.key.measure === 'awards' && r.dimensions.some((d) => d.name === 'recipientKind') && r.computed.value !== null);
    expect(await page.locator('#chart-awards g.chart-bars > *').count()).toBe(awards.length);
    const charts = await page.locator('figure.chart').evaluateAll((figures) => figures.map((f) => f.id));
    expect(charts).toEqual(expect.arrayContaining(['chart-classes-by-bloc', 'chart-classes-by-level', 'chart-outreach-areas', 'chart-outreach-attendances', 'chart-contest-1']));
    // Every chart has its alternative: a label on its drawing, and its figures as a table.
    for (const id of charts) {
      expect(await page.locator(`#${id} svg[aria-label]`).count(), id).toBe(1);
      expect(await page.locator(`#${id} .chart-table table`).count(), id).toBe(1);
    }
  });

  it("opens a figure's lineage on a click, with the quoted sentences of its events and statements", async () => {
    const { page, errors } = await open(htmlFile);
    const row = rowsOf(report).find((r) => r.key.measure === 'participation-rate' && r.period === 2009 && r.dimensions.some((d) => d.value === 'party-members'));
    if (row === undefined) throw new Error('no 2009 party members rate in the report');
    const figure = page.locator(`tr.figure[data-figure-key='${JSON.stringify(row.key)}']`);
    const lineageId = (await figure.locator('a.figure-name').getAttribute('href'))?.slice(1) ?? '';
    const lineage = page.locator(`#${lineageId}`);
    expect(await lineage.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await figure.locator('a.figure-name').click();
    expect(await lineage.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Closed again, the same link opens it again, though the location's hash no longer changes.
    await lineage.evaluate((d) => {
      (d as HTMLDetailsElement).open = false;
    });
    await figure.locator('a.figure-name').click();
    expect(await lineage.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const quotes = await lineage.locator('blockquote.quote').allTextContents();
    for (const s of row.stated) expect(quotes).toContain(s.quote);
    const counted = await lineage.locator('li.lineage-event[data-effect="added"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-event-id')));
    expect(new Set(counted)).toEqual(new Set(row.computed.countedEventIds));
    expect(await figure.locator('td.computed').textContent()).toBe(
      `${formatFraction(row.computed.percent?.numerator ?? 0, row.computed.percent?.denominator ?? 0, 'vi')} = ${formatPercent(row.computed.percent ?? { scaled: 0, decimals: 0 }, 'vi')}`,
    );
    expect(await figure.locator('[data-verdict]').first().getAttribute('data-verdict')).toBe(row.stated[0]?.verdict.severity === 'alarm' ? 'alarm' : 'agrees');
    expect(errors).toEqual([]);
  });

  it('lists the audit alarms first, then warnings, then notes, each opening its arithmetic, quotes and labelled hypotheses', async () => {
    const { page } = await open(htmlFile);
    const severities = await page.locator('article.finding').evaluateAll((items) => items.map((i) => i.getAttribute('data-severity')));
    const findings = report.audit?.findings ?? [];
    expect(severities).toEqual(findings.map((f) => f.severity));
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('alarm'));
    const first = findings[0];
    if (first === undefined) throw new Error('the audit has no finding');
    const article = page.locator('article.finding').first();
    await article.locator('summary').click();
    expect(await article.locator('summary .arithmetic').textContent()).toBe(first.arithmetic.line.vi);
    for (const s of first.statements) expect(await article.locator('blockquote.quote').allTextContents()).toContain(s.quote);
    expect(await article.locator('.hypothesis .tag').allTextContents()).toEqual(first.hypotheses.map(() => 'Giả thuyết'));
    // A finding's statement links to its figure, whose lineage opens.
    await article.locator('a.figure-link').first().click();
    const target = (await article.locator('a.figure-link').first().getAttribute('href'))?.slice(1) ?? '';
    expect(await page.locator(`#${target}`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it('works from the keyboard: the skip link, then a figure opened with Enter', async () => {
    const { page } = await open(htmlFile);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    const link = page.locator('a.figure-name').first();
    await link.focus();
    await page.keyboard.press('Enter');
    const target = (await link.getAttribute('href'))?.slice(1) ?? '';
    expect(await page.locator(`#${target}`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.locator('article.finding summary').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('article.finding details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it('passes axe-core: contrast, names, landmarks and the rest of WCAG 2 A and AA', async () => {
    const { page } = await open(htmlFile, { bypassCSP: true });
    // Open every details so that their contents are checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
      });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))})`);
    });
    expect(violations).toEqual([]);
  });

  it('says where its embedded log was altered', async () => {
    const html = readFileSync(htmlFile, 'utf8');
    const embedded = /<script type="application\/x-ndjson" id="campaign-ledger-events">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const lines = embedded.split('\n').filter((l) => l !== '');
    const altered = lines.findIndex((l) => l.includes('2.181/2.321'));
    expect(altered).toBeGreaterThan(0);
    const position = (JSON.parse(lines[altered] ?? '{}') as { readonly globalPosition: number }).globalPosition;
    const tampered = lines.map((l, i) => (i === altered ? l.replace('2.181/2.321', '2.181/2.320') : l)).join('\n');
    const file = dir.write('tampered.html', html.replace(embedded, `${tampered}\n`));
    const { page, errors } = await open(file);
    expect(await page.getAttribute('#browser-verification', 'data-state')).toBe('broken');
    expect(await page.textContent('#browser-verification')).toMatch(new RegExp(`^Không khớp khi kiểm tra trong trình duyệt này: sai lệch đầu tiên ở vị trí ${position} \\(altered\\)`));
    expect(errors).toEqual([]);
  });

  it('checks, in the browser, a checkpoint it embeds and the proofs of the events behind its figures; a forged root is named', async () => {
    for (const args of [['checkpoint-key', 'ledger.example/muong-te', '--output', 'page.key'], ['checkpoint', '--key', 'page.key', '--output', 'page-checkpoint.txt']]) {
      const run = await dir.cli(...args);
      expect(run.code, run.stderr).toBe(0);
    }
    const made = await dir.cli('report', '--format', 'html', '--lang', 'en', '--checkpoint', 'page-checkpoint.txt', '--log-key', 'page.key.pub');
    expect([made.code, made.stderr]).toEqual([0, '']);
    const counted = new Set(rowsOf(report).flatMap((row) => row.computed.countedEventIds));
    const { page, requests, errors } = await open(dir.write('report.checkpoint.html', made.stdout));
    await page.waitForSelector('#browser-checkpoint:not([data-state="pending"])');
    expect(await page.getAttribute('#browser-checkpoint', 'data-state')).toBe('holds');
    expect(await page.textContent('#browser-checkpoint')).toBe(
      `Checked in this browser: the log extends the checkpoint ledger.example/muong-te (${formatCount(report.eventCount, 'en')} events), and the proofs of all ${formatCount(counted.size, 'en')} events behind the figures hold.`,
    );
    expect([requests, errors]).toEqual([[], []]);

    // The same page whose checkpoint claims another root, signed again with the same key: the log is not that one.
    const embedded = /<script type="application\/json" id="campaign-ledger-checkpoint">([\s\S]*?)<\/script>/.exec(made.stdout)?.[1] ?? '';
    const checkpoint = JSON.parse(embedded) as { readonly note: string };
    const lines = checkpoint.note.split('\n');
    const forgedRoot = Buffer.alloc(32, 7).toString('base64');
    const signer = noteSigner(readFileSync(join(dir.path, 'page.key'), 'utf8').trim());
    if (E.isLeft(signer)) throw new Error(signer.left.message);
    const forgedNote = signNote(`${lines[0]}\n${lines[1]}\n${forgedRoot}\n`, [signer.right]);
    const forged = made.stdout.replace(embedded, JSON.stringify({ ...JSON.parse(embedded), note: forgedNote }).replace(/</g, '\\u003c'));
    const second = await open(dir.write('report.forged.html', forged));
    await second.page.waitForSelector('#browser-checkpoint:not([data-state="pending"])');
    expect(await second.page.getAttribute('#browser-checkpoint', 'data-state')).toBe('not-extended');
    expect(await second.page.textContent('#browser-checkpoint')).toMatch(/^The log does not extend the checkpoint \(Fork\): /);
    expect(second.errors).toEqual([]);
  });

  it('speaks English with --lang en, numbers written the English way', async () => {
    const { page, requests, errors } = await open(englishFile);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#browser-verification')).toMatch(/^Verified in this browser: the log is intact, 180 events, head hash [0-9a-f]{64}\.$/);
    expect(await page.textContent('[data-summary="period"]')).toBe('2007–2010');
    const rate = rowsOf(report).find((r) => r.key.measure === 'participation-rate' && r.computed.percent !== undefined);
    if (rate?.computed.percent === undefined) throw new Error('no rate');
    const cell = await page.locator(`tr.figure[data-figure-key='${JSON.stringify(rate.key)}'] td.computed`).textContent();
    expect(cell).toBe(`${formatFraction(rate.computed.percent.numerator, rate.computed.percent.denominator, 'en')} = ${formatPercent(rate.computed.percent, 'en')}`);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('takes its screenshot (kept in docs/ with npm run screenshot)', async () => {
    const { page } = await open(htmlFile, { viewport: { width: 1100, height: 1400 } });
    const png = await page.screenshot({ fullPage: false });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1100);
    if (process.env['UPDATE_SCREENSHOT'] === '1') writeFileSync(SCREENSHOT, png);
  });
});
