import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { padColumns, prepareColumns, widestColumns } from '../../src/terminal/columns.js';

describe('columns by display width', () => {
  beforeAll(() => prepareColumns('zh-CN'));

  it('pads Chinese text to the same terminal column as English text', () => {
    const titles = ['A basic login form', '第 2 课：会话', 'Flash 闪现消息'];
    const width = widestColumns(titles);
    expect(width).toBe(18);
    for (const title of titles) expect(stringWidth(`${padColumns(title, width)}|`)).toBe(width + 1);
    // What padEnd would have made of it: two columns short per Chinese character.
    expect(stringWidth('第 2 课：会话'.padEnd(width))).toBe(width + 5);
  });

  it('never cuts what is wider than the column, and ignores colour codes', () => {
    expect(padColumns('会话管理', 3)).toBe('会话管理');
    expect(stringWidth(padColumns('\u001b[1m会话\u001b[22m', 6))).toBe(6);
  });
});
