import { describe, expect, it } from 'vitest';
import { fillForm, findFlashes, findForm, mentions, parsePage, renderedLines, showsName, visibleText } from '../../src/checks/html.js';

describe('reading forms', () => {
  const page = parsePage(`
    <form action="/search"><input name="q"></form>
    <form method="POST" action="/login?x=1">
      <input type="hidden" name="csrf_token" value="tok123">
      <input name="username"><input type="password" name="password">
      <input type="checkbox" name="remember" value="y">
      <input type="submit" value="Go">
    </form>`);

  it('finds the form that holds the named inputs, with its method in lower case', () => {
    const form = findForm(page, ['username', 'password']);
    expect(form?.method).toBe('post');
    expect(form?.action).toBe('/login?x=1');
    expect(findForm(page, ['email'])).toBeUndefined();
  });

  it('sends hidden inputs back, a ticked checkbox with its own value, and leaves an unticked one out', () => {
    const form = findForm(page, ['username'])!;
    expect(fillForm(form, { username: 'a', password: 'b', remember: true }).toString()).toBe(
      'csrf_token=tok123&username=a&password=b&remember=y',
    );
    expect(fillForm(form, { username: 'a', password: 'b', remember: false }).toString()).toBe('csrf_token=tok123&username=a&password=b');
  });

  it('treats a form with no method as GET, as a browser does', () => {
    expect(findForm(parsePage('<form><input name="username"><input name="password"></form>'), ['username'])?.method).toBe('get');
  });
});

describe('finding flash messages by markup', () => {
  it('reads flash-<category> and Bootstrap alert-<category>, with danger as error', () => {
    const page = parsePage(`
      <div class="flashes"><p class="flash flash-success">You are logged in</p></div>
      <div class="alert alert-danger alert-dismissible fade show">Invalid login <button>x</button></div>
      <span class="flashy">not a flash</span>`);
    expect(findFlashes(page)).toEqual([
      { text: 'You are logged in', categories: ['success'] },
      { text: 'Invalid login x', categories: ['error'] },
    ]);
  });

  it('finds no flash in text that merely mentions one', () => {
    expect(findFlashes(parsePage('<p>flash: logged in</p>'))).toEqual([]);
  });
});

describe('matching words', () => {
  it('finds key phrases case-insensitively anywhere', () => {
    expect(mentions('Invalid credentials', 'invalid')).toBe(true);
    expect(mentions('Please LOG IN first', 'log in')).toBe(true);
    expect(mentions('Welcome', 'invalid')).toBe(false);
  });

  it('counts the Chinese words the contract lists, whatever the project speaks', () => {
    expect(mentions('用户名或密码错误', 'invalid')).toBe(true);
    expect(mentions('无效的凭据', 'invalid')).toBe(true);
    expect(mentions('您已登录。', 'logged in')).toBe(true);
    expect(mentions('登录成功', 'logged in')).toBe(true);
    for (const words of ['您已退出登录。', '已注销', '已登出']) expect(mentions(words, 'logged out')).toBe(true);
    expect(mentions('请先登录再查看该页面。', 'log in')).toBe(true);
    expect(mentions('请先登录', 'login')).toBe(true);
    // Each phrase keeps its own words: a welcome does not count as an error, nor a logout as a login.
    expect(mentions('欢迎回来', 'invalid')).toBe(false);
    expect(mentions('您已退出。', 'logged in')).toBe(false);
    expect(mentions('您已登录。', 'logged out')).toBe(false);
  });

  it('finds a username only as a word of its own', () => {
    expect(showsName('Logged in as admin.', 'admin')).toBe(true);
    expect(showsName('Administrator area', 'admin')).toBe(false);
    expect(showsName('Hi ada_lovelace!', 'ada_lovelace')).toBe(true);
  });

  it('reads visible text without scripts or styles', () => {
    expect(visibleText(parsePage('<style>.admin{}</style><script>var admin</script><p>Hello</p>'))).toBe('Hello');
  });
});

describe('text as a browser renders it', () => {
  it("separates a text node and an inline element that white space separates (Flask-Login's README page)", () => {
    const page = parsePage('<body><p>Logged in as: admin\n<a href="/logout">Log out</a></p></body>');
    expect(visibleText(page)).toBe('Logged in as: admin Log out');
    expect(renderedLines(page)).toEqual(['Logged in as: admin Log out']);
  });

  it('joins inline elements with nothing between them, and puts block elements on lines of their own', () => {
    const page = parsePage('<div><b>x</b><i>y</i></div><p>one</p>two<br>three<ul><li>a</li><li>b</li></ul><script>hidden()</script>');
    expect(renderedLines(page)).toEqual(['xy', 'one', 'two', 'three', 'a', 'b']);
  });

  it('reads the text of a flash the same way', () => {
    const page = parsePage('<div class="flash flash-info">Bye,\n  <em>admin</em>\n</div>');
    expect(findFlashes(page)[0]?.text).toBe('Bye, admin');
  });
});
