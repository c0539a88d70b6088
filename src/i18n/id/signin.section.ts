import { signin } from './signin.js';

/** The built-in sign-in form's strings, fetched with its code on the first 401. */
export const signinSection = { ...signin };
