import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  expect,
  fail
} from "./chunk-6KTKX3RO.js";
import {
  NoAnswerError,
  fillForm,
  findFlashes,
  findForm,
  isRedirect,
  mentions,
  parsePage,
  readForm,
  showsName,
  visibleText
} from "./chunk-5ZG2FGBA.js";

// lessons/helpers.ts
async function postLogin(t, client, options = {}) {
  const user = options.user ?? t.user;
  const page = options.next === void 0 ? "/login" : `/login?next=${encodeURIComponent(options.next)}`;
  const fields = { username: user.username, password: user.password };
  if (options.remember !== void 0) fields.remember = options.remember;
  const { page: shown, response } = await client.submit(page, fields, ["username", "password"]);
  if (!response) fail(`GET ${page} shows no form with inputs named username and password`, shown);
  return response;
}
async function logIn(t, client, options = {}) {
  const response = await postLogin(t, client, options);
  expect(
    isRedirect(response),
    `logging in as ${(options.user ?? t.user).username} answered ${response.status}, expected a redirect (302 or 303)`,
    response
  );
  return response;
}
function sitePath(client, exchange) {
  const location = exchange.location;
  if (!location || location.origin !== new URL(client.baseUrl).origin) return void 0;
  return location.pathname;
}
function expectRedirectTo(client, exchange, path, what) {
  expect(isRedirect(exchange), `${what} answered ${exchange.status}, expected a redirect (302 or 303) to ${path}`, exchange);
  const reached = sitePath(client, exchange);
  expect(reached === path, `${what} redirected to ${exchange.location?.href ?? "(no Location header)"}, expected ${path}`, exchange);
}
function pageShowsName(exchange, name) {
  return showsName(visibleText(exchange.page()), name);
}
function flashes(exchange) {
  return findFlashes(exchange.page());
}
function homeIsGuarded(t) {
  return t.lesson >= 4;
}
async function logOut(t, client) {
  if (t.lesson < 5) return client.get("/logout");
  let first;
  for (const path of ["/", "/profile"]) {
    const page = await client.get(path);
    first ??= page;
    const found = page.page().querySelectorAll("form").map(readForm).find((form) => form.method === "post" && form.action !== void 0 && new URL(form.action, client.url(path)).pathname === "/logout");
    if (found) return client.post("/logout", fillForm(found, {}));
  }
  fail('neither / nor /profile (logged in) shows a <form method="post" action="/logout"> to log out with', first);
}
async function homeShowsUser(t, client, name = t.user.username) {
  const home = await client.get("/");
  if (home.status === 200) return { loggedIn: pageShowsName(home, name), home };
  if (homeIsGuarded(t) && isRedirect(home) && sitePath(client, home) === "/login") return { loggedIn: false, home };
  fail(`GET / answered ${home.status}${home.location ? " \u2192 " + home.location.href : ""}, expected ${homeIsGuarded(t) ? "200 when logged in, or a redirect to /login" : "200"}`, home);
}
async function followRedirects(client, exchange) {
  let current = exchange;
  for (let hop = 0; hop < 5 && isRedirect(current) && sitePath(client, current) !== void 0; hop++) current = await client.follow(current);
  return current;
}
function sessionCookieOf(login) {
  return login.setCookies.find((cookie) => cookie.key !== "remember_token" && cookie.value !== "");
}

// lessons/1-login-form/checks.ts
var checks = [
  {
    id: "1.1",
    title: "GET /login shows a form that posts a username and a password",
    async run(t) {
      const page = await t.client().get("/login");
      expect(page.status === 200, `GET /login answered ${page.status}, expected 200`, page);
      const form = findForm(page.page(), ["username", "password"]);
      if (!form) fail('GET /login shows no <form> with inputs named "username" and "password"', page);
      expect(form.method === "post", `the login form's method is "${form.method}": write <form method="post">`, page);
      const password = form.inputs.find((input) => input.name === "password");
      expect(password?.type === "password", `the password input has type="${password?.type}": use type="password" so it is not shown`, page);
    }
  },
  {
    id: "1.2",
    title: 'A wrong password, an unknown user or empty fields get the form again, saying "invalid"',
    async run(t) {
      const attempts = [
        { what: "a wrong password", user: { username: t.user.username, password: `${t.user.password}-wrong` } },
        { what: "an unknown user", user: { username: "nobody-by-that-name", password: t.user.password } },
        { what: "empty fields", user: { username: "", password: "" }, empty: true }
      ];
      for (const attempt of attempts) {
        const client = t.client();
        const response = await postLogin(t, client, { user: attempt.user });
        expect(!isRedirect(response), `logging in with ${attempt.what} redirected to ${response.location?.pathname}: it must not log in`, response);
        expect(
          response.status === 200 || response.status === 401,
          `logging in with ${attempt.what} answered ${response.status}, expected 200 or 401 with the form again`,
          response
        );
        expect(findForm(response.page(), ["username", "password"]), `logging in with ${attempt.what} did not show the login form again`, response);
        if (attempt.empty && t.lesson >= 5) continue;
        expect(mentions(visibleText(response.page()), "invalid"), `logging in with ${attempt.what} showed no error containing "invalid"`, response);
      }
    }
  },
  {
    id: "1.3",
    title: "The right username and password redirect to /",
    async run(t) {
      const client = t.client();
      expectRedirectTo(client, await logIn(t, client), "/", `logging in as ${t.user.username}`);
    }
  },
  {
    id: "1.4",
    title: "GET / answers 200",
    async run(t) {
      const client = t.client();
      if (homeIsGuarded(t)) await logIn(t, client);
      const home = await client.get("/");
      expect(home.status === 200, `GET /${homeIsGuarded(t) ? " after logging in" : ""} answered ${home.status}, expected 200`, home);
    }
  }
];

