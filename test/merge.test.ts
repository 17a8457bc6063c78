// The merge engine on plain data: a corpus of learner edits, each of which must survive the
// lesson step or be reported as a conflict (its lines inside the markers), never dropped.
import { diffArrays } from 'diff';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FileChange, type FileMap, mergeLessonFiles, splitLines } from '../src/course/merge.js';
import { type RenderedFiles, renderLesson } from '../src/course/render.js';
import { findMarkers } from '../src/project/conflicts.js';

const answers = { projectName: 'my-app' };
const lessons = new Map<number, RenderedFiles>();

beforeAll(async () => {
  for (let n = 1; n <= 5; n++) lessons.set(n, await renderLesson(n, answers));
});

const text = (content: Buffer | undefined) => content?.toString('utf8') ?? '';
const buffer = (value: string) => Buffer.from(value, 'utf8');

/** Edit one file of a map in place with a find/replace that must match. */
function edit(files: Map<string, Buffer>, path: string, find: string | RegExp, replace: string): void {
  const before = text(files.get(path));
  const after = before.replace(find, replace);
  if (after === before) throw new Error(`edit of ${path} did not match ${String(find)}`);
  files.set(path, buffer(after));
}

/** The learner's project after the step: their files with every planned write applied. */
function applied(ours: FileMap, changes: FileChange[]): Map<string, Buffer> {
  const result = new Map(ours);
  for (const change of changes) {
    if (change.write === null) result.delete(change.path);
    else if (change.write) result.set(change.path, change.write);
  }
  return result;
}

/** Merge lesson from -> to onto lesson from's files as the learner edited them. */
async function step(from: number, to: number, learnerEdits: (files: Map<string, Buffer>) => void) {
  const base = lessons.get(from)!;
  const ours = new Map(base);
  learnerEdits(ours);
  const changes = await mergeLessonFiles({ base, ours, theirs: lessons.get(to)!, theirsLabel: `lesson ${to}` });
  const result = applied(ours, changes);
  const outcome = (path: string) => changes.find((change) => change.path === path)?.outcome;
  return { base, ours, changes, result, outcome };
}

/** The corpus's one rule: every line the learner added to a file is still in it (merged, or inside conflict markers). */
function expectEditsKept(base: FileMap, ours: FileMap, result: FileMap): void {
  for (const [path, content] of ours) {
    const added = diffArrays(splitLines(text(base.get(path))).lines, splitLines(text(content)).lines)
      .filter((part) => part.added)
      .flatMap((part) => part.value);
    if (added.length === 0) continue;
    expect(result.has(path), `${path}, which the learner edited, is gone`).toBe(true);
    const now = splitLines(text(result.get(path))).lines;
    for (const line of added) expect(now, `${path} lost the learner's line ${JSON.stringify(line)}`).toContain(line);
  }
}

const ROUTE = '\n\n@app.route("/about")\ndef about():\n    return "About this app"\n';

