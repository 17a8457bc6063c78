import { createHmac } from 'node:crypto';

/**
 * Flask's default session cookie is itsdangerous' signed value: payload.timestamp.signature,
 * signed with HMAC-SHA1 under a key derived (HMAC-SHA1 of the salt "cookie-session")
 * from SECRET_KEY. Knowing that lets verify tell whether the app signed with the
 * FLASK_SECRET_KEY it was given, without guessing from behaviour alone.
 */
const SALT = 'cookie-session';

function signature(value: string, secretKey: string): string {
  const derived = createHmac('sha1', secretKey).update(SALT).digest();
  return createHmac('sha1', derived).update(value).digest('base64url');
}

/** Whether a cookie value has the shape of Flask's signed session (three dot-separated parts). */
function looksLikeFlaskSession(cookie: string): boolean {
  return /^\.?[\w-]+\.[\w-]+\.[\w-]+$/.test(cookie);
}

/** True or false for a Flask-shaped cookie; undefined for any other session mechanism. */
export function signedWith(cookie: string, secretKey: string): boolean | undefined {
  if (!looksLikeFlaskSession(cookie)) return undefined;
  const cut = cookie.lastIndexOf('.');
  return signature(cookie.slice(0, cut), secretKey) === cookie.slice(cut + 1);
}

/** The same payload and timestamp, signed with another key: what a forger without the key can make. */
export function resign(cookie: string, secretKey: string): string {
  const cut = cookie.lastIndexOf('.');
  const value = cookie.slice(0, cut);
  return `${value}.${signature(value, secretKey)}`;
}

/** The cookie with one character of its payload changed, as a visitor editing it would. */
export function tamper(cookie: string): string {
  const at = Math.max(1, Math.floor(Math.min(cookie.indexOf('.') > 0 ? cookie.indexOf('.') : cookie.length, cookie.length) / 2));
  const replacement = cookie[at] === 'A' ? 'B' : 'A';
  return cookie.slice(0, at) + replacement + cookie.slice(at + 1);
}
