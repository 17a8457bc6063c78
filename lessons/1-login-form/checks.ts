import { expect, fail, type CheckDefinition } from '../../src/engine/checks.js';
import { findForm, mentions, visibleText } from '../../src/engine/html.js';
import { isRedirect } from '../../src/engine/http.js';
import { expectRedirectTo, homeIsGuarded, logIn, postLogin } from '../helpers.js';

export const checks: CheckDefinition[] = [
  {
    id: '1.1',
    title: 'GET /login shows a form that posts a username and a password',
    async run(t) {
      const page = await t.client().get('/login');
      expect(page.status === 200, `GET /login answered ${page.status}, expected 200`, page, 'login-page-status');
      const form = findForm(page.page(), ['username', 'password']);
      if (!form) fail('GET /login shows no <form> with inputs named "username" and "password"', page, 'no-login-form');
      expect(form.method === 'post', `the login form's method is "${form.method}": write <form method="post">`, page, 'form-not-post');
      const password = form.inputs.find((input) => input.name === 'password');
      expect(password?.type === 'password', `the password input has type="${password?.type}": use type="password" so it is not shown`, page, 'password-not-hidden');
    },
  },
  {
    id: '1.2',
    title: 'A wrong password, an unknown user or empty fields get the form again, saying "invalid"',
    needs: ['1.1'],
    async run(t) {
      const attempts = [
        { what: 'a wrong password', user: { username: t.user.username, password: `${t.user.password}-wrong` } },
        { what: 'an unknown user', user: { username: 'nobody-by-that-name', password: t.user.password } },
        { what: 'empty fields', user: { username: '', password: '' }, empty: true },
      ];
      for (const attempt of attempts) {
        const client = t.client();
        const response = await postLogin(t, client, { user: attempt.user });
        expect(!isRedirect(response), `logging in with ${attempt.what} redirected to ${response.location?.pathname}: it must not log in`, response, 'failed-login-redirects');
        expect(
          response.status === 200 || response.status === 401,
          `logging in with ${attempt.what} answered ${response.status}, expected 200 or 401 with the form again`,
          response,
          'failed-login-status',
        );
        expect(findForm(response.page(), ['username', 'password']), `logging in with ${attempt.what} did not show the login form again`, response, 'no-form-again');
        // From lesson 5 a form library's field errors ("This field is required") are enough for empty fields.
        if (attempt.empty && t.lesson >= 5) continue;
        expect(mentions(visibleText(response.page()), 'invalid'), `logging in with ${attempt.what} showed no error containing "invalid"`, response, 'no-invalid-error');
      }
    },
  },
  {
    id: '1.3',
    title: 'The right username and password redirect to /',
    needs: ['1.1'],
    async run(t) {
      const client = t.client();
      expectRedirectTo(client, await logIn(t, client), '/', `logging in as ${t.user.username}`);
    },
  },
  {
    id: '1.4',
    title: 'GET / answers 200',
    needs: (lesson) => (lesson >= 4 ? ['1.3'] : []),
    async run(t) {
      const client = t.client();
      // From lesson 4 the home page needs a login; before that any visitor gets it.
      if (homeIsGuarded(t)) await logIn(t, client);
      const home = await client.get('/');
      expect(home.status === 200, `GET /${homeIsGuarded(t) ? ' after logging in' : ''} answered ${home.status}, expected 200`, home, 'home-status');
    },
  },
];
