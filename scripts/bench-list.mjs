// Benchmark of <esim-list> in headless Chromium: time from data in hand to rows painted, and frame
// times while scrolling, for 1,000 and 10,000 eSIMs fed by an in-memory backend; measured against a
// hand-written plain-DOM render of the same rows (same fields, same formatting helpers, every row)
// in the same run, and against the floor: a hand-written render of only the rows the list keeps in
// the DOM, with the list's own markup and stylesheets, windowed the same way. Prints figures and ratios; asserts nothing (shared machines are noisy).
//
//   node scripts/bench-list.mjs [--iterations 7] [--sizes 1000,10000] [--zod lite|mini]
//
// Targets (docs quality bars): within 1.5x of the baseline at 1,000 rows; flat from 1,000 to 10,000.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';
import { median, ms, percentile } from './bench-stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const ITERATIONS = Number(option('iterations', '7'));
const SIZES = option('sizes', '1000,10000').split(',').map(Number);
/* Which validator reads the pages: `lite` (src/cdn/zod-lite.ts, as the script-tag build ships the
 * element) or `mini` (zod/mini, as the npm build does). */
const ZOD = option('zod', 'lite');

/* The page: the element class (registered here, so the bundle does not depend on side-effect
 * imports), the shared display helpers for the baseline, and the measuring functions. */
