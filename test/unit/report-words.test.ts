// verify's report words and the conflict labels follow the project's language (issue 24, item 3):
// `then GET / 200` under a failure, sent:/got: in the teachers' formats, `<<<<<<< your code` and
// `>>>>>>> lesson 3` in a merged file.
import { afterEach, describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/checks/http.js';
import { ResponseHeaders } from '../../src/checks/http.js';
import { mergeLessonFiles } from '../../src/course/merge.js';
import { setActiveLang } from '../../src/i18n/i18n.js';
import { describeExchange } from '../../src/verify/report.js';

function exchange(path: string, status: number, next?: Exchange): Exchange {
  return {
    method: next ? 'POST' : 'GET',
    path,
    cookiesSent: '',
    status,
    headers: new ResponseHeaders(next ? ['Location', '/'] : []),
    setCookies: [],
    location: next ? new URL('http://127.0.0.1/') : undefined,
    body: '',
    page: () => {
      throw new Error('no page');
    },
    next,
  };
}

const conflict = async (): Promise<string> => {
  const file = (text: string) => new Map([['app.py', Buffer.from(text)]]);
  const [change] = await mergeLessonFiles({ base: file('a\n'), ours: file('mine\n'), theirs: file('lesson\n'), theirsLabel: 'x' });
  return change!.write!.toString();
};

afterEach(() => setActiveLang(undefined));

describe('report words and conflict labels by language', () => {
  it('English: then, sent and got, your code', async () => {
    setActiveLang('en');
    expect(describeExchange(exchange('/login', 302, exchange('/', 200)))).toBe('sent: POST /login\ngot: 302  → /  then GET / 200');
    expect(await conflict()).toMatch(/^<<<<<<< your code\n/);
  });

  it('zh-CN: 然后, 发送 and 收到, 你的代码', async () => {
    setActiveLang('zh-CN');
    expect(describeExchange(exchange('/login', 302, exchange('/', 200)))).toBe('发送：POST /login\n收到：302  → /  然后 GET / 200');
    expect(await conflict()).toMatch(/^<<<<<<< 你的代码\n/);
  });
});
