/**
 * `<esim-cancel-declaration>`'s chunk of the split script-tag build: its English strings (the entry
 * carries only those the list paints with; see scripts/build-bundles.mjs), the element and the
 * declaration's schema. Fetched
 * only by pages that have the tag.
 */
import { declaration } from '../i18n/en/declaration.js';
import '../elements/esim-cancel-declaration/define.js';
import { addStrings } from '../internal/localize.js';
import { DeclarationSchema } from '../api/declaration-schemas.js';
import { provideSchemas } from './schemas-lazy.js';

/* Before any render: defining the element only queues its first update. */
addStrings('en', declaration);
// The declaration's schema (the entry has a stand-in until now: src/cdn/schemas-lazy.ts).
provideSchemas({ 'esim-cancel-declaration': { DeclarationSchema } });
