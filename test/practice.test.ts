// Practice mode end to end, with the real CLI, real Flask and real merges: each lesson's starter
// fails exactly its exercises' checks (naming each TODO's file:line), `solution --apply` makes it
// pass and equal to the guided output, and the learner-variant corpus walks lesson 1 to 5 with
// every next-lesson only adding comment lines (the next lesson's TODOs) to the learner's code.

import { join } from 'node:path';
import fs from 'fs-extra';
import { afterAll, describe, expect, it } from 'vitest';
import { exercisesFor } from '../src/course/exercises.js';
import { renderLesson } from '../src/course/render.js';
import { bins, debianPython, run, tempDir, verifyJson } from './helpers.js';
import { applySteps, variants } from './practice-variants.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => fs.remove(dir)));
});

async function scaffold(lesson: number, mode: 'practice' | 'guided' = 'practice'): Promise<string> {
  const parent = await tempDir('flash-login-practice-');
  made.push(parent);
  const dir = join(parent, 'app');
  const created = await run(bins.create, [
    dir,
    '--yes',
    '--no-install',
    '--no-git',
    '--python',
    debianPython,
    '--mode',
    mode,
    '--lesson',
    String(lesson),
  ]);
  expect(created.exitCode, String(created.stderr)).toBe(0);
  return dir;
}

/** app.py and templates/, the learner's code, as one comparable map. */
async function appFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = { 'app.py': await fs.readFile(join(dir, 'app.py'), 'utf8') };
  for (const name of (await fs.readdir(join(dir, 'templates'))).sort())
    files[`templates/${name}`] = await fs.readFile(join(dir, 'templates', name), 'utf8');
  return files;
}

