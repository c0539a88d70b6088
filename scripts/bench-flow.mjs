// Benchmark of <esim-cancel-flow> step changes in headless Chromium: for each step change, the script
// work from the trigger (the data in hand, or the customer's click when the step needs no data) to
// the new step rendered and laid out, the time to the next paint, and how many renders (`updated()`
// calls) the change costs. The backend is in memory and answers only when the benchmark releases an
// answer, so the data-in-hand moment is exact; the answers are real ones from the reference backend.
// Prints figures; asserts nothing (shared machines are noisy).
//
//   node scripts/bench-flow.mjs [--iterations 30]
//
// Targets (docs quality bars): under one frame (16 ms) of script work per step change; no re-render
// storms (a step change should cost one or two renders).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createReferenceBackend } from '../demo/backend/index.js';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';
import { median, ms, percentile } from './bench-stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const ITERATIONS = Number(option('iterations', '30'));
const WARM_UP = 3;

/** Real answers, so the flow renders what it renders in production. */
async function fixtures() {
  const backend = createReferenceBackend({ basePath: '/api', requireAuth: false });
  const server = createServer((req, res) => void backend.handle(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/t/bench`;
  const get = async (path, init) => {
    const response = await fetch(`${base}${path}`, init);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  };
  try {
    await get('/__control/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"manualClock":true}' });
    const page = await get('/esims?limit=20');
    const esim = await get('/esims/esim-eu-04');
    const quote = await get('/esims/esim-eu-04/cancellation-quote');
    const pending = await get('/esims/esim-eu-04/cancellations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'bench-0001' },
      body: JSON.stringify({ reason: 'changed_device', contactEmail: 'me@example.com', acknowledged: true, quoteId: quote.quoteId }),
    });
    return {
      page,
      esim,
      quote,
      pending,
      completed: { ...pending, status: 'completed' },
      cancelledEsim: {
        ...esim,
        status: 'cancelled',
        cancellation: { eligible: false, mode: 'none', ineligibleReason: 'already_cancelled' },
      },
    };
  } finally {
    server.close();
  }
}

/* The page: a subclass that counts renders, a backend whose answers wait for release(), and the
 * walk through the flow, measured step by step. */
const PAGE = /* ts */ `
import { EsimCancelFlow } from './src/elements/esim-cancel-flow/esim-cancel-flow.js';
import type { EsimBackend } from './src/api/backend.js';

declare const FIXTURES: Record<string, unknown>;

let renders = 0;
class MeasuredFlow extends EsimCancelFlow {
  protected override updated(): void {
    renders += 1;
    super.updated();
  }
}
customElements.define('esim-cancel-flow', MeasuredFlow);

type Method = keyof EsimBackend;
const waiting = new Map<Method, () => number>();
/** Answers of \`method\` wait until released; release() returns the moment the data was handed over. */
function held<T>(method: Method): Promise<T> {
  return new Promise((resolve) => {
    const value = structuredClone(FIXTURES[method]) as T;
    waiting.set(method, () => {
      waiting.delete(method);
      const now = performance.now();
      resolve(value);
      return now;
    });
  });
}
const backend = {
  listEsims: () => held('listEsims'),
  getEsim: () => held('getEsim'),
  getCancellationQuote: () => held('getCancellationQuote'),
  submitCancellation: () => held('submitCancellation'),
  getCancellation: () => held('getCancellation'),
  withdrawCancellation: () => held('withdrawCancellation'),
} as EsimBackend;

async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; !ready(); i++) {
    if (i > 100_000) throw new Error('the flow never got there');
    await (i < 1000 ? Promise.resolve() : new Promise((r) => setTimeout(r, 0)));
  }
}
async function release(method: Method): Promise<number> {
  await until(() => waiting.has(method));
  return waiting.get(method)!();
}
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
type Row = { step: string; work: number; paint: number; renders: number };

async function walk(): Promise<Row[]> {
  const rows: Row[] = [];
  const el = new MeasuredFlow();
  el.backend = backend;
  FIXTURES.getEsim = FIXTURES.reviewEsim;
  const $ = <T extends HTMLElement>(selector: string) => el.shadowRoot!.querySelector<T>(selector);
  const rendered = (step: string) => () => el.step === step && !el.isUpdatePending;
  const settled = (step: string) => () => rendered(step)() && !$('.spinner');
  /** From what \`trigger\` returns (the moment of the click or of the data) to \`ready\`, laid out. */
  const measure = async (label: string, ready: () => boolean, trigger: () => number | Promise<number>) => {
    renders = 0;
    const t0 = await trigger();
    await until(ready);
    $('[part="base"]')!.getBoundingClientRect();
    const work = performance.now() - t0;
    await afterPaint();
    const paint = performance.now() - t0;
    // Late renders (focus, announcements) belong to the change too.
    await afterPaint();
    rows.push({ step: label, work, paint, renders });
  };
  const click = (selector: string) => () => {
    const now = performance.now();
    $(selector)!.click();
    return now;
  };
  const type = (selector: string, value: string) => {
    const input = $<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };

  /** Until the flow waits for \`method\` with nothing left to render: the next measure starts clean. */
  const waitingFor = async (method: Method) => {
    await until(() => waiting.has(method));
    await el.updateComplete;
  };

  stage.append(el);
  await waitingFor('listEsims');
  await measure('open → select (eSIMs in hand)', settled('select'), () => release('listEsims'));
  $('input[name="selection"][value="esim-eu-04"]')!.click();
  await el.updateComplete;
  await measure('select → review, loading (Next)', rendered('review'), click('[part~="next-button"]'));
  await measure('review ready (quote in hand)', () => settled('review')() && !!$('[part~="next-button"]'), () => release('getCancellationQuote'));
  await measure('review → reason (Next)', settled('reason'), click('[part~="next-button"]'));
  $('input[name="reason"][value="changed_device"]')!.click();
  type('#f-contactEmail', 'me@example.com');
  await el.updateComplete;
  await measure('reason → confirm (Next)', settled('confirm'), click('[part~="next-button"]'));
  $('.check input')!.click();
  type('#f-lastFour', (FIXTURES.getEsim as { iccid: string }).iccid.slice(-4));
  await el.updateComplete;
  await measure('confirm, submitting (submit)', () => rendered('confirm')() && !!$('.spinner'), click('[part~="submit-button"]'));
  await measure('confirm → pending (request in hand)', settled('pending'), () => release('submitCancellation'));
  FIXTURES.getEsim = FIXTURES.cancelledEsim;
  $('[part~="check-button"]')!.click();
  await release('getCancellation');
  await waitingFor('getEsim');
  await measure('pending → completed (eSIM read back)', settled('completed'), () => release('getEsim'));
  el.remove();
  return rows;
}

declare global {
  interface Window {
    walk: typeof walk;
  }
}
window.walk = walk;
`;

async function bundle(data) {
  const result = await build({
    stdin: { contents: PAGE, loader: 'ts', resolveDir: root, sourcefile: 'bench-flow-page.ts' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'error',
    define: {
      FIXTURES: JSON.stringify({
        listEsims: data.page,
        getEsim: data.esim,
        reviewEsim: data.esim,
        cancelledEsim: data.cancelledEsim,
        getCancellationQuote: data.quote,
        submitCancellation: data.pending,
        getCancellation: data.completed,
      }),
    },
  });
  return result.outputFiles[0].text;
}

const code = await bundle(await fixtures());
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.route('http://bench.invalid/**', (route) => {
    if (route.request().url().endsWith('/page.js')) return route.fulfill({ contentType: 'text/javascript', body: code });
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"></head>
        <body><main id="stage"></main><script type="module" src="/page.js"></script></body></html>`,
    });
  });
  await page.goto('http://bench.invalid/');
  await page.waitForFunction(() => 'walk' in window);
  for (let i = 0; i < WARM_UP; i++) await page.evaluate(() => window.walk());
  /** @type {Map<string, { work: number[], paint: number[], renders: number[] }>} */
  const steps = new Map();
  for (let i = 0; i < ITERATIONS; i++) {
    for (const row of await page.evaluate(() => window.walk())) {
      const entry = steps.get(row.step) ?? { work: [], paint: [], renders: [] };
      entry.work.push(row.work);
      entry.paint.push(row.paint);
      entry.renders.push(row.renders);
      steps.set(row.step, entry);
    }
  }
  console.log(`\n<esim-cancel-flow> step changes, headless Chromium, ${ITERATIONS} walks (after ${WARM_UP} warm-up)\n`);
  console.log('Work: trigger (data in hand, or the click) → new step rendered and laid out. Paint: → next frame painted.');
  console.log('step change                                  | work median | work p95  | paint median | renders (median / max)');
  for (const [step, { work, paint, renders }] of steps) {
    console.log(
      `${step.padEnd(44)} | ${ms(median(work)).padStart(11)} | ${ms(percentile(work, 95))} | ${ms(median(paint)).padStart(12)} | ${median(renders)} / ${Math.max(...renders)}`,
    );
  }
  console.log(
    '\nTarget: work under one frame (16 ms) per step change; one or two renders each. Figures are indicative on a shared machine.',
  );
} finally {
  await browser.close();
}
