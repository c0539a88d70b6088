/**
 * Memory proof: 1,000 create/attach/detach cycles of each element leave nothing behind, and a
 * detached element aborts what it has in flight and stops polling.
 *
 * - Retained elements: a WeakRef to every element created; after the cycles and a forced GC
 *   (`gc()`, exposed by `--js-flags=--expose-gc` in web-test-runner.config.mjs) none is alive.
 * - Listeners: every listener added to window, document or a MediaQueryList during the cycles has
 *   been removed again.
 * - Heap: `performance.memory.usedJSHeapSize` after the cycles, against after a warm-up (exact
 *   figures thanks to `--enable-precise-memory-info`), both after GC.
 * - Requests: the cycles detach in every phase (before the first render, with a request hanging,
 *   loaded, polling); no request is left hanging un-aborted, and no backend call happens after the
 *   last detach (no orphan poller).
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { EsimBackend } from '../../src/api/backend.js';
import { createHttpBackend } from '../../src/api/http-backend.js';
import type { Cancellation, Esim, EsimPage } from '../../src/api/schemas.js';
import type { Quote } from '../../src/api/quote-schemas.js';
import '../../src/elements/esim-cancel-flow/define.js';
import type { EsimCancelFlow } from '../../src/elements/esim-cancel-flow/esim-cancel-flow.js';
import '../../src/elements/esim-list/define.js';
import { newTenant } from '../helpers/tenant.js';
import { setVisibility } from '../elements/esim-cancel-flow/helpers.js';
import { noUncaught } from './helpers.js';
import { SEED_IDS } from '../helpers/seed.js';

const CYCLES = 1000;
const WARM_UP = 100;

const gc = (globalThis as { gc?: () => void }).gc;
/** The JS heap now: `performance.memory` is a snapshot taken when the property is read. */
const heapUsed = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

/**
 * Chromium scans the stack conservatively, so a GC may keep the odd dead object that a stale stack
 * slot happens to point at. A leak keeps one element per cycle (hundreds); this tolerates a few.
 */
const STRAY = 5;

/** GC until finalization has had its chance: WeakRefs are cleared only between tasks. */
async function collect(): Promise<void> {
  if (!gc) throw new Error('gc() is not exposed: launch Chromium with --js-flags=--expose-gc (web-test-runner.config.mjs)');
  for (let i = 0; i < 6; i++) {
    gc();
    await aTimeout(50);
  }
}

/** Next tasks until `ready()`: far quicker than waitUntil's 50 ms polling over a thousand cycles. */
async function soon(ready: () => unknown, what: string): Promise<void> {
  for (let i = 0; !ready(); i++) {
    if (i > 500) throw new Error(`${what} never happened`);
    await aTimeout(0);
  }
}

interface Fixtures {
  page: EsimPage;
  esim: Esim;
  quote: Quote;
  pending: Cancellation;
}

/** Real answers of the reference backend, parsed by the client, for the in-memory backend to serve. */
async function fixtures(): Promise<Fixtures> {
  const tenant = await newTenant();
  const http = createHttpBackend({ apiBase: tenant.apiBase });
  return {
    page: await http.listEsims({ limit: 50 }),
    esim: await http.getEsim(SEED_IDS.review),
    quote: await http.getCancellationQuote(SEED_IDS.review),
    pending: await http.getCancellation(SEED_IDS.pendingCancellation),
  };
}

/**
 * An in-memory backend that answers on the next task, or, while `hang` is set, never: such a call
 * ends only when its signal aborts it. `hanging` holds the calls still waiting.
 */
function memoryBackend(data: Fixtures) {
  const stats = { calls: 0, aborted: 0, hanging: new Set<object>(), hang: false };
  const answer = <T>(value: T, signal?: AbortSignal): Promise<T> => {
    stats.calls += 1;
    return new Promise<T>((resolve, reject) => {
      const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      if (!stats.hang) {
        setTimeout(() => (signal?.aborted ? abort() : resolve(structuredClone(value))), 0);
        return;
      }
      const call = {};
      stats.hanging.add(call);
      signal?.addEventListener(
        'abort',
        () => {
          stats.hanging.delete(call);
          stats.aborted += 1;
          abort();
        },
        { once: true },
      );
    });
  };
  const backend: EsimBackend = {
    listEsims: (_params, options) => answer(data.page, options?.signal),
    getEsim: (_id, options) => answer(data.esim, options?.signal),
    getCancellationQuote: (_id, options) => answer(data.quote, options?.signal),
    submitCancellation: (_id, _request, options) => answer(data.pending, options.signal),
    getCancellation: (_id, options) => answer(data.pending, options?.signal),
    withdrawCancellation: (_id, options) => answer(data.pending, options.signal),
  };
  return { backend, stats };
}

