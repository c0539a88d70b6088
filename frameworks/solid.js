// Generated from custom-elements.json by scripts/frameworks.mjs (Solid). Do not edit: run `npm run build`.
// Types only: see the .d.ts next to this file.
export {};
