import { createContext, runInContext } from 'node:vm';
import { CampaignEvent, makeInMemoryEventStore, type EventEnvelope } from '@campaign-ledger/core';
import { muongTeHistory, replayHistory } from '@campaign-ledger/fixtures';
import { transform } from 'esbuild';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsFileOf } from '../src/eventsFile';
import { PAGE_SCRIPT } from '../src/page/pageScript.generated';
import { buildPageScript } from './buildPageScript';

// The page's script as the page inlines it: up to date with its sources, safe inside a <script>
// element, and run where only a browser's globals and a small stand-in for the page exist.

const nodeGlobals = ['process', 'Buffer', 'require', 'global', 'setImmediate', '__dirname', '__filename', 'module', 'exports'] as const;
const marker = (name: string): string => `__nodeOnlyGlobal_${name}`;

/** What a browser offers a script besides the DOM, and nothing of Node's. */
const browserGlobals = (errors: Array<unknown>) => ({
  TextEncoder,
  TextDecoder,
  URL,
  console: { ...console, error: (...args: ReadonlyArray<unknown>) => errors.push(args) },
  queueMicrotask,
  setTimeout,
  clearTimeout,
  crypto: { getRandomValues: crypto.getRandomValues.bind(crypto), randomUUID: crypto.randomUUID.bind(crypto) },
});

/** A node of the stand-in page: what the script reads and sets, and its place in the tree. */
class FakeElement {
  readonly attributes = new Map<string, string>();
  textContent: string | null = null;
  open = false;
  focused = false;
  constructor(readonly parent: FakeElement | null = null) {}
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
  contains(other: FakeElement): boolean {
    for (let node: FakeElement | null = other; node !== null; node = node.parent) if (node === this) return true;
    return false;
  }
  focus(): void {
    this.focused = true;
  }
}

interface FakePage {
  readonly verification: FakeElement;
  readonly byId: Map<string, FakeElement>;
  readonly details: Array<FakeElement>;
  readonly window: { readonly location: { hash: string }; readonly listeners: Map<string, () => void> };
  readonly errors: Array<unknown>;
}

/** Runs the script in a fresh context over a stand-in page holding `events` as the embedded log. */
const runPage = (events: string, options: { readonly lang?: string; readonly hash?: string; readonly build?: (page: FakePage) => void } = {}): FakePage => {
  const verification = new FakeElement();
  verification.setAttribute('data-state', 'pending');
  const embedded = new FakeElement();
  embedded.textContent = events;
  const listeners = new Map<string, () => void>();
  const page: FakePage = {
    verification,
    byId: new Map([
      ['campaign-ledger-events', embedded],
      ['browser-verification', verification],
    ]),
    details: [],
    window: { location: { hash: options.hash ?? '' }, listeners },
    errors: [],
  };
  options.build?.(page);
  const document = {
    readyState: 'complete',
    documentElement: { lang: options.lang ?? 'vi' },
    getElementById: (id: string) => page.byId.get(id) ?? null,
    getElementsByTagName: (tag: string) => (tag === 'details' ? page.details : []),
    addEventListener: () => undefined,
  };
  const window = { location: page.window.location, addEventListener: (type: string, listener: () => void) => listeners.set(type, listener) };
  const context = createContext({ ...browserGlobals(page.errors), document, window });
  expect(runInContext('typeof process + typeof require + typeof Buffer + typeof global', context)).toBe('undefinedundefinedundefinedundefined');
  runInContext(PAGE_SCRIPT, context, { filename: 'pageScript.js' });
  return page;
};