/** Listeners added to page-wide targets (window, document, media queries) and not removed since. */
function watchGlobalListeners(): { remaining: () => Record<string, number>; stop: () => void } {
  const live: { target: EventTarget; type: string; listener: unknown; capture: boolean }[] = [];
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  const global = (target: EventTarget) => target === window || target === document || target instanceof MediaQueryList;
  const captureOf = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
    typeof options === 'boolean' ? options : Boolean(options?.capture);
  proto.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    const capture = captureOf(options);
    if (
      global(this) &&
      listener &&
      !live.some((l) => l.target === this && l.type === type && l.listener === listener && l.capture === capture)
    ) {
      live.push({ target: this, type, listener, capture });
    }
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    const capture = captureOf(options);
    const at = live.findIndex((l) => l.target === this && l.type === type && l.listener === listener && l.capture === capture);
    if (at >= 0) live.splice(at, 1);
    return remove.call(this, type, listener, options);
  };
  return {
    remaining: () => {
      const counts: Record<string, number> = {};
      for (const l of live) {
        const name = `${l.target === window ? 'window' : l.target === document ? 'document' : 'media query'} ${l.type}`;
        counts[name] = (counts[name] ?? 0) + 1;
      }
      return counts;
    },
    stop: () => {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    },
  };
}

type Phase = 'unrendered' | 'hanging' | 'loaded' | 'polling';
const PHASES: Phase[] = ['unrendered', 'hanging', 'loaded', 'polling'];

interface CycleResult {
  alive: number;
  heapGrowth: number | undefined;
  /** Listeners left on page-wide targets, counted by target and type. */
  globalListeners: Record<string, number>;
  hanging: number;
  aborted: number;
  callsAfterDetach: number;
}

/**
 * Runs the warm-up and the measured cycles; `cycle(phase, backend)` attaches one element, brings it
 * to `phase`, detaches it and returns it.
 */
async function cycles(data: Fixtures, cycle: (phase: Phase, backend: EsimBackend) => Promise<HTMLElement>): Promise<CycleResult> {
  const { backend, stats } = memoryBackend(data);
  const run = async (count: number, refs?: WeakRef<HTMLElement>[]) => {
    for (let i = 0; i < count; i++) {
      const phase = PHASES[i % PHASES.length]!;
      // Detached before its first render, an element must not start a request; if it does, the
      // request hangs un-aborted and shows up in \`hanging\`.
      stats.hang = phase === 'hanging' || phase === 'unrendered';
      const el = await cycle(phase, backend);
      refs?.push(new WeakRef(el));
    }
    stats.hang = false;
  };
  await run(WARM_UP);
  await collect();
  const before = heapUsed();
  const abortedBefore = stats.aborted;
  const listeners = watchGlobalListeners();
  const refs: WeakRef<HTMLElement>[] = [];
  try {
    await run(CYCLES, refs);
  } finally {
    listeners.stop();
  }
  const callsAtLastDetach = stats.calls;
  await aTimeout(200);
  const callsAfterDetach = stats.calls - callsAtLastDetach;
  await collect();
  const after = heapUsed();
  const result: CycleResult = {
    alive: refs.filter((ref) => ref.deref() !== undefined).length,
    heapGrowth: before === undefined || after === undefined ? undefined : after - before,
    globalListeners: listeners.remaining(),
    hanging: stats.hanging.size,
    aborted: stats.aborted - abortedBefore,
    callsAfterDetach,
  };
  console.log(`memory proof: ${JSON.stringify({ cycles: CYCLES, ...result, heapBefore: before, heapAfter: after })}`);
  return result;
}

function expectNothingLeft(result: CycleResult): void {
  expect(result.alive, 'elements still alive after GC').to.be.at.most(STRAY);
  expect(result.globalListeners, 'page-wide listeners left behind').to.deep.equal({});
  expect(result.hanging, 'requests left in flight').to.equal(0);
  expect(result.aborted, 'hanging requests aborted on detach').to.equal(CYCLES / PHASES.length);
  expect(result.callsAfterDetach, 'backend calls after the last detach').to.equal(0);
  // One retained list with its shadow DOM weighs about 90 KB: a leak of any size shows.
  if (result.heapGrowth !== undefined) expect(result.heapGrowth, 'heap growth (bytes)').to.be.below(2 * 1024 * 1024);
}

