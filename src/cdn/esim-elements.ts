/**
 * The entry of the script-tag bundles (dist/esim-elements.js and dist/esim-elements.iife.js, the
 * `EsimElements` global): registers both elements and exports what a page needs at run time. The zod
 * schemas and the types are for code with a build step and come with the npm package
 * (`esim-elements/api.js`); leaving them out keeps zod's email, literal and record checks, which only
 * the request schemas use, out of the bundle every customer downloads.
 */
import '../elements/esim-cancel-flow/define.js';
import '../elements/esim-list/define.js';

export { EsimCancelFlow } from '../elements/esim-cancel-flow/esim-cancel-flow.js';
export { DEFAULT_REASONS } from '../elements/esim-cancel-flow/reasons.js';
export { EsimList } from '../elements/esim-list/esim-list.js';
export { registerLocale } from '../internal/localize.js';
export { createHttpBackend, newIdempotencyKey } from '../api/http-backend.js';
export { EsimApiError, toEsimApiError } from '../api/errors.js';
