/**
 * Imported for its side effect: every test in the importing file fails if Lit's development build
 * warned during it (a property change inside an update, a re-render storm, a misused directive…).
 * Lit's one-off "dev mode" notice is not a warning about our code.
 */
import { expect } from '@open-wc/testing';

let warnings: string[] = [];
const original = console.warn;

beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.includes('lit.dev/msg') && !message.includes('/msg/dev-mode')) warnings.push(message);
    original.apply(console, args);
  };
});

afterEach(() => {
  console.warn = original;
  expect(warnings, 'Lit dev-mode warnings').to.deep.equal([]);
});
