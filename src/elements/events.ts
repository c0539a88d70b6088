/** The public event detail types (they live in internal/, where the base element can import them too). */
export type * from '../internal/event-types.js';
