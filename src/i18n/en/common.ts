import { plural } from '../plural.js';

/** Strings both elements use: errors, sign-in, support, shared labels. */
export const common = {
  errorNotConfigured: 'This page is not connected to an eSIM service yet. Please contact the site owner.',
  errorNetwork: 'We could not reach the server. Check your connection and try again.',
  errorTimeout: 'The server is taking too long to answer. Please try again.',
  errorInvalidResponse: 'The server sent an answer we could not read. Please try again, or contact support if it keeps happening.',
  errorUnauthenticated: 'Your session has ended. Please sign in again.',
  errorForbidden: 'Your account is not allowed to do this. Please contact support.',
  errorNotFound: 'We could not find this eSIM or request. It may have been removed.',
  errorNotEligible: 'This eSIM cannot be cancelled online any more.',
  errorDuplicate: 'A cancellation request is already open for this eSIM.',
  errorAlreadyCancelled: 'This eSIM is already cancelled.',
  errorValidation: 'Some details need fixing. Please check the highlighted fields.',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined
      ? 'Too many requests. Please wait a moment and try again.'
      : plural('en', seconds, {
          one: 'Too many requests. Please try again in # second.',
          other: 'Too many requests. Please try again in # seconds.',
        }),
  errorUpstream: 'The eSIM provider is not answering right now. Please try again in a few minutes.',
  errorIdempotency: 'This request changed while it was being sent. Please review it and submit again.',
  errorInternal: 'Something went wrong on our side. Please try again.',
  retry: 'Try again',
  close: 'Close',
  loading: 'Loading…',
  emailInvalid: 'Enter an email address like name@example.com.',
  signedOutTitle: 'You are signed out',
  signedOutWaiting: 'Sign in on this page to continue.',
};
