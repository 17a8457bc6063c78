// The lesson renderer on its own: layout that is the same with and without colour, and
// code kept byte for byte.
import kleur from 'kleur';
import { afterEach, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/terminal/markdown.js';

const LESSON = [
  '# Lesson 9: Testing',
  '',
  'Use `flask run` and **read** the *output* at <http://127.0.0.1:5000/>.',
  '',
  '```text',
  'browser            app.py',
  '  GET /   --->     index()   ',
  '',
  '        <---  200',
  '```',
  '',
  '1. Install:',
  '',
  '   ```sh',
  '   pip install -r requirements.txt',
  '     # indented more',
  '   ```',
  '',
  '````md',
  '```python',
  '## not a heading',
  '```',
  '````',
  '- a [link](https://flask.palletsprojects.com/)',
].join('\n');

describe('renderMarkdown', () => {
  const enabled = kleur.enabled;
  afterEach(() => {
    kleur.enabled = enabled;
  });

  it('without colour: markdown as written, fences gone, code indented four more', () => {
    kleur.enabled = false;
    expect(renderMarkdown(LESSON).split('\n')).toEqual([
      '# Lesson 9: Testing',
      '',
      'Use `flask run` and **read** the *output* at <http://127.0.0.1:5000/>.',
      '',
      '    browser            app.py',
      '      GET /   --->     index()   ',
      '',
      '            <---  200',
      '',
      '1. Install:',
      '',
      '       pip install -r requirements.txt',
      '         # indented more',
      '',
      '    ```python',
      '    ## not a heading',
      '    ```',
      '- a [link](https://flask.palletsprojects.com/)',
    ]);
  });

  it('with colour: styled headings and inline code, bullets, diagrams uncoloured, code cyan', () => {
    kleur.enabled = true;
    const lines = renderMarkdown(LESSON).split('\n');
    expect(lines[0]).toBe('\x1b[1m\x1b[4mLesson 9: Testing\x1b[22m\x1b[24m');
    expect(lines[2]).toBe(
      'Use \x1b[36mflask run\x1b[39m and \x1b[1mread\x1b[22m the \x1b[3moutput\x1b[23m at \x1b[4mhttp://127.0.0.1:5000/\x1b[24m.',
    );
    expect(lines[5]).toBe('      GET /   --->     index()   '); // the diagram, trailing spaces and all
    expect(lines[11]).toBe('\x1b[36m       pip install -r requirements.txt\x1b[39m');
    expect(lines[15]).toBe('\x1b[36m    ## not a heading\x1b[39m');
    expect(lines[17]).toBe('• a link \x1b[2m(https://flask.palletsprojects.com/)\x1b[22m');
  });
});