// lessons/2-sessions/checks.ts
import { randomBytes } from "node:crypto";

// lessons/2-sessions/flask-cookie.ts
import { createHmac } from "node:crypto";
var SALT = "cookie-session";
function signature(value, secretKey) {
  const derived = createHmac("sha1", secretKey).update(SALT).digest();
  return createHmac("sha1", derived).update(value).digest("base64url");
}
function looksLikeFlaskSession(cookie) {
  return /^\.?[\w-]+\.[\w-]+\.[\w-]+$/.test(cookie);
}
function signedWith(cookie, secretKey) {
  if (!looksLikeFlaskSession(cookie)) return void 0;
  const cut = cookie.lastIndexOf(".");
  return signature(cookie.slice(0, cut), secretKey) === cookie.slice(cut + 1);
}
function resign(cookie, secretKey) {
  const cut = cookie.lastIndexOf(".");
  const value = cookie.slice(0, cut);
  return `${value}.${signature(value, secretKey)}`;
}
function tamper(cookie) {
  const at = Math.max(1, Math.floor(Math.min(cookie.indexOf(".") > 0 ? cookie.indexOf(".") : cookie.length, cookie.length) / 2));
  const replacement = cookie[at] === "A" ? "B" : "A";
  return cookie.slice(0, at) + replacement + cookie.slice(at + 1);
}

// lessons/2-sessions/checks.ts
var checks2 = [
  {
    id: "2.1",
    title: "A successful login redirects and sets a signed, HttpOnly session cookie",
    async run(t) {
      const client = t.client();
      const login = await postLogin(t, client);
      expect(isRedirect(login), `a successful login answered ${login.status}: redirect after the POST (302 or 303)`, login);
      const cookie = sessionCookieOf(login);
      if (!cookie) fail("the successful login set no cookie: store the user in Flask's `session`", login);
      expect(cookie.httpOnly, `the ${cookie.key} cookie is not HttpOnly, so page scripts can read it`, login);
      expect(
        decodeURIComponent(cookie.value).toLowerCase() !== t.user.username.toLowerCase(),
        `the ${cookie.key} cookie holds the username in plain text, so anyone can change it: use Flask's signed \`session\``,
        login
      );
    }
  },
  {
    id: "2.2",
    title: "GET / shows the username with the session cookie, and not without it",
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const withCookie = await homeShowsUser(t, client);
      expect(withCookie.loggedIn, `GET / with the session cookie does not show "${t.user.username}"`, withCookie.home);
      if (homeIsGuarded(t)) return;
      const anonymous = await homeShowsUser(t, t.client());
      expect(!anonymous.loggedIn, `GET / with no cookie shows "${t.user.username}"`, anonymous.home);
    }
  },
  {
    id: "2.3",
    title: "Logging out redirects, and then / no longer shows the username",
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const out = await logOut(t, client);
      expect(isRedirect(out), `logging out answered ${out.status}, expected a redirect (302 or 303)`, out);
      const after = await homeShowsUser(t, client);
      expect(!after.loggedIn, `after logging out, GET / still shows "${t.user.username}": clear the session`, after.home);
    }
  },
  {
    id: "2.4",
    title: "A failed login leaves the visitor logged out",
    async run(t) {
      const client = t.client();
      await postLogin(t, client, { user: { username: t.user.username, password: `${t.user.password}-wrong` } });
      const after = await homeShowsUser(t, client);
      expect(!after.loggedIn, `after a wrong password, GET / shows "${t.user.username}": only write the session once the password matched`, after.home);
    }
  },
  {
    id: "2.5",
    title: "A tampered or forged session cookie is ignored, never a 500",
    async run(t) {
      const client = t.client();
      const login = await logIn(t, client);
      const cookie = sessionCookieOf(login);
      if (!cookie) fail("the successful login set no session cookie to test", login);
      const forgeries = [
        { what: "a session cookie with one character changed", value: tamper(cookie.value) },
        { what: "a session cookie signed with a guessed key", value: resign(cookie.value, "dev") },
        { what: "a made-up session cookie", value: "not-a-real-session" }
      ];
      for (const forgery of forgeries) {
        const visitor = t.client();
        await visitor.setCookie(cookie.key, forgery.value);
        const seen = await homeShowsUser(t, visitor);
        expect(!seen.loggedIn, `with ${forgery.what}, GET / shows "${t.user.username}": the cookie must be signed and checked`, seen.home);
      }
    }
  },
  {
    id: "2.6",
    title: "The secret key comes from FLASK_SECRET_KEY: a restart with another key ends old sessions",
    restarts: true,
    async run(t) {
      const client = t.client();
      const login = await logIn(t, client);
      const cookie = sessionCookieOf(login);
      const before = await homeShowsUser(t, client);
      expect(before.loggedIn, `could not log in to test the key: GET / does not show "${t.user.username}"`, before.home);
      if (cookie && signedWith(cookie.value, t.secretKey) === false)
        fail(
          "the session cookie is not signed with FLASK_SECRET_KEY: set a default SECRET_KEY, then call app.config.from_prefixed_env()",
          login
        );
      await t.restart({ FLASK_SECRET_KEY: `verify-${randomBytes(24).toString("hex")}` });
      const after = await homeShowsUser(t, client);
      expect(
        !after.loggedIn,
        "after a restart with another FLASK_SECRET_KEY the old session cookie still works: the key is fixed in the code",
        after.home
      );
    }
  }
];