describe('merge corpus on the real lessons', () => {
  it('a changed line away from the lesson change merges cleanly', async () => {
    const s = await step(1, 2, (files) =>
      edit(files, 'app.py', 'USERS = {"admin": "secret"}', 'USERS = {"admin": "secret", "alice": "wonderland"}'),
    );
    expect(s.outcome('app.py')).toBe('merged');
    const app = text(s.result.get('app.py'));
    expect(app).toContain('"alice": "wonderland"');
    expect(app).toContain('session["username"] = username');
    expect(findMarkers(app)).toBeUndefined();
    expectEditsKept(s.base, s.ours, s.result);
  });

  it('the same line changed by both sides becomes a conflict with both versions, labelled', async () => {
    const s = await step(1, 2, (files) =>
      edit(files, 'app.py', 'return render_template("index.html")', 'return render_template("index.html", title="Home")'),
    );
    expect(s.outcome('app.py')).toBe('conflict');
    const app = text(s.result.get('app.py'));
    expect(app).toMatch(
      /<<<<<<< your code\n {4}return render_template\("index.html", title="Home"\)\n=======\n[\s\S]*render_template\("index.html", username=session.get\("username"\)\)\n>>>>>>> lesson 2\n/,
    );
    expect(findMarkers(app)).toEqual({ line: expect.any(Number), regions: 1 });
    expectEditsKept(s.base, s.ours, s.result);
  });

  it('a route added at the end of app.py survives a lesson that changes the code above it', async () => {
    const s = await step(2, 3, (files) => files.set('app.py', buffer(text(files.get('app.py')) + ROUTE)));
    expect(s.outcome('app.py')).toBe('merged');
    const app = text(s.result.get('app.py'));
    expect(app.endsWith(ROUTE)).toBe(true);
    expect(app).toContain('flash("You are logged out.", "info")');
    expectEditsKept(s.base, s.ours, s.result);
  });

  it('a route added at the very end merges: no lesson appends there, as every app.py ends with its python app.py block', async () => {
    for (const [from, to] of [
      [1, 2],
      [3, 4],
    ] as const) {
      const s = await step(from, to, (files) => files.set('app.py', buffer(text(files.get('app.py')) + ROUTE)));
      expect(s.outcome('app.py'), `${from} -> ${to}`).toBe('merged');
      const app = text(s.result.get('app.py'));
      expect(app.endsWith(ROUTE)).toBe(true);
      expect(app).not.toContain('<<<<<<<');
      expectEditsKept(s.base, s.ours, s.result);
    }
  });

  it('reformatting: a file the lesson does not touch keeps its new layout; one it does either merges or conflicts', async () => {
    const reindent = (files: Map<string, Buffer>, path: string) =>
      files.set(path, buffer(text(files.get(path)).replace(/^( +)/gm, '$1$1')));
    const s = await step(1, 2, (files) => {
      reindent(files, 'templates/login.html'); // lesson 2 leaves it alone
      reindent(files, 'templates/index.html'); // lesson 2 changes one line of it
      edit(files, 'app.py', /"/g, "'"); // every quote, lesson 2 changes some of those lines
    });
    expect(s.outcome('templates/login.html')).toBeUndefined();
    expect(s.result.get('templates/login.html')).toEqual(s.ours.get('templates/login.html'));
    expect(s.outcome('templates/index.html')).toBe('conflict');
    expect(s.outcome('app.py')).toBe('conflict');
    expectEditsKept(s.base, s.ours, s.result);
  });

  it('CRLF files stay CRLF, with the learner edit and the lesson change both in', async () => {
    const s = await step(1, 2, (files) => {
      edit(files, 'app.py', 'USERS = {"admin": "secret"}', 'USERS = {"admin": "secret", "alice": "wonderland"}');
      files.set('app.py', buffer(text(files.get('app.py')).replace(/\n/g, '\r\n')));
      files.set('templates/index.html', buffer(text(files.get('templates/index.html')).replace(/\n/g, '\r\n')));
    });
    for (const path of ['app.py', 'templates/index.html']) {
      expect(s.outcome(path), path).toBe('merged');
      const merged = text(s.result.get(path));
      expect(merged, `${path} has a bare LF`).not.toMatch(/(^|[^\r])\n/);
      expect(merged.endsWith('\r\n')).toBe(true);
    }
    expect(text(s.result.get('app.py'))).toContain('"alice": "wonderland"}\r\n');
    expect(text(s.result.get('app.py'))).toContain('session["username"] = username\r\n');
    expect(text(s.result.get('templates/index.html'))).toContain('{% if username %}\r\n');
  });

  it('a file without its final newline keeps it that way', async () => {
    const s = await step(1, 2, (files) => {
      edit(files, 'app.py', 'USERS = {"admin": "secret"}', 'USERS = {"admin": "hunter2"}');
      files.set('app.py', buffer(text(files.get('app.py')).replace(/\n$/, '')));
    });
    expect(s.outcome('app.py')).toBe('merged');
    const app = text(s.result.get('app.py'));
    expect(app.endsWith('    app.run()')).toBe(true);
    expect(app).toContain('"hunter2"');
  });

  it('a file the learner deleted is reported, not recreated', async () => {
    const s = await step(1, 2, (files) => files.delete('templates/index.html'));
    const change = s.changes.find((c) => c.path === 'templates/index.html')!;
    expect(change.outcome).toBe('missing');
    expect(change.write).toBeUndefined();
    expect(change.note).toMatch(/you deleted templates\/index.html/);
    expect(s.result.has('templates/index.html')).toBe(false);
  });

  it("an extra file of the learner's own is never touched", async () => {
    const s = await step(2, 3, (files) => files.set('notes.txt', buffer('my notes\n')));
    expect(s.changes.map((c) => c.path)).not.toContain('notes.txt');
    expect(text(s.result.get('notes.txt'))).toBe('my notes\n');
  });

  it('a file the lesson adds that the learner already made merges against an empty base', async () => {
    const own = text(lessons.get(3)!.get('templates/base.html')).replace(
      '<meta charset="utf-8">',
      '<meta charset="utf-8">\n  <link rel="stylesheet" href="/static/my.css">',
    );
    const s = await step(2, 3, (files) => files.set('templates/base.html', buffer(own)));
    expect(s.outcome('templates/base.html')).toBe('conflict');
    const merged = text(s.result.get('templates/base.html'));
    // Only the differing line is marked: the lines both versions share are written once.
    expect(merged).toContain('<<<<<<< your code\n  <link rel="stylesheet" href="/static/my.css">\n=======\n>>>>>>> lesson 3\n');
    expect(merged.match(/<!doctype html>/g)).toHaveLength(1);
    expectEditsKept(s.base, s.ours, s.result);

    const same = await step(2, 3, (files) => files.set('templates/base.html', lessons.get(3)!.get('templates/base.html')!));
    expect(same.outcome('templates/base.html')).toBeUndefined();
  });

  it('a learner who already made the lesson change gets nothing to merge', async () => {
    const s = await step(1, 2, (files) => files.set('app.py', lessons.get(2)!.get('app.py')!));
    expect(s.outcome('app.py')).toBeUndefined();
    expect(s.result.get('app.py')).toEqual(lessons.get(2)!.get('app.py'));
  });

  it('README notes merge with the new lesson text', async () => {
    const s = await step(3, 4, (files) =>
      edit(files, 'README.md', /^(\| `flash-login verify` .*)$/m, '$1\n| `make run` | my own shortcut |'),
    );
    expect(s.outcome('README.md')).toBe('merged');
    const readme = text(s.result.get('README.md'));
    expect(readme).toContain('| `make run` | my own shortcut |');
    expect(readme).toContain('# Lesson 4');
  });

  it('an unedited project comes out as exactly the next lesson', async () => {
    for (let n = 1; n < 5; n++) {
      const s = await step(n, n + 1, () => {});
      expect(new Map([...s.result].sort()), `${n} -> ${n + 1}`).toEqual(new Map([...lessons.get(n + 1)!].sort()));
      expect(s.changes.every((c) => ['updated', 'added', 'deleted'].includes(c.outcome))).toBe(true);
    }
  });
});

describe('merge corpus on synthetic lessons', () => {
  const base = new Map([
    ['app.py', buffer('a\nb\nc\n')],
    ['old.html', buffer('<p>old</p>\n')],
    ['logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])],
  ]);
  const theirs = new Map([
    ['app.py', buffer('a\nb\nc\nd\n')],
    ['logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9])],
  ]);
  const merge = (ours: Map<string, Buffer>) => mergeLessonFiles({ base, ours, theirs, theirsLabel: 'lesson 9' });

  it('a file the lesson deletes goes when untouched, and stays with a warning when edited', async () => {
    const untouched = await merge(new Map(base));
    expect(untouched.find((c) => c.path === 'old.html')).toMatchObject({ outcome: 'deleted', write: null });

    const edited = await merge(new Map([...base, ['old.html', buffer('<p>mine</p>\n')]]));
    const kept = edited.find((c) => c.path === 'old.html')!;
    expect(kept.outcome).toBe('kept');
    expect(kept.write).toBeUndefined();
    expect(kept.note).toMatch(/lesson 9 no longer has old.html, but you changed it/);

    const gone = new Map(base);
    gone.delete('old.html');
    expect((await merge(gone)).find((c) => c.path === 'old.html')).toBeUndefined();
  });

  it('a binary file both sides changed keeps the learner copy, with a note', async () => {
    const changes = await merge(new Map([...base, ['logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 5, 5])]]));
    const logo = changes.find((c) => c.path === 'logo.png')!;
    expect(logo.outcome).toBe('kept');
    expect(logo.write).toBeUndefined();
    expect(logo.note).toMatch(/not text, so your copy stays/);
  });

  it('an empty file, a lone newline and mixed line endings round-trip', async () => {
    const mixed = buffer('a\r\nb\nc\n');
    const changes = await merge(new Map([...base, ['app.py', mixed]]));
    // The \r stays part of the learner's lines, so the bytes come back exactly, plus the lesson's "d".
    expect(text(changes.find((c) => c.path === 'app.py')!.write!)).toBe('a\r\nb\nc\nd\n');
    expect(splitLines('')).toEqual({ lines: [], eol: '\n', finalNewline: false });
    expect(splitLines('\n')).toEqual({ lines: [''], eol: '\n', finalNewline: true });
  });
});
