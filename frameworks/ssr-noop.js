// Generated from custom-elements.json by scripts/frameworks.mjs (Node). Do not edit: run `npm run build`.
// In Node (server rendering, build steps), the classic-script bundle is nothing to run.
export {};
