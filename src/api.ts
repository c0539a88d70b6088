/** `esim-elements/api.js`: the backend client, the zod schemas and the types. Registers no element. */
export * from './api/index.js';
