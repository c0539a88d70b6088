import { flow } from './flow.js';

/** What `<esim-cancel-flow>` adds to the base strings, fetched with (or after) the flow's code. */
export const flowSection = { ...flow };
