import { type CheckDefinition, expect, fail } from '../../src/checks/checks.js';
import { findForm, mentions, visibleText } from '../../src/checks/html.js';
import { isRedirect } from '../../src/checks/http.js';
import { expectRedirectTo, homeIsGuarded, logIn, postLogin } from '../helpers.js';
import { helperText } from '../helpers.text.js';
import { text } from './checks.text.js';

export const checks: CheckDefinition[] = [
  {
    id: '1.1',
    get title() {
      return text().titles['1.1'];
    },
    async run(t) {
      t.rode?.('login-form');
      const page = await t.client().get('/login');
      expect(page.status === 200, text().loginPageStatus(page.status), page, 'login-page-status');
      const form = findForm(page.page(), ['username', 'password']);
      if (!form) fail(text().noLoginForm, page, 'no-login-form');
      expect(form.method === 'post', text().formNotPost(form.method), page, 'form-not-post');
      const password = form.inputs.find((input) => input.name === 'password');
      expect(password?.type === 'password', text().passwordNotHidden(password?.type), page, 'password-not-hidden');
    },
  },
  {
    id: '1.2',
    get title() {
      return text().titles['1.2'];
    },
    needs: ['1.1'],
    async run(t) {
      const attempts = [
        { what: helperText().wrongPassword, user: { username: t.user.username, password: `${t.user.password}-wrong` } },
        { what: helperText().unknownUser, user: { username: 'nobody-by-that-name', password: t.user.password } },
        { what: helperText().emptyFields, user: { username: '', password: '' }, empty: true },
      ];
      for (const attempt of attempts) {
        const client = t.client();
        const response = await postLogin(t, client, { user: attempt.user });
        expect(
          !isRedirect(response),
          text().failedLoginRedirects(attempt.what, response.location?.pathname),
          response,
          'failed-login-redirects',
        );
        expect(
          response.status === 200 || response.status === 401,
          text().failedLoginStatus(attempt.what, response.status),
          response,
          'failed-login-status',
        );
        expect(findForm(response.page(), ['username', 'password']), text().noFormAgain(attempt.what), response, 'no-form-again');
        // From lesson 5 a form library's field errors ("This field is required") are enough for empty fields.
        if (attempt.empty && t.lesson >= 5) continue;
        expect(mentions(visibleText(response.page()), 'invalid'), text().noInvalidError(attempt.what), response, 'no-invalid-error');
      }
    },
  },
  {
    id: '1.3',
    get title() {
      return text().titles['1.3'];
    },
    needs: ['1.1'],
    async run(t) {
      const client = t.client();
      expectRedirectTo(client, await logIn(t, client), '/', helperText().loggingInAs(t.user.username));
    },
  },
  {
    id: '1.4',
    get title() {
      return text().titles['1.4'];
    },
    needs: (lesson) => (lesson >= 4 ? ['1.3'] : []),
    async run(t) {
      const client = t.client();
      // From lesson 4 the home page needs a login; before that any visitor gets it.
      if (homeIsGuarded(t)) await logIn(t, client);
      const home = await client.get('/');
      expect(home.status === 200, text().homeStatus(homeIsGuarded(t), home.status), home, 'home-status');
    },
  },
];
