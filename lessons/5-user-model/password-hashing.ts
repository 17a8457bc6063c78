// How slow a stored password hash is (5.12), and what hashing one request did (5.13): read from
// the formats the common libraries store, and from the work verify's runner counts in the app.
import type { Exchange } from '../../src/checks/http.js';

/** Werkzeug 2.2's default PBKDF2 rounds: the contract's floor. */
const MIN_PBKDF2_ROUNDS = 260_000;
const MIN_BCRYPT_COST = 10;

export interface StoredHash {
  /** The method as stored ("pbkdf2:sha256:1000", "scrypt:32768:8:1", "$2b$12$"). */
  method: string;
  slow: boolean;
}

const pbkdf2Slow = (rounds: string | undefined) => rounds === undefined || Number(rounds) >= MIN_PBKDF2_ROUNDS;

/** The stored formats verify knows, the slow and the quick. */
const FORMATS: { pattern: RegExp; read(match: RegExpExecArray): StoredHash }[] = [
  // Werkzeug: method$salt$hex. A method without rounds means Werkzeug's own default.
  { pattern: /pbkdf2:\w+(?::(\d+))?(?=\$[^$\s]+\$[0-9a-f]{16})/g, read: (m) => ({ method: m[0], slow: pbkdf2Slow(m[1]) }) },
  { pattern: /scrypt(?::\d+:\d+:\d+)?(?=\$[^$\s]+\$[0-9a-f]{16})/g, read: (m) => ({ method: m[0], slow: true }) },
  // Werkzeug 2's plain digests (method="sha256"): one round.
  { pattern: /\b(?:md5|sha1|sha224|sha256|sha384|sha512)(?=\$[^$\s]+\$[0-9a-f]{32})/g, read: (m) => ({ method: m[0], slow: false }) },
  // bcrypt: $2b$12$ and 53 characters of salt and hash.
  { pattern: /\$2[abxy]?\$(\d\d)\$(?=[./A-Za-z0-9]{53})/g, read: (m) => ({ method: m[0], slow: Number(m[1]) >= MIN_BCRYPT_COST }) },
  { pattern: /\$argon2(?:id|i|d)\$/g, read: (m) => ({ method: m[0], slow: true }) },
  // passlib's pbkdf2_sha256 and friends: $pbkdf2-sha256$29000$salt$hash.
  { pattern: /\$pbkdf2(?:-sha\d+)?\$(\d+)\$/g, read: (m) => ({ method: m[0], slow: pbkdf2Slow(m[1]) }) },
];

/** Every password hash in these bytes (a database file) in a format verify knows. */
export function storedHashes(bytes: Buffer): StoredHash[] {
  const content = bytes.toString('latin1');
  return FORMATS.flatMap((format) => [...content.matchAll(format.pattern)].map((match) => format.read(match)));
}

const HASH_WORK_HEADER = 'x-flash-login-hash-work';

/**
 * The key derivations the app ran while it answered, in Werkzeug's words ("pbkdf2:sha256:1000"):
 * hashlib's pbkdf2_hmac and scrypt, which verify's runner counts. Undefined when the answer
 * does not say (served some other way).
 */
export function hashWork(exchange: Exchange): string[] | undefined {
  const value = exchange.headers.get(HASH_WORK_HEADER);
  if (value === null) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The CPU time the app's thread spent on this answer, in ms; undefined when the answer does not say. */
export function cpuMs(exchange: Exchange): number | undefined {
  const value = Number(exchange.headers.get('x-flash-login-cpu-ms') ?? Number.NaN);
  return Number.isFinite(value) ? value : undefined;
}

/** Whether counted work is a slow hash: PBKDF2 of enough rounds, or scrypt. */
export function slowWork(work: string[]): boolean {
  return work.some((item) => item.startsWith('scrypt:') || (item.startsWith('pbkdf2:') && pbkdf2Slow(item.split(':')[2])));
}

/**
 * How the work of a login for an unknown name compares with a wrong password's for a known one:
 * "uncounted" when neither hashed through hashlib (another library: only time can tell).
 */
export function compareHashWork(known: string[], unknown: string[]): 'same' | 'none-for-unknown' | 'differs' | 'uncounted' {
  if (known.length === 0 && unknown.length === 0) return 'uncounted';
  if (unknown.length === 0) return 'none-for-unknown';
  const sorted = (work: string[]) => [...work].sort().join(',');
  return sorted(known) === sorted(unknown) ? 'same' : 'differs';
}