// lessons/3-flash-messages/checks.ts
function findFlash(page, phrase) {
  return flashes(page).find((flash) => mentions(flash.text, phrase));
}
function describeFlashes(page) {
  const found = flashes(page);
  if (found.length === 0) return 'no flash at all (an element with class "flash" or "alert")';
  return found.map((flash) => `"${flash.text}" (${flash.categories.join(", ") || "no category"})`).join("; ");
}
function expectFlash(page, phrase, categories, where) {
  const flash = findFlash(page, phrase);
  expect(flash, `${where} shows no flash containing "${phrase}"; it shows ${describeFlashes(page)}`, page);
  expect(
    flash.categories.some((category) => categories.includes(category)),
    `the "${flash.text}" flash has category ${flash.categories.join(", ") || "(none)"}; expected ${categories.join(" or ")} (class flash-${categories[0]})`,
    page
  );
}
var checks3 = [
  {
    id: "3.1",
    title: 'A successful login flashes "logged in" (success) once',
    async run(t) {
      const client = t.client();
      const landing = await followRedirects(client, await logIn(t, client));
      expectFlash(landing, "logged in", ["success"], `the page after logging in (${landing.path})`);
      const again = await client.get(landing.path);
      expect(!findFlash(again, "logged in"), `loading ${landing.path} again still flashes "logged in": flash once, in the POST that logs in`, again);
    }
  },
  {
    id: "3.2",
    title: 'Logging out flashes "logged out" (info or success)',
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const landing = await followRedirects(client, await logOut(t, client));
      expectFlash(landing, "logged out", ["info", "success"], `the page after logging out (${landing.path})`);
    }
  },
  {
    id: "3.3",
    title: 'A failed login flashes "invalid" (error)',
    async run(t) {
      const client = t.client();
      const failed = await postLogin(t, client, { user: { username: t.user.username, password: `${t.user.password}-wrong` } });
      expectFlash(failed, "invalid", ["error"], "the page after a wrong password");
    }
  },
  {
    id: "3.4",
    title: "Flashes show on / and on /login alike (a base template renders them)",
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const login = await followRedirects(client, await client.get("/login"));
      expect(findFlash(login, "logged in"), `after logging in, ${login.path} shows no "logged in" flash: render flashes in the base template every page extends`, login);
      await logOut(t, client);
      const home = await followRedirects(client, await client.get("/"));
      expect(findFlash(home, "logged out"), `after logging out, ${home.path} shows no "logged out" flash: render flashes in the base template every page extends`, home);
    }
  }
];