/** The verification's data-state once it has left `pending`. */
const settledState = async (page: FakePage): Promise<string | undefined> => {
  for (let tick = 0; tick < 200 && page.verification.attributes.get('data-state') === 'pending'; tick += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return page.verification.attributes.get('data-state');
};

let envelopes: ReadonlyArray<EventEnvelope<CampaignEvent>>;
let events: string;

beforeAll(async () => {
  const store = makeInMemoryEventStore({ codec: CampaignEvent });
  const replay = await replayHistory(store, muongTeHistory);
  if (E.isLeft(replay)) throw new Error(replay.left.message);
  const read = await store.readAll()();
  if (E.isLeft(read)) throw new Error(read.left._tag);
  envelopes = read.right;
  events = eventsFileOf(null, envelopes).replaceAll('<', '\\u003c');
}, 30_000);

describe('the page script', () => {
  it('is what its sources build today', async () => {
    const built = await buildPageScript();
    expect(built === PAGE_SCRIPT, 'src/page/pageScript.generated.ts is out of date: run `npm run page -w @campaign-ledger/html-report`').toBe(true);
  }, 30_000);

  it('can sit inside a <script> element', () => {
    expect(PAGE_SCRIPT).not.toMatch(/<\/script|<!--/i);
  });

  it('reads none of Node’s globals, even behind a guard', async () => {
    const define = Object.fromEntries(nodeGlobals.map((name) => [name, marker(name)]));
    const marked = await transform(PAGE_SCRIPT, { define, logLevel: 'silent' });
    expect(nodeGlobals.filter((name) => marked.code.includes(marker(name))), 'Node globals the script reads').toEqual([]);
    const probe = await transform(`export const probe = [${nodeGlobals.map((name) => `typeof ${name}`).join(', ')}];`, { define });
    expect(nodeGlobals.filter((name) => !probe.code.includes(marker(name))), 'globals the check cannot see').toEqual([]);
  });

  it('verifies the embedded log where only a browser’s globals exist, and says so in the page’s language', async () => {
    const head = envelopes[envelopes.length - 1] as EventEnvelope<CampaignEvent>;
    const vi = runPage(events);
    expect(await settledState(vi)).toBe('verified');
    expect(vi.verification.textContent).toContain(`nhật ký nguyên vẹn, ${envelopes.length} sự kiện, mã băm đầu chuỗi ${head.hash}.`);
    const en = runPage(events, { lang: 'en' });
    expect(await settledState(en)).toBe('verified');
    expect(en.verification.textContent).toBe(`Verified in this browser: the log is intact, ${envelopes.length} events, head hash ${head.hash}.`);
    expect([...vi.errors, ...en.errors]).toEqual([]);
  }, 30_000);

  it('says where an edited log breaks, and what it cannot read', async () => {
    const lines = events.slice(0, -1).split('\n');
    // Event 3 (line 4) said to be recorded a year later than it was.
    const edited = lines.map((line, index) => (index === 3 ? line.replace(/"recordedAt":"(\d{4})/, (_match, year: string) => `"recordedAt":"${Number(year) + 1}`) : line));
    expect(edited[3]).not.toBe(lines[3]);
    const broken = runPage(edited.map((line) => `${line}\n`).join(''), { lang: 'en' });
    expect(await settledState(broken)).toBe('broken');
    expect(broken.verification.textContent).toMatch(/^Not verified in this browser: the first break is at position 3 \(altered\): /);
    const unreadable = runPage(lines.slice(0, -1).join('\n'), { lang: 'en' });
    expect(await settledState(unreadable)).toBe('unreadable');
    expect(unreadable.verification.textContent).toContain(`${envelopes.length} events follow, but ${envelopes.length - 1} do`);
    expect([...broken.errors, ...unreadable.errors]).toEqual([]);
  }, 30_000);

  it('opens every <details> around and inside the element the location names, and focuses it, again on hashchange', async () => {
    let row = new FakeElement();
    let other = new FakeElement();
    const page = runPage(events, {
      hash: '#figure-12',
      build: ({ byId, details }) => {
        const section = new FakeElement();
        const around = new FakeElement(section);
        row = new FakeElement(around);
        const lineage = new FakeElement(new FakeElement(row));
        const elsewhere = new FakeElement(section);
        other = new FakeElement(elsewhere);
        details.push(around, lineage, elsewhere);
        byId.set('figure-12', row).set('figure-13', other);
      },
    });
    const [around, lineage, elsewhere] = page.details;
    expect([around?.open, lineage?.open, elsewhere?.open]).toEqual([true, true, false]);
    expect(row.focused).toBe(true);
    expect(row.attributes.get('tabindex')).toBe('-1');

    page.window.location.hash = '#figure-13';
    page.window.listeners.get('hashchange')?.();
    expect(elsewhere?.open).toBe(true);
    expect(other.focused).toBe(true);
    expect(await settledState(page)).toBe('verified');
    expect(page.errors).toEqual([]);
  }, 30_000);
});
