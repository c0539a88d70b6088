/**
 * dist/esim-elements.iife.js, the classic-script entry (`<script src="…/esim-elements.iife.js">`):
 * a small loader that imports the ES entry from beside itself (`document.currentScript.src`, read
 * while this script runs) and fills the `EsimElements` global with its exports. The global exists at
 * once; its members arrive with the entry, and `EsimElements.ready` resolves then (with the global).
 * Loaded twice, or next to the ES entry, it imports the same module once.
 *
 * Served from another origin than the page, the entry is fetched with CORS (as every module is):
 * the CDN must send `Access-Control-Allow-Origin` (public CDNs do).
 */
type Library = typeof import('./esim-elements.js');

interface EsimElementsGlobal extends Partial<Library> {
  /** Resolves with the global once every member is in. */
  ready?: Promise<EsimElementsGlobal>;
}

/* Set only while this script first runs: read it now. A loader that runs it otherwise (rare) gets
 * the first script tag naming the file. */
const script = (document.currentScript ?? document.querySelector('script[src*="esim-elements.iife"]')) as HTMLScriptElement | null;
const scope = globalThis as typeof globalThis & { EsimElements?: EsimElementsGlobal };
const library: EsimElementsGlobal = (scope.EsimElements ??= {});
if (!library.ready) {
  const entry = new URL('esim-elements.js', script?.src || document.baseURI).href;
  library.ready = (import(/* @vite-ignore */ entry) as Promise<Library>).then((exports) => Object.assign(library, exports));
}

export {};