const PAGE = /* ts */ `
import { EsimList } from './src/elements/esim-list/esim-list.js';
import type { EsimBackend } from './src/api/backend.js';
import type { Esim } from './src/api/schemas.js';
import { en } from './src/i18n/en.js';
import { dataUsage, deviceName, displayName, esimLabel, ineligibleReasonText, installStateLabel, regionName, statusLabel, statusTone, validity } from './src/internal/esim-display.js';
import { lastFour, maskIccid } from './src/internal/format.js';
import { formStyles } from './src/internal/form.styles.js';
import { themeStyles } from './src/internal/theme.styles.js';
import { listStyles } from './src/elements/esim-list/esim-list.styles.js';

customElements.define('esim-list', EsimList);

const NOW = Date.now();
const STATUSES = ['active', 'ready', 'active', 'expired', 'depleted', 'cancel_pending', 'suspended'] as const;

function generate(count: number): Esim[] {
  return Array.from({ length: count }, (_, i) => {
    const status = STATUSES[i % STATUSES.length]!;
    const eligible = status === 'ready';
    return {
      id: 'bench-' + i,
      iccid: '89882470' + String(i).padStart(11, '0'),
      nickname: i % 4 === 0 ? 'Phone ' + i : null,
      planName: 'Plan ' + (i % 9) + ' 10 GB / 30 days',
      region: { code: 'JP', name: 'Japan' },
      status,
      installState: eligible ? 'not_installed' : 'installed',
      data: { usedBytes: (i % 10) * 1e8, totalBytes: i % 8 === 0 ? null : 10e9, updatedAt: new Date(NOW - (i % 300) * 60_000).toISOString() },
      expiresAt: new Date(NOW + ((i % 60) - 5) * 86_400_000).toISOString(),
      device: i % 3 === 0 ? { make: 'Apple', model: 'iPhone 15 Pro' } : undefined,
      cancellation: eligible
        ? { eligible: true, mode: 'instant' }
        : { eligible: false, mode: 'none', ineligibleReason: status === 'expired' ? 'expired' : 'data_used' },
    } satisfies Esim;
  });
}

/** Resolves after the next frame has been painted (rAF runs before paint; a task queued there runs after it). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

const stage = document.getElementById('stage')!;
const data = new Map<number, Esim[]>();
const rowsOf = (n: number) => data.get(n) ?? (data.set(n, generate(n)), data.get(n)!);

const fail = () => Promise.reject(new Error('not used by the benchmark'));

/** esim-list: data in hand (the backend resolves) → rendered, laid out, painted. */
async function listRender(n: number) {
  const items = rowsOf(n);
  let t0 = 0;
  const backend: EsimBackend = {
    async listEsims() {
      t0 = performance.now();
      return { items, nextCursor: null };
    },
    getEsim: fail, getCancellationQuote: fail, submitCancellation: fail, getCancellation: fail, withdrawCancellation: fail,
  };
  const el = document.createElement('esim-list') as EsimList;
  el.backend = backend;
  const loaded = new Promise((resolve) => el.addEventListener('esim-list-load', resolve, { once: true }));
  stage.append(el);
  await loaded;
  await el.updateComplete;
  el.shadowRoot!.querySelector('[part~="list"]')!.getBoundingClientRect();
  const work = performance.now() - t0;
  await afterPaint();
  // The window corrects itself in the next frame once rows are measured: include that frame.
  await el.updateComplete;
  await afterPaint();
  const paint = performance.now() - t0;
  const domRows = el.shadowRoot!.querySelectorAll('[part~="row"]').length;
  return { work, paint, domRows, el };
}

/** The baseline: every row built with createElement/textContent, the same strings, no framework. */
async function baselineRender(n: number) {
  const items = rowsOf(n);
  const t = en;
  const t0 = performance.now();
  const list = document.createElement('div');
  list.className = 'b-list';
  list.setAttribute('role', 'list');
  const span = (parent: Element, cls: string, text: string) => {
    const s = document.createElement('span');
    s.className = cls;
    s.textContent = text;
    parent.append(s);
    return s;
  };
  items.forEach((esim, i) => {
    const row = document.createElement('div');
    row.className = 'b-row';
    row.setAttribute('role', 'listitem');
    row.setAttribute('aria-posinset', String(i + 1));
    row.setAttribute('aria-setsize', String(items.length));
    const id = document.createElement('div');
    span(id, 'b-name', displayName(esim));
    span(id, 'b-plan', [esim.nickname ? esim.planName : '', regionName(esim) ?? ''].filter(Boolean).join(' · '));
    span(id, 'b-iccid', maskIccid(esim.iccid) + ' ' + t.iccidEnding(lastFour(esim.iccid)));
    const copy = document.createElement('button');
    copy.textContent = t.listCopy;
    copy.setAttribute('aria-label', t.listCopyLabel(esimLabel(t, esim)));
    id.append(copy);
    const state = document.createElement('div');
    span(state, 'b-status', statusLabel(t, esim.status));
    span(state, 'b-install', installStateLabel(t, esim.installState));
    const usage = document.createElement('div');
    const u = dataUsage(t, 'en', esim);
    if (u) {
      span(usage, 'b-amount', u.amount);
      const meter = document.createElement('span');
      meter.className = 'b-meter';
      const fill = document.createElement('span');
      fill.style.inlineSize = ((u.fraction ?? 0) * 100) + '%';
      meter.append(fill);
      usage.append(meter);
      span(usage, 'b-updated', u.updated);
    }
    const dates = document.createElement('div');
    const v = validity(t, 'en', esim);
    if (v) span(dates, 'b-validity', v.text);
    const device = deviceName(esim);
    if (device) span(dates, 'b-device', device);
    const action = document.createElement('div');
    if (esim.cancellation.eligible) {
      const button = document.createElement('button');
      button.textContent = t.listCancel;
      button.setAttribute('aria-label', t.listCancelLabel(esimLabel(t, esim)));
      action.append(button);
    } else {
      span(action, 'b-reason', ineligibleReasonText(t, esim.cancellation.ineligibleReason));
    }
    row.append(id, state, usage, dates, action);
    list.append(row);
  });
  stage.append(list);
  list.getBoundingClientRect();
  const work = performance.now() - t0;
  await afterPaint();
  const paint = performance.now() - t0;
  return { work, paint, domRows: list.children.length, el: list };
}

/* The floor: what the list's first render could cost at best. The same markup as <esim-list>'s rows
 * (parts, classes, attributes, icons), in a shadow root with the list's own stylesheets, windowed the
 * same way (the rows the list keeps in the DOM, the rest as padding), written by hand with
 * createElement: no framework, no state, no toolbar, no events. */
const SHEETS = [themeStyles, formStyles, listStyles].flat().map((sheet) => sheet.styleSheet!);
const ICON = '<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"><path d="M8 1.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13ZM5 8.2l2 2l4-4.2"></path></svg>';

async function floorRender(n: number, windowed: number) {
  const items = rowsOf(n);
  const t = en;
  const t0 = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = SHEETS;
  const el = (tag: string, attrs: Record<string, string>, ...children: (Node | string)[]) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const iconNode = () => {
    const box = document.createElement('span');
    box.innerHTML = ICON;
    return box.firstChild!;
  };
  const list = el('div', { part: 'list', class: 'list', role: 'list', 'aria-label': t.listLabel, tabindex: '-1' });
  const base = el('div', { part: 'base', class: 'base', 'aria-busy': 'false' }, list);
  items.slice(0, windowed).forEach((esim, i) => {
    const label = esimLabel(t, esim);
    const region = regionName(esim);
    const plan = esim.nickname?.trim() ? esim.planName : '';
    const usage = dataUsage(t, 'en', esim);
    const valid = validity(t, 'en', esim);
    const device = deviceName(esim);
    const identity = el(
      'div',
      {},
      el('span', { part: 'name', class: 'name' }, displayName(esim)),
      ...(plan || region ? [el('span', { part: 'plan' }, plan, ...(plan && region ? [el('span', { 'aria-hidden': 'true' }, ' · ')] : []), region ?? '')] : []),
      el(
        'span',
        { part: 'iccid', class: 'iccid' },
        el('small', {}, t.labelIccid),
        el('span', { dir: 'ltr', 'aria-hidden': 'true' }, maskIccid(esim.iccid)),
        el('span', { class: 'visually-hidden' }, t.iccidEnding(lastFour(esim.iccid))),
        el('button', { part: 'copy-button', class: 'btn btn-link copy', 'aria-label': t.listCopyLabel(label) }, iconNode(), t.listCopy),
      ),
    );
    const state = el(
      'div',
      { class: 'state-cell' },
      el('span', { part: 'status', class: 'status', 'data-tone': statusTone(esim.status) }, iconNode(), el('span', {}, statusLabel(t, esim.status))),
      el('span', { part: 'install-state' }, installStateLabel(t, esim.installState)),
    );
    const meter = usage && !usage.unlimited ? el('span', { part: 'meter', class: 'meter' }, el('span', { class: 'fill' })) : undefined;
    if (meter) (meter.firstChild as HTMLElement).style.setProperty('--_fill', String(usage!.fraction));
    const use = el(
      'div',
      { part: 'usage', class: 'usage' },
      el('small', {}, t.labelData),
      ...(usage ? [el('span', {}, usage.amount), meter ?? el('span', { class: 'status' }, t.dataUnlimited), el('small', { class: 'updated' }, usage.updated)] : [el('span', {}, t.dataNone)]),
    );
    const dates = el(
      'div',
      { class: 'dates' },
      ...(valid ? [el('span', { part: 'validity' }, valid.text)] : []),
      ...(device ? [el('span', { part: 'device' }, el('small', {}, t.listDevice), ' ', device)] : []),
    );
    const action = el(
      'div',
      { class: 'action' },
      esim.cancellation.eligible
        ? el('button', { part: 'cancel-button', class: 'btn danger', 'aria-label': t.listCancelLabel(label) }, t.listCancel)
        : el('small', { part: 'ineligible-reason' }, ineligibleReasonText(t, esim.cancellation.ineligibleReason)),
    );
    list.append(
      el('div', { class: 'row', part: 'row', role: 'listitem', 'data-key': esim.id, 'aria-posinset': String(i + 1), 'aria-setsize': String(items.length) }, identity, state, use, dates, action),
    );
  });
  root.append(base);
  stage.append(host);
  // Windowed as the list is: the rows not rendered stand in as padding, from the first row's height.
  const rowHeight = (list.firstElementChild as HTMLElement).getBoundingClientRect().height;
  list.style.paddingBlockEnd = (items.length - windowed) * rowHeight + 'px';
  list.getBoundingClientRect();
  const work = performance.now() - t0;
  await afterPaint();
  const paint = performance.now() - t0;
  return { work, paint, domRows: list.children.length, el: host };
}

/** Frame times (rAF deltas) during a programmatic smooth scroll through the first rows. */
async function scrollFrames(target: Element): Promise<number[]> {
  const top = target.getBoundingClientRect().top + scrollY;
  scrollTo({ top: 0 });
  await afterPaint();
  const deltas: number[] = [];
  let last = performance.now();
  let still = 0;
  let prevY = -1;
  const distance = Math.min(20_000, document.documentElement.scrollHeight - innerHeight - top);
  scrollTo({ top: top + distance, behavior: 'smooth' });
  await new Promise<void>((resolve) => {
    const tick = (now: number) => {
      deltas.push(now - last);
      last = now;
      still = scrollY === prevY ? still + 1 : 0;
      prevY = scrollY;
      if (still > 5 || deltas.length > 600) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  scrollTo({ top: 0 });
  return deltas.slice(1, -6);
}

declare global {
  interface Window {
    bench: typeof bench;
  }
}

const bench = {
  async render(kind: 'list' | 'baseline' | 'floor', n: number, windowed = 0) {
    const result = kind === 'list' ? await listRender(n) : kind === 'floor' ? await floorRender(n, windowed) : await baselineRender(n);
    result.el.remove();
    await afterPaint();
    return { work: result.work, paint: result.paint, domRows: result.domRows };
  },
  /** Renders and keeps the rows for {@link bench.scroll}. */
  async prepare(kind: 'list' | 'baseline', n: number) {
    prepared = (kind === 'list' ? await listRender(n) : await baselineRender(n)).el;
    await afterPaint();
  },
  async scroll() {
    return scrollFrames(prepared!);
  },
  async cleanup() {
    prepared?.remove();
    prepared = undefined;
    await afterPaint();
  },
};
let prepared: Element | undefined;
window.bench = bench;
`;

