// Serves the CSP proof pages (test/proof/csp/*.html) under the strict policy of quality.md, so the
// browser itself enforces it and reports every violation to the page. Only those pages: the rest of
// the suite runs without a policy.

/** The policy from quality.md (Security). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const CSP_PAGES = /^\/test\/proof\/csp\/[^/]+\.html$/;

/** Koa middleware for web-test-runner (`middleware: [cspMiddleware(), …]`). */
export function cspMiddleware() {
  /**
   * @param {{ path: string, set: (name: string, value: string) => void }} ctx
   * @param {() => Promise<void>} next
   */
  return async (ctx, next) => {
    await next();
    if (CSP_PAGES.test(ctx.path)) ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}
