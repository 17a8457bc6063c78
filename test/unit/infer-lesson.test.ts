// doctor's fallback when the state file cannot say which lesson a project is at: guided and
// practice projects alike, a starter as handed out, partly solved, or solved in the learner's words.

import fs from 'fs-extra';
import { afterAll, describe, expect, it } from 'vitest';
import { inferLesson } from '../../src/course/infer-lesson.js';
import { renderLesson, writeRendered } from '../../src/course/render.js';
import { tempDir } from '../helpers.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => fs.remove(dir)));
});

async function project(files: Map<string, Buffer>): Promise<string> {
  const dir = await tempDir('flash-login-infer-');
  made.push(dir);
  await writeRendered(dir, files);
  return dir;
}

const answers = { projectName: 'app' };

describe('inferLesson from the files alone (no git)', () => {
  it('a guided lesson and a practice starter, as written', async () => {
    for (const lesson of [2, 5]) {
      expect(await inferLesson(await project(await renderLesson(lesson, answers)), 'app')).toEqual({
        lesson,
        from: `your files match lesson ${lesson}'s`,
      });
      expect((await inferLesson(await project(await renderLesson(lesson, answers, { mode: 'practice' })), 'app'))?.lesson).toBe(lesson);
    }
  });

  it("a starter partly solved: the lesson whose TODOs are left, though lesson 3's stale TODO is there too", async () => {
    const files = await renderLesson(4, answers, { mode: 'practice', solved: new Set(['4.guard', '4.next']) });
    const app = files.get('app.py')!.toString().replace('USERS = {', '# TODO(3.flash): left behind\nUSERS = {');
    files.set('app.py', Buffer.from(app));
    expect(await inferLesson(await project(files), 'app')).toEqual({ lesson: 4, from: "your files hold lesson 4's practice TODOs" });
  });

  it("a practice lesson solved in the learner's own words: the lesson whose reference app.py it is closest to", async () => {
    const files = await renderLesson(3, answers);
    const own = files
      .get('app.py')!
      .toString()
      .replace(/username/g, 'name')
      .replace('flash("You are logged out.", "info")', 'flash("Bye!", "info")');
    files.set('app.py', Buffer.from(own));
    expect(await inferLesson(await project(files), 'app')).toEqual({ lesson: 3, from: "your app.py is closest to lesson 3's" });
  });

  it("someone's own app matches no lesson", async () => {
    const dir = await project(new Map([['app.py', Buffer.from('print("hello")\n')]]));
    expect(await inferLesson(dir, 'app')).toBeUndefined();
  });
});
