// Random identifiers. Web Crypto is global in Node 20 and in browsers, so this stays importable from
// the browser tests.

const ALPHANUMERIC = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * @param {number} length
 * @param {string} alphabet
 */
function randomString(length, alphabet) {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/** @param {string} prefix */
export function randomId(prefix) {
  return `${prefix}${randomString(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
}

/** A reference customers can read out on the phone: no I or O to mix up with 1 and 0. */
export function randomReference() {
  return `CXL-${randomString(6, ALPHANUMERIC)}`;
}

export function randomToken() {
  return `tok_${randomString(32, 'abcdef0123456789')}`;
}
