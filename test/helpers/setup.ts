/**
 * Runs before every test file (web-test-runner.config.mjs prepends its import to each `*.test.ts`,
 * so no file can forget it). Every test fails if, during it:
 * - Lit's development build warned (a property change inside an update, a re-render storm, a
 *   misused directive…); Lit's one-off "dev mode" notice is not a warning about our code;
 * - anything was thrown or rejected that nobody caught.
 */
import { expect } from '@open-wc/testing';
import { watchUncaught, type Watch } from './uncaught.js';

let warnings: string[] = [];
let uncaught: Watch | undefined;
const original = console.warn;

beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.includes('lit.dev/msg') && !message.includes('/msg/dev-mode')) warnings.push(message);
    original.apply(console, args);
  };
  uncaught = watchUncaught();
});

afterEach(async () => {
  console.warn = original;
  // Rejections are reported a task later than they happen.
  await new Promise((resolve) => setTimeout(resolve, 0));
  uncaught?.stop();
  expect(warnings, 'Lit dev-mode warnings').to.deep.equal([]);
  expect(uncaught?.problems, 'uncaught errors').to.deep.equal([]);
});
