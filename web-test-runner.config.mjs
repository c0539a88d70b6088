// Browser tests: real Chromium (never jsdom), TypeScript through esbuild, and the reference backend
// mounted at /api so component tests talk to it over real HTTP.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { createReferenceBackend } from './demo/backend/index.js';
import { CHROME_FLAGS, findChrome } from './scripts/find-chrome.mjs';
import { cdnMiddleware } from './test/packaging/cdn-middleware.mjs';
import { cspMiddleware } from './test/proof/csp-middleware.mjs';

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}

const backend = createReferenceBackend({ basePath: '/api' });
/**
 * Media features that neither @web/test-runner-commands' emulateMedia nor Puppeteer's
 * emulateMediaFeatures pass on (forced-colors): `executeServerCommand('emulate-media-features',
 * { features: [...] })` sends them straight as CDP Emulation.setEmulatedMedia. [] resets them.
 */
const emulateMediaFeatures = {
  name: 'emulate-media-features',
  /** One CDP session per test page. @type {WeakMap<object, { send(method: string, params: object): Promise<unknown> }>} */
  sessions: new WeakMap(),
  /**
   * @param {{ command: string, payload: unknown, session: { id: string, browser: unknown } }} args
   */
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const launcher = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser);
    const page = launcher.getPage(session.id);
    let cdp = this.sessions.get(page);
    if (!cdp) this.sessions.set(page, (cdp = await page.createCDPSession()));
    const { features } = /** @type {{ features: { name: string, value: string }[] }} */ (payload);
    await cdp.send('Emulation.setEmulatedMedia', { features });
    return true;
  },
};

/**
 * Every test file starts by importing test/helpers/setup.ts (the Lit-warning guard and the watch for
 * uncaught errors), added here so no file can leave it out.
 */
const sharedSetup = {
  name: 'shared-test-setup',
  /** @param {import('koa').Context} context */
  transform(context) {
    if (context.path.startsWith('/test/') && context.path.endsWith('.test.ts')) {
      return { body: `import '/test/helpers/setup.ts';\n${context.body}` };
    }
  },
};

export default {
  files: ['test/**/*.test.ts'],
  // Coverage of the shipped code only; the full run fails under these floors (src/ is at ~98% of
  // lines). A run of some files (`--files`) skips it: its coverage says nothing about the floors.
  coverage: !process.argv.includes('--files'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, lines: 90, branches: 80, functions: 85 },
    reporters: ['text-summary', 'lcov'],
  },
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 15000 } },
  plugins: [
    emulateMediaFeatures,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    sharedSetup,
  ],
  middleware: [cdnMiddleware(), cspMiddleware(), backend.koa],
  browsers: [
    chromeLauncher({
      // Each test file in its own window: two files run at once, and a background tab gets no
      // animation frames and reports visibilityState 'hidden', which stalls rendering and polling.
      async createPage({ browser }) {
        const session = await browser.target().createCDPSession();
        const { targetId } = await session.send('Target.createTarget', { url: 'about:blank', newWindow: true });
        await session.detach();
        const target = await browser.waitForTarget((t) => /** @type {{ _targetId?: string }} */ (t)._targetId === targetId);
        const page = await target.page();
        if (!page) throw new Error('Chromium opened no page for the test window.');
        return page;
      },
      // gc() and exact performance.memory figures for the memory proof (test/proof/memory.test.ts).
      launchOptions: { executablePath, headless: true, args: [...CHROME_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] },
    }),
  ],
};
