/* The email shape check lives with the sign-in controller (see there why); imported from here too. */
export { isEmail } from './sign-in.js';