/** A blank line, or a comment line of the file's language. */
function isCommentLine(path: string, line: string): boolean {
  return line.trim() === '' || (path.endsWith('.py') ? /^\s*#/.test(line) : /^\s*\{#.*#\}\s*$/.test(line));
}

/** How many lines of `mine` appear in `now` in order, and the lines of `now` that are not theirs. */
function alignLines(mine: string[], now: string[]): { kept: number; added: string[] } {
  let kept = 0;
  const added: string[] = [];
  for (const line of now) {
    if (kept < mine.length && line === mine[kept]) kept++;
    else added.push(line);
  }
  return { kept, added };
}

async function conflictMarkers(dir: string): Promise<string[]> {
  const files = await appFiles(dir);
  return Object.entries(files)
    .filter(([, text]) => text.includes('<<<<<<<'))
    .map(([name]) => name);
}

describe('practice starters', () => {
  for (const lesson of [1, 2, 3, 4, 5]) {
    it(`lesson ${lesson}: the starter fails exactly its exercises' checks, each at its TODO; solution --apply passes and equals guided`, async () => {
      const dir = await scaffold(lesson);
      const exercises = await exercisesFor(lesson);
      const expected = [...new Set(exercises.flatMap((exercise) => exercise.checks))];
      const { result, json } = await verifyJson(dir, lesson, debianPython);
      expect(result.exitCode, String(result.stderr)).toBe(1);
      const failed = json!.tests.filter((test) => test.status !== 'pass');
      expect(failed.map((test) => test.id).sort()).toEqual(expected.sort());
      // Only this lesson's ids, or (lessons 4 and 5) earlier ones that an exercise of this lesson changes.
      const files = await appFiles(dir);
      for (const test of failed) {
        const todo = (test as { location?: string | null }).location ?? undefined;
        expect(todo, `check ${test.id} names no TODO`).toMatch(/^[\w/.]+:\d+ TODO\(\d\.[a-z-]+\)$/);
        const [, file, line, id] = /^(.+):(\d+) TODO\((.+)\)$/.exec(todo!)!;
        expect(files[file!]!.split('\n')[Number(line) - 1]).toContain(`TODO(${id})`);
        expect(exercises.find((exercise) => exercise.id === id)!.checks).toContain(test.id);
      }

      const applied = await run(bins.flashLogin, ['solution', '--apply', '--dir', dir]);
      expect(applied.exitCode, String(applied.stdout) + String(applied.stderr)).toBe(0);
      const after = await verifyJson(dir, lesson, debianPython);
      expect(after.json?.status, JSON.stringify(after.json?.tests.filter((test) => test.status !== 'pass'))).toBe('pass');
      const guided = await scaffold(lesson, 'guided');
      expect(await appFiles(dir)).toEqual(await appFiles(guided));
    });
  }

  it('stripped regions are the guided output: no marker or TODO reaches it, and the starter of every lesson imports', async () => {
    for (let lesson = 1; lesson <= 5; lesson++) {
      for (const [name, content] of await renderLesson(lesson, { projectName: 'x' })) {
        if (!/\.(py|html)$/.test(name)) continue;
        expect(content.toString(), `${name} of lesson ${lesson}`).not.toMatch(/^\s*(#|\{#)\s*(exercise|change|was|end)\b|TODO\(/m);
      }
    }
  });
});

describe('practice walks', () => {
  it('solution --apply at each lesson ends byte-identical to a guided scaffold of lesson 5', async () => {
    const dir = await scaffold(1);
    for (let lesson = 1; lesson <= 5; lesson++) {
      const applied = await run(bins.flashLogin, ['solution', '--apply', '--dir', dir]);
      expect(applied.exitCode, String(applied.stdout)).toBe(0);
      if (lesson === 5) break;
      const next = await run(bins.flashLogin, ['next-lesson', '--force', '--no-verify', '--dir', dir]);
      expect(next.exitCode, String(next.stdout) + String(next.stderr)).toBe(0);
    }
    expect(await appFiles(dir)).toEqual(await appFiles(await scaffold(5, 'guided')));
    const state = await fs.readJson(join(dir, '.flash-login', 'state.json'));
    expect(state.solutions).toContain('5.model');
  });

  for (const variant of variants) {
    it(`variant ${variant.name}: passes every lesson's verify, and every next-lesson only adds comment lines to the learner's code`, async () => {
      const dir = await scaffold(1);
      for (let lesson = 1; lesson <= 5; lesson++) {
        await applySteps(dir, variant.lessons[lesson]!, `${variant.name} lesson ${lesson}`, variant);
        const { json, result } = await verifyJson(dir, lesson, debianPython);
        expect(
          json?.status,
          `${variant.name} lesson ${lesson}: ${String(result.stderr)} ${JSON.stringify(json?.tests.filter((test) => test.status !== 'pass'))}`,
        ).toBe('pass');
        if (lesson === 5) break;
        // verify --json with --lesson does record the pass for the current lesson, which next-lesson's gate reads.
        const before = await appFiles(dir);
        const next = await run(bins.flashLogin, ['next-lesson', '--no-verify', '--dir', dir]);
        expect(next.exitCode, `${variant.name} ${lesson} → ${lesson + 1}: ${String(next.stdout)}${String(next.stderr)}`).toBe(0);
        expect(await conflictMarkers(dir)).toEqual([]);
        // The learner's code stays theirs: every line of theirs is still there, in order, and only comment
        // lines came in. The lesson's own TODO lines they left in place (variant d) are the tool's, and go.
        const after = await appFiles(dir);
        for (const [path, text] of Object.entries(before)) {
          const mine = text.split('\n').filter((line) => !line.includes(`TODO(${lesson}.`));
          const { kept, added } = alignLines(mine, after[path]?.split('\n') ?? []);
          expect(kept, `${variant.name} ${lesson} → ${lesson + 1}: ${path} lost or changed a line of the learner's`).toBe(mine.length);
          expect(
            added.filter((line) => !isCommentLine(path, line)),
            `${variant.name} ${lesson} → ${lesson + 1}: ${path} gained code`,
          ).toEqual([]);
        }
        // Every TODO left is one of the new lesson's: none of the work done can be named as a TODO again.
        const left = Object.values(await appFiles(dir)).flatMap((text) =>
          [...text.matchAll(/TODO\((\d)\.[a-z-]+\)/g)].map((match) => Number(match[1])),
        );
        expect(
          left.filter((of) => of !== lesson + 1),
          `${variant.name} lesson ${lesson + 1}`,
        ).toEqual([]);
      }
    });
  }
});

describe('practice conflicts, mode, hints and status', () => {
  it('a learner who also edits the lines where the next lesson adds a TODO: practice adds the TODO above them and keeps every line of theirs', async () => {
    const dir = await scaffold(1);
    await applySteps(dir, variants[0]!.lessons[1]!, 'edits at the TODO');
    // Lesson 2's TODO(2.home) is about this view: the learner changed its line too.
    const app = join(dir, 'app.py');
    await fs.writeFile(
      app,
      (await fs.readFile(app, 'utf8')).replace(
        '    return render_template("index.html")\n',
        '    return render_template("index.html", greeting="Hello")\n',
      ),
    );
    const mine = (await fs.readFile(app, 'utf8')).split('\n');
    const next = await run(bins.flashLogin, ['next-lesson', '--force', '--no-verify', '--dir', dir]);
    expect(next.exitCode, String(next.stdout)).toBe(0);
    expect(String(next.stdout)).not.toMatch(/changed the same lines/);
    const moved = await fs.readFile(app, 'utf8');
    expect(await conflictMarkers(dir)).toEqual([]);
    const { kept, added } = alignLines(mine, moved.split('\n'));
    expect(kept, 'every line of the learner stays, in order').toBe(mine.length);
    expect(added.filter((line) => !isCommentLine('app.py', line))).toEqual([]);
    // The TODO stands directly above the view it is about, which is the learner's as they wrote it.
    expect(moved).toMatch(
      /# TODO\(2\.home\): in the view of `\/`: [^\n]*\n@app\.route\("\/"\)\ndef index\(\):\n {4}return render_template\("index\.html", greeting="Hello"\)\n/,
    );
    expect(moved).toContain('message = "Invalid credentials, try again."');
  });

  it('the same edits in guided mode: the three-way merge of the finished lesson reports the conflict with both sides kept', async () => {
    const dir = await scaffold(1);
    await applySteps(dir, variants[0]!.lessons[1]!, 'conflict variant');
    const app = join(dir, 'app.py');
    await fs.writeFile(
      app,
      (await fs.readFile(app, 'utf8')).replace(
        '    return render_template("index.html")\n',
        '    return render_template("index.html", greeting="Hello")\n',
      ),
    );
    expect((await run(bins.flashLogin, ['mode', 'guided', '--dir', dir])).exitCode).toBe(0);
    const next = await run(bins.flashLogin, ['next-lesson', '--force', '--no-verify', '--dir', dir]);
    expect(next.exitCode, String(next.stdout)).toBe(1);
    expect(String(next.stdout)).toMatch(/changed the same lines in: app\.py/);
    const merged = await fs.readFile(app, 'utf8');
    expect(merged).toContain('<<<<<<< your code');
    expect(merged).toContain('greeting="Hello"');
    // Lesson 2's side of the same line, finished (guided mode brings code, not TODOs).
    expect(merged).toContain('return render_template("index.html", username=session.get("username"))');
    expect(merged).toContain('>>>>>>> lesson 2');
    // The learner's own lesson 1 code is all still there.
    expect(merged).toContain('message = "Invalid credentials, try again."');
  });

  it('flash-login mode shows and switches the mode for the lessons to come; next-lesson then brings the finished app', async () => {
    const dir = await scaffold(1);
    expect(String((await run(bins.flashLogin, ['mode', '--dir', dir])).stdout)).toMatch(/^practice:/);
    const switched = await run(bins.flashLogin, ['mode', 'guided', '--dir', dir]);
    expect(switched.exitCode).toBe(0);
    expect(String(switched.stdout)).toMatch(/from lesson 2 on/);
    const state = await fs.readJson(join(dir, '.flash-login', 'state.json'));
    expect([state.mode, state.lessonMode]).toEqual(['guided', 'practice']);
    expect((await run(bins.flashLogin, ['mode', 'sideways', '--dir', dir])).exitCode).toBe(2);
    // Guided lessons change whole functions, so a login of the learner's own would meet lesson 2's
    // version in a conflict; the reference login merges cleanly into the finished lesson 2.
    expect((await run(bins.flashLogin, ['solution', '--apply', '--dir', dir])).exitCode).toBe(0);
    const next = await run(bins.flashLogin, ['next-lesson', '--force', '--no-verify', '--dir', dir]);
    expect(next.exitCode, String(next.stdout)).toBe(0);
    expect(await appFiles(dir)).toEqual(await appFiles(await scaffold(2, 'guided')));
  });

  it('hint takes an exercise id and remembers the level reached per exercise; status and lessons show each exercise', async () => {
    const dir = await scaffold(2);
    const first = await run(bins.flashLogin, ['hint', '2.session', '--dir', dir]);
    expect(first.exitCode, String(first.stderr)).toBe(0);
    expect(String(first.stdout)).toMatch(/Hint 1 of 3 for 2\.session/);
    const second = await run(bins.flashLogin, ['hint', '2.session', '--dir', dir]);
    expect(String(second.stdout)).toMatch(/Hint 2 of 3 for 2\.session/);
    expect((await fs.readJson(join(dir, '.flash-login', 'state.json'))).hints).toEqual({ '2.session': 2 });
    // Level 3 is the reference region itself, from lessons/2-sessions/app.
    const third = String((await run(bins.flashLogin, ['hint', '2.session', '--yes', '--dir', dir])).stdout);
    expect(third).toMatch(/The solution \(hint 3 of 3\) for 2\.session/);
    expect(third).toContain('In `app.py`:');
    expect(third).toContain('session["username"] = username');
    await fs.writeJson(join(dir, '.flash-login', 'state.json'), {
      ...(await fs.readJson(join(dir, '.flash-login', 'state.json'))),
      hints: { '2.session': 2 },
    });
    const unknown = await run(bins.flashLogin, ['hint', '2.nothing', '--dir', dir]);
    expect(unknown.exitCode).toBe(2);
    expect(String(unknown.stderr)).toMatch(/2\.secret, 2\.session, 2\.home, 2\.logout/);

    await verifyJson(dir, 2, debianPython); // the starter: every exercise still to do
    await applySteps(
      dir,
      variants[0]!.lessons[2]!.filter((step) => step.todo === '2.secret'),
      'status',
    );
    await run(bins.flashLogin, ['solution', '--apply', '2.logout', '--dir', dir]);
    const { json } = await verifyJson(dir, 2, debianPython);
    expect(json!.tests.filter((test) => test.status !== 'pass').map((test) => test.id)).toEqual(['2.1', '2.2', '2.5', '2.6']);
    const status = String((await run(bins.flashLogin, ['status', '--dir', dir])).stdout);
    expect(status).toMatch(/✓ passing 2\.secret/);
    expect(status).toMatch(/· todo\s+2\.session\s+hint 2\/3/);
    expect(status).toMatch(/✓ passing 2\.logout\s+from solution --apply/);
    expect(status).toMatch(/· todo\s+2\.home/);
    const lessons = String((await run(bins.flashLogin, ['lessons', '--dir', dir])).stdout);
    expect(lessons).toMatch(/· todo\s+2\.session\s+hint 2\/3/);
    expect(lessons).toMatch(/✓ passing 2\.secret/);
  });

  it('a TODO line left in place over written code: verify names the next open TODO; status calls it todo until verify passes its checks, then passing', async () => {
    const dir = await scaffold(4);
    await applySteps(
      dir,
      variants[0]!.lessons[4]!.filter((step) => step.todo === '4.guard'),
      'todo left',
      { keepTodos: true },
    );
    expect(await fs.readFile(join(dir, 'app.py'), 'utf8')).toContain('TODO(4.guard)');
    const { json } = await verifyJson(dir, 4, debianPython);
    const failed = json!.tests.filter((test) => test.status !== 'pass');
    const located = failed.map((test) => (test as { location?: string | null }).location ?? '');
    expect(located.length).toBeGreaterThan(0);
    expect(located.filter((where) => where.includes('TODO(4.guard)'))).toEqual([]);
    // 4.guard's checks (4.1, 4.2, 4.5) still fail (the pages are not guarded yet): its TODO line still there, it is todo.
    const guardChecks = (await exercisesFor(4)).find((exercise) => exercise.id === '4.guard')!.checks;
    expect(failed.some((test) => guardChecks.includes(test.id))).toBe(true);
    const status = String((await run(bins.flashLogin, ['status', '--dir', dir])).stdout);
    expect(status).toMatch(/· todo\s+4\.guard/);
    expect(status).toMatch(/· todo\s+4\.next/);

    // The rest of the lesson written: verify passes every check 4.guard feeds, so its TODO line left
    // in place no longer makes it todo.
    for (const id of ['4.protect', '4.next', '4.follow'])
      expect((await run(bins.flashLogin, ['solution', '--apply', id, '--dir', dir])).exitCode, id).toBe(0);
    const app = await fs.readFile(join(dir, 'app.py'), 'utf8');
    expect(app).toContain('TODO(4.guard)');
    expect(app).not.toMatch(/TODO\(4\.(protect|next|follow)\)/);
    const passed = await verifyJson(dir, 4, debianPython);
    expect(passed.json?.status, JSON.stringify(passed.json?.tests.filter((test) => test.status !== 'pass'))).toBe('pass');
    const after = String((await run(bins.flashLogin, ['status', '--dir', dir])).stdout);
    expect(after).not.toMatch(/todo\s+4\.guard/);
    expect(after).toMatch(/✓ passing 4\.guard/);
    expect(String((await run(bins.flashLogin, ['lessons', '--dir', dir])).stdout)).toMatch(/✓ passing 4\.guard/);
  });

  it('code written away from its TODO: once the lesson passed, next-lesson drops the TODO rather than writing the reference beside it', async () => {
    const dir = await scaffold(1);
    const steps = variants[0]!.lessons[1]!;
    await applySteps(
      dir,
      steps.filter((step) => step.file !== 'app.py'),
      'elsewhere',
    );
    const app = join(dir, 'app.py');
    const login = steps.find((step) => step.file === 'app.py' && step.todo === '1.login')!.code!;
    const text = await fs.readFile(app, 'utf8');
    await fs.writeFile(app, text.replace('\n\n# `flash-login run`', `\n\n${login}\n\n\n# \`flash-login run\``));
    expect(await fs.readFile(app, 'utf8')).toContain('TODO(1.login)');
    expect((await verifyJson(dir, 1, debianPython)).json?.status).toBe('pass');
    const next = await run(bins.flashLogin, ['next-lesson', '--no-verify', '--dir', dir]);
    expect(next.exitCode, String(next.stdout)).toBe(0);
    const merged = await fs.readFile(app, 'utf8');
    expect(merged.match(/def login\(/g)).toHaveLength(1);
    expect(merged).not.toContain('TODO(1.');
    expect(merged).toContain('message = "Invalid credentials, try again."');
  });

  it('solution ID prints a diff and writes nothing; --apply ID writes just that exercise, and undo takes it back', async () => {
    const dir = await scaffold(4);
    const before = await appFiles(dir);
    const shown = await run(bins.flashLogin, ['solution', '4.next', '--dir', dir]);
    expect(shown.exitCode).toBe(0);
    expect(String(shown.stdout)).toContain('+def is_safe_next(target):');
    expect(await appFiles(dir)).toEqual(before);
    expect((await run(bins.flashLogin, ['solution', '4.nope', '--dir', dir])).exitCode).toBe(2);
    expect((await run(bins.flashLogin, ['solution', '--apply', '4.next', '--dir', dir])).exitCode).toBe(0);
    const app = await fs.readFile(join(dir, 'app.py'), 'utf8');
    expect(app).toContain('def is_safe_next(target):');
    expect(app).toContain('TODO(4.guard)');
    expect((await run(bins.flashLogin, ['undo', '--dir', dir])).exitCode).toBe(0);
    expect(await appFiles(dir)).toEqual(before);
  });
});

describe('practice goto: jumping ahead fills the skipped exercises with the reference', () => {
  const goto = (dir: string, lesson: number) => run(bins.flashLogin, ['goto', String(lesson), '--no-verify', '--dir', dir]);
  const state = (dir: string) => fs.readJson(join(dir, '.flash-login', 'state.json'));
  const idsOf = async (...lessons: number[]) =>
    (await Promise.all(lessons.map((lesson) => exercisesFor(lesson)))).flat().map((exercise) => exercise.id);

  it('pristine 1 → 5 lands on the starter of lesson 5, every skipped exercise recorded as a solution', async () => {
    const dir = await scaffold(1);
    const moved = await goto(dir, 5);
    expect(moved.exitCode, String(moved.stdout) + String(moved.stderr)).toBe(0);
    expect(String(moved.stdout)).toMatch(/Written from the solution, as lesson 5 builds on them: 1\.login, 1\.form, 2\.secret/);
    expect(await appFiles(dir)).toEqual(await appFiles(await scaffold(5)));
    expect((await state(dir)).solutions.sort()).toEqual((await idsOf(1, 2, 3, 4)).sort());
    const lessons = String((await run(bins.flashLogin, ['lessons', '--dir', dir])).stdout);
    expect(lessons).toMatch(/solution --apply wrote 3\.flash, 3\.base, 3\.extend/);
  });

  it('2 → 4 keeps what the learner wrote of lesson 2, fills the rest, and lesson 4 fails only its own checks; goto 2 comes back finished', async () => {
    const dir = await scaffold(2);
    // The learner wrote 2.secret their own way and left the other three TODOs untouched.
    await applySteps(
      dir,
      variants[1]!.lessons[2]!.filter((step) => step.todo === '2.secret'),
      'goto 2 → 4',
    );
    const own = (await fs.readFile(join(dir, 'app.py'), 'utf8')).split('\n').filter((line) => line.includes('SECRET_KEY'));
    const moved = await goto(dir, 4);
    expect(moved.exitCode, String(moved.stdout) + String(moved.stderr)).toBe(0);
    expect(await conflictMarkers(dir)).toEqual([]);
    const app = await fs.readFile(join(dir, 'app.py'), 'utf8');
    for (const line of own) expect(app).toContain(line);
    // app.py is the learner's (their SECRET_KEY line): lesson 3, skipped, merged in as the reference where
    // only the tool's lines change, and lesson 4 came as TODO lines in it; no TODO of 2 or 3 is left.
    expect(app).toMatch(/TODO\(4\.guard\)/);
    expect(app).not.toMatch(/TODO\([23]\./);
    expect((await state(dir)).solutions.sort()).toEqual((await idsOf(2, 3)).filter((id) => id !== '2.secret').sort());
    const { json } = await verifyJson(dir, 4, debianPython);
    const expected = [...new Set((await exercisesFor(4)).flatMap((exercise) => exercise.checks))].sort();
    expect(
      json!.tests
        .filter((test) => test.status !== 'pass')
        .map((test) => test.id)
        .sort(),
    ).toEqual(expected);

    const back = await goto(dir, 2);
    expect(back.exitCode, String(back.stdout) + String(back.stderr)).toBe(0);
    expect(await conflictMarkers(dir)).toEqual([]);
    const guided = await appFiles(await scaffold(2, 'guided'));
    const files = await appFiles(dir);
    expect(Object.keys(files)).toEqual(Object.keys(guided));
    expect(files['templates/index.html']).toBe(guided['templates/index.html']);
    for (const line of own) expect(files['app.py']).toContain(line);
    expect((await state(dir)).solutions.every((id: string) => id.startsWith('2.'))).toBe(true);
    expect((await run(bins.flashLogin, ['next-lesson', '--force', '--no-verify', '--dir', dir])).exitCode).toBe(0);
    expect(await conflictMarkers(dir)).toEqual([]);
  });

  it('back from a pristine starter: goto 4 → 3 lands on the finished lesson 3', async () => {
    const dir = await scaffold(4);
    const back = await goto(dir, 3);
    expect(back.exitCode, String(back.stdout) + String(back.stderr)).toBe(0);
    expect(await appFiles(dir)).toEqual(await appFiles(await scaffold(3, 'guided')));
  });
});

describe('practice text as tasks', () => {
  it("the project README and show name each step's TODO; show --solutions prints the lesson as written", async () => {
    const dir = await scaffold(4);
    const readme = await fs.readFile(join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('1. (`TODO(4.guard)` in app.py) Write the decorator');
    expect(readme).toContain('3. (`TODO(4.next)` in app.py) Write the check for `next`');
    const shown = String((await run(bins.flashLogin, ['show', '--dir', dir])).stdout);
    expect(shown).toMatch(/TODO\(4\.guard\).? in app\.py\)? ?Write the decorator/);
    expect(shown).toMatch(/TODO\(4\.protect\).? in app\.py, templates\/base\.html/);
    expect(String((await run(bins.flashLogin, ['show', '--solutions', '--dir', dir])).stdout)).not.toContain('TODO(4.guard)');
  });
});

describe('practice mode in --help', () => {
  it('solution --help and hint --help show examples with an exercise id; create-flash-login --help documents --mode', async () => {
    const [solution, hint, create] = await Promise.all([
      run(bins.flashLogin, ['solution', '--help']),
      run(bins.flashLogin, ['hint', '--help']),
      run(bins.create, ['--help']),
    ]);
    expect(String(solution.stdout)).toMatch(
      /Examples:\n {2}\$ flash-login solution 4\.guard\n[\s\S]*\$ flash-login solution --apply 4\.guard/,
    );
    expect(String(hint.stdout)).toMatch(/Examples:\n[\s\S]*\$ flash-login hint 4\.guard/);
    expect(String(create.stdout)).toMatch(/-m, --mode <mode> +practice \(default\)[\s\S]*guided/);
    expect(String(create.stdout)).toContain('$ create-flash-login my-app --mode guided');
  });
});
