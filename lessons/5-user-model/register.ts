import type { CheckContext, Credentials } from '../../src/engine/checks.js';
import { NoAnswerError } from '../../src/engine/http.js';

/** From lesson 5 the hard-coded admin is gone: verify registers this user before the checks. */
export const registeredUser: Credentials = {
  username: 'ada_lovelace',
  email: 'ada@example.com',
  password: 'Analytical-Engine-1843',
};

/** Register the checks' user through the app's own form; the checks report it if this did not work. */
export async function registerUser(t: CheckContext): Promise<void> {
  const client = t.client();
  try {
    await client.submit('/register', {
      username: registeredUser.username,
      email: registeredUser.email!,
      password: registeredUser.password,
      confirm: registeredUser.password,
    });
  } catch (error) {
    // An app that hangs or drops the connection here fails the checks (5.1 first), not verify itself.
    if (!(error instanceof NoAnswerError)) throw error;
  }
}