// lessons/4-login-required/checks.ts
var GUARDED = ["/", "/profile"];
var OFF_SITE_NEXTS = ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)"];
function describeLocation(exchange) {
  const raw = exchange.headers.get("location");
  if (raw === null) return "(no Location header)";
  const plain = /^\/(?![/\\])/.test(raw) || /^https?:\/\//i.test(raw);
  const resolved = exchange.location?.href;
  return plain || !resolved || resolved === raw ? raw : `${raw} (which a browser reads as ${resolved})`;
}
function describeFlashes2(page) {
  const found = flashes(page);
  if (found.length === 0) return 'no flash at all (an element with class "flash" or "alert")';
  return found.map((flash) => `"${flash.text}"`).join(", ");
}
function expectGuardRedirect(client, answer, path, who) {
  expect(isRedirect(answer), `GET ${path} ${who} answered ${answer.status}, expected a redirect (302 or 303) to /login`, answer);
  const reached = sitePath(client, answer);
  expect(reached === "/login", `GET ${path} ${who} redirected to ${describeLocation(answer)}, expected /login`, answer);
  const next = answer.location.searchParams.get("next");
  expect(next, `GET ${path} ${who} redirected to ${describeLocation(answer)}, with no "next" query parameter to come back to ${path}`, answer);
  let target;
  try {
    target = new URL(next, answer.location);
  } catch {
    target = void 0;
  }
  expect(
    target && target.origin === new URL(client.baseUrl).origin && target.pathname === path,
    `GET ${path} ${who} redirected with next=${next}, which does not point back to ${path}`,
    answer
  );
}
async function expectGuarded(client, path, who) {
  const answer = await client.get(path);
  expect(
    isRedirect(answer),
    `GET ${path} ${who} answered ${answer.status}: the page still shows, expected a redirect to /login. Logging out must clear what the guard checks`,
    answer
  );
  const reached = sitePath(client, answer);
  expect(reached === "/login", `GET ${path} ${who} redirected to ${describeLocation(answer)}, expected /login`, answer);
}
var checks4 = [
  {
    id: "4.1",
    title: 'GET / and /profile with no login redirect to /login?next=..., which flashes "log in"',
    async run(t) {
      for (const path of GUARDED) {
        const client = t.client();
        const answer = await client.get(path);
        expectGuardRedirect(client, answer, path, "with no login");
        const login = await client.follow(answer);
        expect(login.status === 200, `following the redirect from ${path} to ${login.path} answered ${login.status}, expected the login page`, login);
        expect(
          flashes(login).some((flash) => mentions(flash.text, "log in") || mentions(flash.text, "login")),
          `the login page reached from ${path} shows no flash containing "log in" or "login"; it shows ${describeFlashes2(login)}. Flash a message in the guard before redirecting`,
          login
        );
      }
    }
  },
  {
    id: "4.2",
    title: "Logging in from /login?next=/profile redirects to /profile, which shows the username",
    async run(t) {
      const client = t.client();
      const login = await logIn(t, client, { next: "/profile" });
      expectRedirectTo(client, login, "/profile", "logging in from /login?next=/profile");
      const profile = await client.follow(login);
      expect(profile.status === 200, `GET /profile after logging in answered ${profile.status}, expected 200`, profile);
      expect(pageShowsName(profile, t.user.username), `GET /profile after logging in does not show the username "${t.user.username}"`, profile);
    }
  },
  {
    id: "4.3",
    title: 'A "next" that leaves the site is ignored: the login redirects to a page of the site',
    async run(t) {
      const origin = new URL(t.client().baseUrl).origin;
      for (const next of OFF_SITE_NEXTS) {
        const client = t.client();
        const login = await postLogin(t, client, { next });
        const what = `logging in from /login?next=${next}`;
        expect(isRedirect(login), `${what} answered ${login.status}, expected a redirect (302 or 303) to a page of this site`, login);
        expect(
          login.location?.origin === origin,
          `${what} redirected to ${describeLocation(login)}: that leaves the site (an open redirect). Follow "next" only when it is a path on this site`,
          login
        );
      }
    }
  },
  {
    id: "4.4",
    title: "/login stays reachable with no login",
    async run(t) {
      const visits = [
        { client: t.client(), path: "/login", who: "with no login" },
        { client: t.client(), path: "/login?next=%2Fprofile", who: "with no login" }
      ];
      for (const visit of visits) await expectLoginPage(visit.client, visit.path, visit.who);
      const client = t.client();
      await logIn(t, client);
      await logOut(t, client);
      await expectLoginPage(client, "/login", "after logging out");
    }
  },
  {
    id: "4.5",
    title: "After logging out, / and /profile redirect to /login again",
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const home = await client.get("/");
      expect(home.status === 200, `GET / after logging in answered ${home.status}, expected 200`, home);
      await logOut(t, client);
      for (const path of GUARDED) await expectGuarded(client, path, "after logging out");
    }
  }
];
async function expectLoginPage(client, path, who) {
  const page = await client.get(path);
  if (isRedirect(page))
    fail(`GET ${path} ${who} redirected to ${describeLocation(page)}: the login page must not need a login (nor bounce a logged-out visitor away)`, page);
  expect(page.status === 200, `GET ${path} ${who} answered ${page.status}, expected 200 with the login form`, page);
  expect(findForm(page.page(), ["username", "password"]), `GET ${path} ${who} shows no form with inputs named username and password`, page);
}

