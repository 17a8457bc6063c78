import { randomBytes } from 'node:crypto';
import type { CheckContext, Credentials } from '../../src/checks/checks.js';
import { NoAnswerError } from '../../src/checks/http.js';

/** From lesson 5 the hard-coded admin is gone: verify registers this user before the checks. */
export const registeredUser: Credentials = {
  username: 'ada_lovelace',
  email: 'Ada@Example.com',
  password: 'Analytical-Engine-1843',
};

/** Register the checks' user through the app's own form; the checks report it if this did not work. */
export async function registerUser(t: CheckContext, user: Credentials = registeredUser): Promise<void> {
  const client = t.client();
  try {
    await client.submit('/register', {
      username: user.username,
      email: user.email!,
      password: user.password,
      confirm: user.password,
    });
  } catch (error) {
    // An app that hangs or drops the connection here fails the checks (5.1 first), not verify itself.
    if (!(error instanceof NoAnswerError)) throw error;
  }
}

/** A user of its own for a check that logs out: logging out may end every session of a user. */
export async function registerOwnUser(t: CheckContext): Promise<Credentials> {
  const tag = randomBytes(4).toString('hex');
  const user = { username: `charles_${tag}`, email: `Charles.${tag}@Example.com`, password: `Difference-Engine-${tag}` };
  await registerUser(t, user);
  return user;
}
