// Tracebacks as the report shows them: the learner's frames and the last library frame, never the runner's.
import { describe, expect, it } from 'vitest';
import { trimTracebacks } from '../../src/verify/tracebacks.js';

const own = '/home/you/my-app';
const importFailure = [
  'Traceback (most recent call last):',
  '  File "/usr/lib/node_modules/create-flash-login/src/runtime/serve_app.py", line 190, in serve',
  '    application = find_application(load_module(project))',
  '  File "<frozen importlib._bootstrap_external>", line 940, in exec_module',
  '  File "/home/you/my-app/app.py", line 12, in <module>',
  '    from flask_login import LoginManagr',
  "ImportError: cannot import name 'LoginManagr' from 'flask_login'",
].join('\n');

const requestFailure = [
  '[2026-11-29 22:22:21,224] ERROR in app: Exception on /login [POST]',
  'Traceback (most recent call last):',
  '  File "/usr/lib/python3/dist-packages/flask/app.py", line 2525, in wsgi_app',
  '    response = self.full_dispatch_request()',
  '               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/lib/python3/dist-packages/flask/app.py", line 1796, in dispatch_request',
  '    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)',
  '  File "/home/you/my-app/app.py", line 153, in login',
  '    login_user(user, remember=form.remember.data)',
  '  File "/usr/lib/python3/dist-packages/flask_login/utils.py", line 180, in login_user',
  '    if not force and not user.is_active:',
  '                         ^^^^^^^^^^^^^^',
  "AttributeError: 'User' object has no attribute 'is_active'",
].join('\n');

describe('trimTracebacks', () => {
  it("never shows the runner's frames", () => {
    const { text } = trimTracebacks(importFailure, own);
    expect(text).not.toMatch(/serve_app\.py|importlib/);
    expect(text).toContain('File "/home/you/my-app/app.py", line 12');
    expect(text.split('\n').at(-1)).toMatch(/^ImportError/);
  });

  it("keeps the learner's frames and the library frame where the error surfaced, without timestamps or underlines", () => {
    const { text, keys } = trimTracebacks(requestFailure, own);
    expect(text.split('\n')).toEqual([
      'ERROR in app: Exception on /login [POST]',
      'Traceback (most recent call last):',
      '  … 2 frames of Flask and other libraries left out (--verbose shows them)',
      '  File "/home/you/my-app/app.py", line 153, in login',
      '    login_user(user, remember=form.remember.data)',
      '  File "/usr/lib/python3/dist-packages/flask_login/utils.py", line 180, in login_user',
      '    if not force and not user.is_active:',
      "AttributeError: 'User' object has no attribute 'is_active'",
    ]);
    // The same error at another time, with another message, is the same key.
    const later = trimTracebacks(requestFailure.replace('22:22:21,224', '23:01:02,003').replace("'User'", "'Member'"), own);
    expect(later.keys).toEqual(keys);
  });

  it('with full, leaves every frame in', () => {
    expect(trimTracebacks(requestFailure, own, true).text).toContain('flask/app.py", line 2525');
  });

  it('keeps the last traceback of a chained error', () => {
    const chained = `${requestFailure}\n\nThe above exception was the direct cause of the following exception:\n\n${requestFailure.replace('AttributeError', 'RuntimeError')}`;
    const { text, keys } = trimTracebacks(chained, own);
    expect(text).not.toContain('direct cause');
    expect(text.match(/Traceback/g)).toHaveLength(1);
    expect(text).toContain('RuntimeError');
    expect(keys).toHaveLength(1);
  });
});