// lessons/5-user-model/checks.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { readFile } from "node:fs/promises";
var REGISTER_FIELDS = ["username", "email", "password", "confirm"];
var LOGIN_FIELDS = ["username", "password"];
var FORM_AGAIN = /* @__PURE__ */ new Set([200, 400, 401, 409, 422]);
var SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");
function freshUser(label) {
  const tag = randomBytes2(4).toString("hex");
  return { username: `${label}_${tag}`, email: `${label}.${tag}@example.com`, password: `${label}-Pass-${tag}` };
}
async function register(client, user, confirm = user.password) {
  const { page, form, response } = await client.submit("/register", {
    username: user.username,
    email: user.email,
    password: user.password,
    confirm
  });
  if (!form || !response) fail(`GET /register shows no form with inputs named ${REGISTER_FIELDS.join(", ")}`, page);
  return { page, form, response };
}
async function showsUser(client, username) {
  const home = await client.get("/");
  return { yes: home.status === 200 && pageShowsName(home, username), home };
}
async function canLogIn(t, user, shownName = user.username) {
  const client = t.client();
  await postLogin(t, client, { user });
  return showsUser(client, shownName);
}
async function expectLoggedOut(client, why) {
  const home = await client.get("/");
  expect(isRedirect(home) && sitePath(client, home) === "/login", `${why}, yet GET / answered ${home.status} instead of a redirect to /login: the visitor is logged in`, home);
}
function linesOutsideFlashes(exchange) {
  const page = parsePage(exchange.body);
  for (const element of page.querySelectorAll("[class]")) {
    const tokens = (element.getAttribute("class") ?? "").toLowerCase().split(/\s+/);
    if (tokens.includes("flash") || tokens.includes("alert")) element.remove();
  }
  return page.structuredText.split("\n").map((line) => line.replace(/\s+/g, " ").trim()).filter(Boolean);
}
function textLines(exchange) {
  return exchange.page().structuredText.split("\n").map((line) => line.replace(/\s+/g, " ").trim()).filter(Boolean);
}
function shownError(response, blank) {
  const error = flashes(response).find((flash) => flash.categories.includes("error"));
  if (error) return error.text;
  const before = new Set(linesOutsideFlashes(blank));
  return linesOutsideFlashes(response).find((line) => !before.has(line));
}
function describeFlashes3(page) {
  const found = flashes(page);
  if (found.length === 0) return 'no flash at all (an element with class "flash" or "alert")';
  return found.map((flash) => `"${flash.text}" (${flash.categories.join(", ") || "no category"})`).join(", ");
}
async function databaseBytes(t) {
  const read = (path) => readFile(path).catch(() => void 0);
  const main = await read(t.databaseFile);
  if (!main) return void 0;
  const extra = [];
  for (const suffix of ["-wal", "-journal"]) {
    const part = await read(`${t.databaseFile}${suffix}`);
    if (part) extra.push(part);
  }
  return Buffer.concat([main, ...extra]);
}
var IGNORES_DATABASE_URI = "the app ignores FLASK_SQLALCHEMY_DATABASE_URI: verify gave it a throwaway SQLite file, and after a registration that file does not exist, so the app keeps its users somewhere else. Set your default SQLALCHEMY_DATABASE_URI first, then call app.config.from_prefixed_env(), and only then SQLAlchemy(app) (or db.init_app(app)); never set the URI again after it";
function sessionCookieIn(cookies) {
  const candidates = cookies.filter((cookie) => cookie.key !== "remember_token" && cookie.value !== "");
  return candidates.find((cookie) => cookie.key === "session") ?? candidates[0];
}
function hasFutureExpiry(cookie) {
  if (typeof cookie.maxAge === "number") return cookie.maxAge > 0;
  return cookie.expires instanceof Date && cookie.expires.getTime() > Date.now();
}
var checks5 = [
  {
    id: "5.1",
    title: "GET /register shows the form, and a valid registration redirects to /login with a success flash",
    async run(t) {
      const client = t.client();
      const page = await client.get("/register");
      expect(page.status === 200, `GET /register answered ${page.status}, expected 200 with the register form`, page);
      const form = findForm(page.page(), REGISTER_FIELDS);
      if (!form) {
        const names = page.page().querySelectorAll("form input, form textarea, form select").map((input) => input.getAttribute("name")).filter(Boolean);
        fail(
          `GET /register shows no form with inputs named ${REGISTER_FIELDS.join(", ")}${names.length ? ` (its inputs are named ${names.join(", ")})` : ""}`,
          page
        );
      }
      expect(form.method === "post", `the register form's method is "${form.method}": write <form method="post">`, page);
      const user = freshUser("grace");
      const { response } = await register(client, user);
      expectRedirectTo(client, response, "/login", `registering the new user ${user.username}`);
      const login = await client.follow(response);
      expect(
        flashes(login).some((flash) => flash.categories.includes("success")),
        `the login page after registering shows no flash of category success; it shows ${describeFlashes3(login)}`,
        login
      );
    }
  },
  {
    id: "5.2",
    title: "A taken username or email, or a wrong confirmation, gets the form again with an error and adds no user",
    async run(t) {
      const taken = t.user;
      const attempts = [
        (() => {
          const user = { ...freshUser("dup_name"), username: taken.username };
          return { what: `the taken username ${taken.username}`, user, check: { username: user.email, password: user.password } };
        })(),
        (() => {
          const user = { ...freshUser("dup_mail"), email: taken.email ?? "" };
          return { what: `the taken email ${taken.email}`, user, check: { username: user.username, password: user.password } };
        })(),
        (() => {
          const user = freshUser("mismatch");
          return { what: "a confirmation that differs from the password", user, confirm: `${user.password}-typo`, check: user };
        })()
      ];
      for (const attempt of attempts) {
        const client = t.client();
        const { page, response } = await register(client, attempt.user, attempt.confirm);
        const what = `registering with ${attempt.what}`;
        expect(!isRedirect(response), `${what} redirected to ${response.location?.pathname}: it must show the form again and add no user`, response);
        expect(FORM_AGAIN.has(response.status), `${what} answered ${response.status}, expected 200 with the form again`, response);
        expect(findForm(response.page(), REGISTER_FIELDS), `${what} did not show the register form again`, response);
        expect(
          shownError(response, page),
          `${what} showed the form again with no error: flash a message of category error, or show a field error`,
          response
        );
        const added = await canLogIn(t, attempt.check, attempt.user.username);
        expect(!added.yes, `${what} was refused, yet the user was added: logging in as ${attempt.check.username} works`, added.home);
      }
    }
  },
  {
    id: "5.3",
    title: "The login form takes the username or the email; / and /profile show the username; empty fields do not log in",
    async run(t) {
      const byName = t.client();
      await logIn(t, byName);
      for (const path of ["/", "/profile"]) {
        const page = await byName.get(path);
        expect(page.status === 200, `GET ${path} after logging in answered ${page.status}, expected 200`, page);
        expect(pageShowsName(page, t.user.username), `GET ${path} after logging in does not show the username "${t.user.username}" (current_user.username)`, page);
      }
      const byEmail = t.client();
      const email = t.user.email ?? "";
      const login = await postLogin(t, byEmail, { user: { username: email, password: t.user.password } });
      expect(
        isRedirect(login),
        `logging in with the email ${email} in the username field answered ${login.status}, expected a redirect: look the user up by username or email`,
        login
      );
      const home = await showsUser(byEmail, t.user.username);
      expect(home.yes, `after logging in with the email ${email}, GET / does not show the username "${t.user.username}"`, home.home);
      const empty = t.client();
      const answer = await postLogin(t, empty, { user: { username: "", password: "" } });
      expect(!isRedirect(answer), `logging in with empty fields redirected to ${answer.location?.pathname}: it must show the form again`, answer);
      expect(FORM_AGAIN.has(answer.status), `logging in with empty fields answered ${answer.status}, expected 200 with the form again`, answer);
      expect(findForm(answer.page(), LOGIN_FIELDS), "logging in with empty fields did not show the login form again", answer);
      await expectLoggedOut(empty, "logging in with empty fields was refused");
    }
  },
  {
    id: "5.4",
    title: "A wrong password and an unknown user get the same error text",
    async run(t) {
      const unknown = `nobody_${randomBytes2(4).toString("hex")}`;
      const wrongPassword = `${t.user.password}-wrong`;
      const answers = [];
      for (const attempt of [
        { what: "a wrong password", user: { username: t.user.username, password: wrongPassword } },
        { what: "an unknown user", user: { username: unknown, password: wrongPassword } }
      ]) {
        const answer = await postLogin(t, t.client(), { user: attempt.user });
        expect(!isRedirect(answer), `logging in with ${attempt.what} redirected to ${answer.location?.pathname}: it must show the form again`, answer);
        const lines = textLines(answer).map((line) => line.split(attempt.user.username).join("<username>"));
        answers.push({ what: attempt.what, answer, lines });
      }
      const [wrong, stranger] = answers;
      expect(
        wrong.answer.status === stranger.answer.status,
        `a wrong password answered ${wrong.answer.status} but an unknown user ${stranger.answer.status}: the difference tells a stranger which usernames exist`,
        stranger.answer
      );
      const wrongOnly = wrong.lines.filter((line) => !stranger.lines.includes(line));
      const strangerOnly = stranger.lines.filter((line) => !wrong.lines.includes(line));
      if (wrongOnly.length > 0 || strangerOnly.length > 0) {
        const shown = [
          ...wrongOnly.length ? [`a wrong password shows "${wrongOnly.join(" / ")}"`] : [],
          ...strangerOnly.length ? [`an unknown user "${strangerOnly.join(" / ")}"`] : []
        ];
        fail(
          `a wrong password and an unknown user get different text (${shown.join(", ")}): show one message, such as "Invalid username or password.", for both`,
          stranger.answer
        );
      }
    }
  },
  {
    id: "5.5",
    title: "Passwords are stored hashed: the plain password is nowhere in the database file",
    async run(t) {
      const bytes = await databaseBytes(t);
      if (!bytes) fail(IGNORES_DATABASE_URI);
      expect(
        bytes.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER),
        "the database file verify gave the app (FLASK_SQLALCHEMY_DATABASE_URI) is still empty after a registration: are the tables created at start (see 5.10)?"
      );
      expect(
        bytes.includes(Buffer.from(t.user.username, "utf8")),
        `the user verify registered (${t.user.username}) is not in the database file verify gave the app (FLASK_SQLALCHEMY_DATABASE_URI): did registering work?`
      );
      expect(
        !bytes.includes(Buffer.from(t.user.password, "utf8")),
        `the database file holds the password of ${t.user.username} in plain text: store generate_password_hash(password, method="pbkdf2:sha256") and check with check_password_hash()`
      );
    }
  },
  {
    id: "5.6",
    title: 'Ticking "remember" sets a remember_token cookie with an expiry; not ticking it sets none',
    async run(t) {
      const ticked = t.client();
      const { page, form, response } = await ticked.submit("/login", { username: t.user.username, password: t.user.password, remember: true }, LOGIN_FIELDS);
      if (!form || !response) fail("GET /login shows no form with inputs named username and password", page);
      expect(
        form.inputs.some((input) => input.name === "remember" && input.type === "checkbox"),
        'the login form has no <input type="checkbox" name="remember">',
        page
      );
      expect(isRedirect(response), `logging in with "remember" ticked answered ${response.status}, expected a redirect`, response);
      const token = response.setCookies.find((cookie) => cookie.key === "remember_token") ?? await ticked.cookie("remember_token");
      if (!token) fail(`logging in with "remember" ticked set no remember_token cookie: login_user(user, remember=...) with the box's value`, response);
      expect(
        hasFutureExpiry(token),
        "the remember_token cookie has no expiry (Expires or Max-Age), so it would end with the browser session",
        response
      );
      const unticked = t.client();
      const login = await postLogin(t, unticked, { remember: false });
      expect(isRedirect(login), `logging in without "remember" answered ${login.status}, expected a redirect`, login);
      await unticked.get("/");
      const unwanted = login.setCookies.find((cookie) => cookie.key === "remember_token" && hasFutureExpiry(cookie)) ?? await unticked.cookie("remember_token");
      expect(!unwanted, `logging in with "remember" not ticked still set a remember_token cookie: pass the checkbox's value, not True`, login);
    }
  },
  {
    id: "5.7",
    title: "GET /logout does not log out; the logout form (a POST with its token) does",
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const get = await client.get("/logout");
      const still = await showsUser(client, t.user.username);
      expect(
        still.yes,
        `after GET /logout (answered ${get.status}) the visitor is logged out: a link or an <img> on any site could do that. Take POST only: methods=["POST"]`,
        get
      );
      const post = await logOut(t, client);
      expect(
        post.status < 400,
        `posting the logout form answered ${post.status}${post.status === 400 ? ": is its hidden csrf_token input missing?" : ""}`,
        post
      );
      await expectLoggedOut(client, "posting the logout form should have logged the visitor out");
    }
  },
  {
    id: "5.8",
    title: "A POST to /login or /register without the CSRF token is refused and changes nothing",
    async run(t) {
      const refusedMessage = (what, answer) => `${what} answered ${answer.status}${isRedirect(answer) ? ` \u2192 ${answer.location?.pathname}` : ""}: it must be refused (400, or the form again). Protect every form with CSRFProtect(app)`;
      const refused = (answer, names) => !isRedirect(answer) && (answer.status === 400 || answer.status === 403 || FORM_AGAIN.has(answer.status) && findForm(answer.page(), names) !== void 0);
      for (const visitedFirst of [false, true]) {
        const who = visitedFirst ? "after GET /login" : "from a fresh browser";
        const client = t.client();
        if (visitedFirst) await client.get("/login");
        const answer = await client.post("/login", new URLSearchParams({ username: t.user.username, password: t.user.password }));
        const what = `POST /login with the right password but no csrf_token (${who})`;
        expect(refused(answer, LOGIN_FIELDS), refusedMessage(what, answer), answer);
        await expectLoggedOut(client, `${what} must not log in`);
      }
      for (const visitedFirst of [false, true]) {
        const who = visitedFirst ? "after GET /register" : "from a fresh browser";
        const client = t.client();
        if (visitedFirst) await client.get("/register");
        const user = freshUser("forged");
        const answer = await client.post("/register", new URLSearchParams({ ...user, confirm: user.password }));
        const what = `POST /register with no csrf_token (${who})`;
        expect(refused(answer, REGISTER_FIELDS), refusedMessage(what, answer), answer);
        const added = await canLogIn(t, user);
        expect(!added.yes, `${what} added the user ${user.username}: logging in as them works`, added.home);
      }
    }
  },
  {
    id: "5.9",
    title: "The session cookie is HttpOnly and SameSite=Lax",
    async run(t) {
      const client = t.client();
      const login = await logIn(t, client);
      const cookie = sessionCookieIn(login.setCookies) ?? sessionCookieIn(await client.jar.getCookies(client.baseUrl));
      if (!cookie) fail("the login set no session cookie", login);
      expect(cookie.httpOnly, `the ${cookie.key} cookie is not HttpOnly, so page scripts can read it: keep SESSION_COOKIE_HTTPONLY on`, login);
      expect(
        cookie.sameSite === "lax",
        `the ${cookie.key} cookie has ${cookie.sameSite && cookie.sameSite !== "none" ? `SameSite=${cookie.sameSite}` : "no SameSite=Lax"}: set app.config["SESSION_COOKIE_SAMESITE"] = "Lax"`,
        login
      );
    }
  },
  {
    id: "5.10",
    title: "Tables are created at start: a fresh database works with no extra command",
    async run(t) {
      const bytes = await databaseBytes(t);
      if (bytes?.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER) && bytes.includes(Buffer.from(t.user.username, "utf8"))) return;
      const user = freshUser("fresh");
      const { response } = await register(t.client(), user);
      expect(
        response.status < 500,
        `registering on a fresh database answered ${response.status}: create the missing tables when the app starts (with app.app_context(): db.create_all())`,
        response
      );
      const after = await databaseBytes(t);
      if (!after) fail(IGNORES_DATABASE_URI, response);
      expect(
        after.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER),
        "the database file verify gave the app is still empty after a registration: create the tables when the app starts (db.create_all())",
        response
      );
      fail(
        `the user verify registered first thing (${t.user.username}) is not in the fresh database: does registering work without an extra command?`,
        response
      );
    }
  }
];

