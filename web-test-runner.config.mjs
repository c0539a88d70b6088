// Browser tests: real Chromium (never jsdom), TypeScript through esbuild, and the reference backend
// mounted at /api so component tests talk to it over real HTTP.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { createReferenceBackend } from './demo/backend/index.js';
import { CHROME_FLAGS, findChrome } from './scripts/find-chrome.mjs';

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}

const backend = createReferenceBackend({ basePath: '/api' });

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 15000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  middleware: [backend.koa],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_FLAGS },
    }),
  ],
};
