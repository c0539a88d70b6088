/**
 * The flow's chunk of the split script-tag build: its English strings (the entry carries only those
 * the list paints with; see scripts/build-bundles.mjs), the element, and the list's dialog that runs
 * it (src/cdn/cancel-dialog-lazy.ts). `<esim-cancel-declaration>`'s chunk follows the same pattern.
 */
import { cancelDialog } from '../elements/esim-list/cancel-dialog.js';
import { flow } from '../i18n/en/flow.js';
import '../elements/esim-cancel-flow/define.js';
import { provideCancelDialog } from './cancel-dialog-lazy.js';
import { provideSchemas } from './schemas-lazy.js';
import { normalizeQuote, QuoteSchema } from '../api/quote-schemas.js';
import { addStrings } from '../internal/localize.js';

/* Before any render: defining the element only queues its first update. */
addStrings('en', flow);
// The list's dialog that runs the flow, and the quote's schema (the entry has stand-ins until now).
provideCancelDialog(cancelDialog);
provideSchemas({ 'esim-cancel-flow': { QuoteSchema, normalizeQuote } });