// lessons/5-user-model/register.ts
var registeredUser = {
  username: "ada_lovelace",
  email: "ada@example.com",
  password: "Analytical-Engine-1843"
};
async function registerUser(t) {
  const client = t.client();
  try {
    await client.submit("/register", {
      username: registeredUser.username,
      email: registeredUser.email,
      password: registeredUser.password,
      confirm: registeredUser.password
    });
  } catch (error) {
    if (!(error instanceof NoAnswerError)) throw error;
  }
}

// lessons/index.ts
var checksByLesson = {
  1: checks,
  2: checks2,
  3: checks3,
  4: checks4,
  5: checks5
};
function checksFor(lesson) {
  const checks6 = [];
  for (let n = 1; n <= lesson; n++) checks6.push(...checksByLesson[n] ?? []);
  return checks6;
}
function ownCheckCount(lesson) {
  return checksByLesson[lesson]?.length ?? 0;
}
function planFor(lesson) {
  return { checks: checksFor(lesson), user: userFor(lesson), prepare: prepareFor(lesson) };
}
var ADMIN = { username: "admin", password: "secret" };
function userFor(lesson) {
  return lesson >= 5 ? registeredUser : ADMIN;
}
function prepareFor(lesson) {
  return lesson >= 5 ? registerUser : void 0;
}

export {
  checksFor,
  ownCheckCount,
  planFor,
  userFor,
  prepareFor
};
