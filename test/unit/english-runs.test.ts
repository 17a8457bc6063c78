import { describe, expect, it } from 'vitest';
import { englishRuns } from '../english-runs.js';

describe('englishRuns (the no-English scan of zh-CN output)', () => {
  it('finds an English sentence, and one left between Chinese words', () => {
    expect(englishRuns('the app did not answer').map((run) => run.run)).toEqual(['the app did not answer']);
    expect(englishRuns('第 1 课：A basic login form')).toHaveLength(1);
  });

  it('lets code, commands, flags, file names, ids, URLs and quoted page text through', () => {
    const allowed = [
      '运行 `flash-login verify --lesson 3` 检查',
      '  $ flash-login verify --format exercism > results.json',
      '用法：flash-login grade [options] <submissions...>',
      '  -d, --dir <path>   项目文件夹',
      '见 https://flask.palletsprojects.com/en/latest/quickstart/',
      '收到  200  "Log in Username Password"',
      'app.config.from_prefixed_env() 之前',
      '✓ 1.2 templates/login.html 里有表单',
    ];
    for (const line of allowed) expect(englishRuns(line), line).toEqual([]);
  });

  it('skips what the app printed under "你的应用输出了："', () => {
    const output = [
      '  ✗ 1.1 登录',
      '      你的应用输出了：',
      '        Traceback (most recent call last):',
      '        NameError: name is not defined here',
      '  ✓ 1.2 表单',
    ].join('\n');
    expect(englishRuns(output)).toEqual([]);
  });
});
