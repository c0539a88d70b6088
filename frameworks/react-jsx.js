// Generated from custom-elements.json by scripts/frameworks.mjs (React 19 JSX). Do not edit: run `npm run build`.
// Types only: see the .d.ts next to this file.
export {};
