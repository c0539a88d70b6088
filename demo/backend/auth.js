// Demo sign-in: one account, bearer tokens or a session cookie, and a way for tests to expire every
// issued token so the elements' "401 → get a new token → retry" path can be exercised.

import { HOUR } from './model.js';
import { randomToken } from './ids.js';

export const DEMO_CREDENTIALS = Object.freeze({
  email: 'demo@example.com',
  password: 'demo-password',
  /** Always valid, never expires: for tests, curl and `--token`. */
  token: 'demo-token',
});

const SESSION_COOKIE = 'esim_demo_session';
const SESSION_TTL = HOUR;

export class Sessions {
  constructor() {
    /** @type {Map<string, number>} token → expiry (tenant clock) */
    this.expiries = new Map();
  }

  /** @param {number} now */
  issue(now) {
    const token = randomToken();
    const expiresAt = now + SESSION_TTL;
    this.expiries.set(token, expiresAt);
    return { token, expiresAt };
  }

  /**
   * @param {string | null} token
   * @param {number} now
   */
  isValid(token, now) {
    if (token === null) return false;
    if (token === DEMO_CREDENTIALS.token) return true;
    const expiresAt = this.expiries.get(token);
    return expiresAt !== undefined && now < expiresAt;
  }

  /** Every token issued so far stops working; tokens issued afterwards work. */
  expireAll() {
    const count = this.expiries.size;
    this.expiries.clear();
    return count;
  }
}

/**
 * @param {string} email
 * @param {string} password
 */
export function matchesDemoAccount(email, password) {
  return email.toLowerCase() === DEMO_CREDENTIALS.email && password === DEMO_CREDENTIALS.password;
}

/**
 * The bearer token, else the session cookie.
 * @param {string | undefined} authorization
 * @param {string | undefined} cookieHeader
 * @returns {string | null}
 */
export function tokenFrom(authorization, cookieHeader) {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (bearer?.[1]) return bearer[1];
  for (const pair of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === SESSION_COOKIE && value.length > 0) return value.join('=');
  }
  return null;
}

/**
 * The cookie is scoped to the tenant's base path, so parallel tests on other tenants never see it.
 * @param {string} token
 * @param {string} path
 */
export function sessionCookie(token, path) {
  return `${SESSION_COOKIE}=${token}; Path=${path}; HttpOnly; SameSite=Lax`;
}
