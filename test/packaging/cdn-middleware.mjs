// Serves dist/ the ways a reseller's page meets it, for test/packaging/loading.test.ts:
// - `/cdn-copy/…` only on another origin than the test page (host 127.0.0.1, the page is on
//   localhost), with CORS as a CDN sends it: a chunk resolved against the page instead of the entry
//   would 404 there;
// - `/cdn-broken/…` a copy whose locale, windowing and sign-in chunks are missing (failed fetches);
// - `/cdn-slow/…` a copy whose locale chunks take 400 ms, so a test can tell "in parallel" from
//   "one after the other" by overlap rather than by a clock window a loaded machine can miss
//   (`/cdn-slow-<name>/…` is the same, under its own URLs, so no test meets another's cached chunk).

/** Koa middleware for web-test-runner. */
export function cdnMiddleware() {
  /**
   * @param {{ path: string, url: string, host: string, status: number, set: (name: string, value: string) => void }} ctx
   * @param {() => Promise<void>} next
   */
  return async (ctx, next) => {
    const copy = /^\/cdn-copy\//.test(ctx.path);
    const broken = /^\/cdn-broken\//.test(ctx.path);
    const slow = /^\/cdn-slow(-\w+)?\//.test(ctx.path);
    if (!copy && !broken && !slow) return next();
    if (slow && /\/chunks\/locale-/.test(ctx.path)) await new Promise((resolve) => setTimeout(resolve, 400));
    // `/cdn-slow-flow/…`: the flow's code takes 400 ms too, so "the strings did not wait for the
    // code" is an overlap of two 400 ms requests, not a race a loaded machine can lose by a few ms.
    if (/^\/cdn-slow-flow\/chunks\/esim-cancel-flow-/.test(ctx.path)) await new Promise((resolve) => setTimeout(resolve, 400));
    if ((copy && !ctx.host.startsWith('127.0.0.1:')) || (broken && /\/chunks\/(locale|virtual-scroll|sign-in-form)-/.test(ctx.path))) {
      ctx.status = 404;
      return undefined;
    }
    ctx.url = ctx.url.replace(/^\/cdn-(copy|broken|slow(-\w+)?)\//, '/dist/');
    await next();
    ctx.set('Access-Control-Allow-Origin', '*');
    return undefined;
  };
}