const STYLE = `
  body { margin: 0; font-family: system-ui, sans-serif; }
  #stage { inline-size: 960px; padding: 16px; }
  /* The baseline gets a comparable layout: a grid row per eSIM. */
  .b-list { display: flex; flex-direction: column; gap: 0; border: 1px solid #c9ced6; border-radius: 8px; }
  .b-row { display: grid; grid-template-columns: 1.7fr 1.1fr 1.2fr 8rem; gap: 8px 20px; padding: 12px; border-block-start: 1px solid #c9ced6; }
  .b-row > div { display: flex; flex-direction: column; gap: 2px; min-inline-size: 0; }
  .b-meter { display: block; block-size: 8px; background: #f4f5f7; border-radius: 999px; overflow: hidden; }
  .b-meter > span { display: block; block-size: 100%; background: #1f5fd1; }
  .b-plan, .b-iccid, .b-updated, .b-reason { color: #555b66; font-size: 14px; }
`;

async function bundle() {
  const result = await build({
    stdin: { contents: PAGE, loader: 'ts', resolveDir: root, sourcefile: 'bench-page.ts' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: !args.includes('--profile'),
    write: false,
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'error',
    ...(ZOD === 'lite' ? { alias: { 'zod/mini': `${root}src/cdn/zod-lite.ts` } } : {}),
  });
  return result.outputFiles[0].text;
}

const code = await bundle();
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.route('http://bench.invalid/**', (route) => {
    const url = route.request().url();
    if (url.endsWith('/page.js')) return route.fulfill({ contentType: 'text/javascript', body: code });
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${STYLE}</style></head>
        <body><div id="stage"></div><script type="module" src="/page.js"></script></body></html>`,
    });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await page.goto('http://bench.invalid/');
  await page.waitForFunction(() => 'bench' in window);

  if (args.includes('--profile')) {
    // Where the list's first render goes: the functions with the most self time over 5 renders of
    // the largest size (minified names; run with --zod mini to see zod's share).
    const n = Math.max(...SIZES);
    await page.evaluate((size) => window.bench.render('list', size), n);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < 5; i++) await page.evaluate((size) => window.bench.render('list', size), n);
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const { callFrame } = nodes.get(id);
      const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber}:${callFrame.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    console.log(`Self time over 5 renders of ${n} eSIMs:`);
    for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms(time / 5).padStart(9)}  ${key}`);
    process.exit(0);
  }

  const render = {};
  const scroll = {};
  for (const n of SIZES) {
    // The floor, in the same run: the rows the list kept in the DOM, by hand.
    const measureFloor = async () => {
      const windowed = render[`list:${n}`].domRows;
      await page.evaluate(([size, w]) => window.bench.render('floor', size, w), [n, windowed]);
      const runs = [];
      for (let i = 0; i < ITERATIONS; i++)
        runs.push(await page.evaluate(([size, w]) => window.bench.render('floor', size, w), [n, windowed]));
      render[`floor:${n}`] = { work: median(runs.map((r) => r.work)), paint: median(runs.map((r) => r.paint)), domRows: runs[0].domRows };
    };
    for (const kind of ['list', 'baseline']) {
      // One warm-up run (JIT, caches, fonts), then the measured ones, alternating kinds is not needed:
      // each run starts from an empty stage.
      await page.evaluate(([k, size]) => window.bench.render(k, size), [kind, n]);
      const runs = [];
      for (let i = 0; i < ITERATIONS; i++) runs.push(await page.evaluate(([k, size]) => window.bench.render(k, size), [kind, n]));
      render[`${kind}:${n}`] = {
        work: median(runs.map((r) => r.work)),
        paint: median(runs.map((r) => r.paint)),
        domRows: runs[0].domRows,
      };
      const frames = [];
      let mainThread = 0;
      for (let i = 0; i < 2; i++) {
        await page.evaluate(([k, size]) => window.bench.prepare(k, size), [kind, n]);
        const before = await metrics();
        frames.push(...(await page.evaluate(() => window.bench.scroll())));
        const after = await metrics();
        mainThread +=
          ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'].reduce((sum, key) => sum + after[key] - before[key], 0) * 1000;
        await page.evaluate(() => window.bench.cleanup());
      }
      if (kind === 'list') await measureFloor();
      scroll[`${kind}:${n}`] = {
        median: median(frames),
        p95: percentile(frames, 95),
        long: frames.filter((f) => f > 25).length,
        count: frames.length,
        perFrame: mainThread / frames.length,
      };
    }
  }

  console.log(
    `\n<esim-list> benchmark, headless Chromium, median of ${ITERATIONS} runs (after 1 warm-up); pages read by ${ZOD === 'lite' ? 'zod-lite (as the script-tag build ships)' : 'zod/mini (as the npm build ships)'}\n`,
  );
  console.log('Data in hand → rows painted');
  console.log(
    'rows    | esim-list work | baseline work | esim-list paint | baseline paint | ratio (paint) | ratio (work) | DOM rows (list / baseline)',
  );
  for (const n of SIZES) {
    const l = render[`list:${n}`];
    const b = render[`baseline:${n}`];
    console.log(
      `${String(n).padEnd(7)} | ${ms(l.work).padStart(14)} | ${ms(b.work).padStart(13)} | ${ms(l.paint).padStart(15)} | ${ms(b.paint).padStart(14)} | ${(l.paint / b.paint).toFixed(2).padStart(12)}× | ${(l.work / b.work).toFixed(2).padStart(11)}× | ${l.domRows} / ${b.domRows}`,
    );
  }
  console.log('\nAgainst the floor: the same visible rows, same markup and styles, windowed the same way, by hand');
  console.log('rows    | esim-list work | floor work | esim-list paint | floor paint | ratio (work) | ratio (paint) | DOM rows');
  for (const n of SIZES) {
    const l = render[`list:${n}`];
    const f = render[`floor:${n}`];
    console.log(
      `${String(n).padEnd(7)} | ${ms(l.work).padStart(14)} | ${ms(f.work).padStart(10)} | ${ms(l.paint).padStart(15)} | ${ms(f.paint).padStart(11)} | ${(l.work / f.work).toFixed(2).padStart(11)}× | ${(l.paint / f.paint).toFixed(2).padStart(12)}× | ${l.domRows} / ${f.domRows}`,
    );
  }
  console.log('Target: esim-list within 2× of the floor.');
  if (SIZES.length > 1) {
    const first = render[`list:${SIZES[0]}`];
    const last = render[`list:${SIZES.at(-1)}`];
    console.log(
      `\nesim-list ${SIZES.at(-1)} vs ${SIZES[0]} rows: paint ${(last.paint / first.paint).toFixed(2)}×, work ${(last.work / first.work).toFixed(2)}× (flat ≈ 1×)`,
    );
  }
  console.log('\nSmooth scroll over 20,000 px: frame times (rAF deltas; > 25 ms counted as long) and main-thread');
  console.log("work per frame (script + style + layout, from Chrome's Performance metrics: less noisy than frame times)");
  console.log('rows    | kind      | median    | p95       | long frames / frames | work per frame');
  for (const n of SIZES) {
    for (const kind of ['list', 'baseline']) {
      const s = scroll[`${kind}:${n}`];
      console.log(
        `${String(n).padEnd(7)} | ${kind.padEnd(9)} | ${ms(s.median)} | ${ms(s.p95)} | ${`${s.long} / ${s.count}`.padEnd(20)} | ${ms(s.perFrame)}`,
      );
    }
  }
  console.log(
    '\nTargets: paint ratio ≤ 1.5× at 1,000 rows; esim-list flat from 1,000 to 10,000. Figures are indicative on a shared machine.',
  );
} finally {
  await browser.close();
}