function until(el: HTMLElement, type: string): Promise<void> {
  return new Promise((resolve) => el.addEventListener(type, () => resolve(), { once: true }));
}

describe('proof: memory and detaching', () => {
  let data: Fixtures;
  const stage = document.createElement('main');

  before(async () => {
    setVisibility('visible');
    document.body.append(stage);
    data = await fixtures();
  });
  after(() => {
    setVisibility(null);
    stage.remove();
  });

  it(`<esim-list>: ${CYCLES} create/attach/detach cycles leave no element, listener or request behind`, function () {
    this.timeout(60_000);
    return noUncaught(async () => {
      const result = await cycles(data, async (phase, backend) => {
        const el = document.createElement('esim-list');
        el.backend = backend;
        const loaded = until(el, 'esim-list-load');
        stage.append(el);
        if (phase === 'hanging') await el.updateComplete;
        // The open request's status line makes one more call (getCancellation) on the rows' render.
        if (phase === 'loaded' || phase === 'polling') {
          await loaded;
          await el.updateComplete;
        }
        el.remove();
        return el;
      });
      expectNothingLeft(result);
    });
  });

  it(`<esim-cancel-flow>: ${CYCLES} create/attach/detach cycles leave no element, listener, request or poller behind`, function () {
    this.timeout(60_000);
    return noUncaught(async () => {
      const result = await cycles(data, async (phase, backend) => {
        const el = document.createElement('esim-cancel-flow') as EsimCancelFlow;
        el.backend = backend;
        el.pollInterval = 1;
        if (phase === 'polling') el.cancellationId = data.pending.id;
        else el.esimId = data.esim.id;
        const shown = until(el, 'esim-cancel-step');
        stage.append(el);
        if (phase === 'hanging') await el.updateComplete;
        if (phase === 'loaded') {
          await shown;
          await soon(() => el.shadowRoot!.querySelector('[part~="next-button"]'), 'review ready');
        }
        if (phase === 'polling') {
          await shown;
          // A few polls have gone out (1 ms, then ×1.5 each).
          await aTimeout(5);
        }
        el.remove();
        return el;
      });
      expectNothingLeft(result);
    });
  });

  it('a detached list aborts its in-flight load (HTTP)', () =>
    noUncaught(async () => {
      const tenant = await newTenant();
      await tenant.fault({ path: '/esims', method: 'GET', kind: 'delay', delayMs: 10_000 });
      const signals: AbortSignal[] = [];
      const errors: unknown[] = [];
      const el = document.createElement('esim-list');
      el.backend = createHttpBackend({
        apiBase: tenant.apiBase,
        fetch: (input, init) => {
          signals.push(init!.signal!);
          return fetch(input, init);
        },
      });
      el.addEventListener('esim-error', (event) => errors.push(event.detail));
      stage.append(el);
      await waitUntil(() => signals.length === 1, 'no request');
      el.remove();
      expect(signals[0]!.aborted).to.equal(true);
      await aTimeout(50);
      expect(errors, 'an abort is not an error').to.deep.equal([]);
    }));

  it('a detached flow aborts its in-flight quote, and stops polling (HTTP)', () =>
    noUncaught(async () => {
      const tenant = await newTenant({ manualClock: true });
      await tenant.fault({ path: '/esims/*/cancellation-quote', method: 'GET', kind: 'delay', delayMs: 10_000 });
      const requests: { url: string; signal: AbortSignal }[] = [];
      const backend = createHttpBackend({
        apiBase: tenant.apiBase,
        fetch: (input, init) => {
          requests.push({ url: String(input), signal: init!.signal! });
          return fetch(input, init);
        },
      });
      const quoting = document.createElement('esim-cancel-flow');
      quoting.backend = backend;
      quoting.esimId = SEED_IDS.review;
      stage.append(quoting);
      await waitUntil(() => requests.some((r) => r.url.endsWith('/cancellation-quote')), 'no quote request');
      quoting.remove();
      expect(requests.find((r) => r.url.endsWith('/cancellation-quote'))!.signal.aborted).to.equal(true);

      const polling = document.createElement('esim-cancel-flow');
      polling.backend = backend;
      polling.pollInterval = 20;
      polling.cancellationId = SEED_IDS.pendingCancellation;
      stage.append(polling);
      const polls = () => requests.filter((r) => r.url.endsWith('/cancellations/cxl-kr-08'));
      // The first read, then polls.
      await waitUntil(() => polls().length >= 3, 'no polling');
      polling.remove();
      const atDetach = polls().length;
      await aTimeout(300);
      expect(polls(), 'polls after detach').to.have.length(atDetach);
    }));
});
