// Generated from custom-elements.json by scripts/frameworks.mjs (Vue 3). Do not edit: run `npm run build`.
// Types only: see the .d.ts next to this file.
export {};
