// The starter builder on small texts: markers stripped for guided, TODOs for practice.
import { describe, expect, it } from 'vitest';
import { dropDoneTodos, findTodo, parseRegions, starterFile, stripMarkers, todoStubs } from '../../src/course/starter.js';

const python = [
  'a',
  '  # exercise 1.x: custom text',
  '  x = 1',
  '  # end 1.x',
  '# change 1.y quiet',
  'new',
  '# was',
  'old',
  '# end 1.y',
  '# change 1.z',
  'z2',
  '# was',
  'z1',
  '# end 1.z',
  'tail',
].join('\n');

describe('starter builder', () => {
  it('guided output is every solution with the marker lines gone', () => {
    expect(stripMarkers('app.py', python)).toBe(['a', '  x = 1', 'new', 'z2', 'tail'].join('\n'));
  });

  it('the starter stubs each exercise: a TODO (its own text where the marker gives one), the old code kept under a change', () => {
    const todos = new Map([
      ['1.x', 'X'],
      ['1.y', 'Y'],
      ['1.z', 'write z'],
    ]);
    expect(starterFile('app.py', python, todos)).toBe(
      ['a', '  # TODO(1.x): custom text', 'old', '# TODO(1.z): write z', 'z1', 'tail'].join('\n'),
    );
    expect(starterFile('app.py', python, todos, new Set(['1.z']))).toBe(
      ['a', '  # TODO(1.x): custom text', 'old', 'z2', 'tail'].join('\n'),
    );
  });

  it('only the exercises given become TODOs; Jinja uses {# #}', () => {
    const html = ['<b>', '  {# exercise 3.base #}', '  <p>', '  {# end 3.base #}', '</b>'].join('\n');
    expect(starterFile('t.html', html, new Map([['3.base', 'write it']]))).toBe(
      ['<b>', '  {# TODO(3.base): write it #}', '</b>'].join('\n'),
    );
    expect(starterFile('t.html', html, new Map())).toBe(['<b>', '  <p>', '</b>'].join('\n'));
    expect(findTodo(starterFile('t.html', html, new Map([['3.base', 'w']])), '3.base')).toBe(2);
  });

  it('refuses malformed markers, naming file and line', () => {
    expect(() => parseRegions('app.py', '# exercise 1.a\nx\n')).toThrow(/never closed/);
    expect(() => parseRegions('app.py', 'x\n# end 1.a\n')).toThrow(/app.py:2/);
    expect(() => parseRegions('app.py', '# exercise 1.a\n# was\n# end 1.a')).toThrow(/was/);
  });

  it('files of other kinds pass through untouched', () => {
    expect(starterFile('requirements.txt', '# exercise 1.a\n', new Map([['1.a', 'x']]))).toBe('# exercise 1.a\n');
  });

  it('a TODO stub is the TODO line with the starter lines around it, the old code under a change included', () => {
    const todos = new Map([
      ['1.x', 'X'],
      ['1.y', 'Y'],
      ['1.z', 'write z'],
    ]);
    expect(todoStubs('app.py', python, todos)).toEqual([
      { id: '1.x', lines: ['a', '  # TODO(1.x): custom text', 'old', '# TODO(1.z): write z'], todoAt: 1 },
      { id: '1.z', lines: ['  # TODO(1.x): custom text', 'old', '# TODO(1.z): write z', 'z1', 'tail'], todoAt: 2 },
    ]);
  });
});

describe('TODO lines the learner wrote around', () => {
  const todos = new Map([
    ['1.x', 'X'],
    ['1.z', 'write z'],
  ]);
  const source = [
    'head',
    'one',
    '# exercise 1.x',
    'x = 1',
    '# end 1.x',
    'two',
    'three',
    '# change 1.z',
    'z2',
    '# was',
    'z1',
    '# end 1.z',
    'tail',
    'end',
  ].join('\n');
  const starter = starterFile('app.py', source, todos);
  const stubs = todoStubs('app.py', source, todos);

  it('the untouched starter: every TODO is whole, none goes', () => {
    expect(dropDoneTodos(starter, stubs)).toEqual({
      text: starter,
      whole: new Set(['1.x', '1.z']),
      written: new Set(),
      dropped: new Set(),
    });
  });

  it('code written under a TODO line, or the old code changed below it, makes it done: just that line goes', () => {
    const solved = starter.replace('# TODO(1.x): X\n', '# TODO(1.x): X\nx = 2\n').replace('z1', 'z3');
    const found = dropDoneTodos(solved, stubs);
    expect(found.text).toBe(['head', 'one', 'x = 2', 'two', 'three', 'z3', 'tail', 'end'].join('\n'));
    expect([...found.written]).toEqual(['1.x', '1.z']);
    expect(found.whole.size).toBe(0);
  });

  it('code written above it counts too; a TODO line the learner reworded is theirs and stays', () => {
    const above = starter.replace('one\n', 'one\nx = 2\n').replace('# TODO(1.z): write z', '# TODO(1.z): later, maybe');
    const found = dropDoneTodos(above, stubs);
    expect(found.text).toBe(above.replace('# TODO(1.x): X\n', ''));
    expect([...found.dropped]).toEqual([3]);
  });

  it('once the lesson passed, its code is somewhere: every TODO line of it goes, whole or not', () => {
    const found = dropDoneTodos(starter, stubs, true);
    expect(found.text).toBe(['head', 'one', 'two', 'three', 'z1', 'tail', 'end'].join('\n'));
    expect(found.whole.size).toBe(0);
  });
});
