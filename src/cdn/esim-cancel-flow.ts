/**
 * The flow's chunk of the split script-tag build: its English strings (the entry carries only those
 * the list paints with; see scripts/build-bundles.mjs) and the element. `<esim-cancel-declaration>`'s
 * chunk follows the same pattern.
 */
import { en } from '../i18n/en.js';
import { flow } from '../i18n/en/flow.js';
import '../elements/esim-cancel-flow/define.js';

/* Before any render: defining the element only queues its first update. */
Object.assign(en, flow);
