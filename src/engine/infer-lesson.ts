// Which lesson a project is at when its state file cannot say (damaged, deleted): the lesson
// git last tagged at HEAD, else the newest lesson-N tag, else the lesson whose reference files
// the project's files match best. Used by doctor to write a state file that keeps the lesson.
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LESSON_COUNT } from './lessons.js';
import { renderLesson } from './render.js';
import { run } from './spawn.js';
import { catalog } from './i18n.js';

const text = catalog({
  en: {
    filesMatch: (lesson: number) => `your files match lesson ${lesson}'s`,
    tagAtHead: (lesson: number) => `git's tag lesson-${lesson} is at HEAD`,
    newestTag: (lesson: number) => `git's newest lesson tag is lesson-${lesson}`,
    rewound: (lesson: number) => `git's HEAD went back one commit and the tag lesson-${lesson} is gone`,
  },
  'zh-CN': {
    filesMatch: (lesson) => `你的文件与第 ${lesson} 课的一致`,
    tagAtHead: (lesson) => `git 的标签 lesson-${lesson} 在 HEAD 上`,
    newestTag: (lesson) => `git 里最新的课程标签是 lesson-${lesson}`,
    rewound: (lesson) => `git 的 HEAD 退回了一个提交，标签 lesson-${lesson} 已删除`,
  },
});

export interface InferredLesson {
  lesson: number;
  /** How it was found, for the learner: "git tag lesson-3 at HEAD", "your files match lesson 3's". */
  from: string;
}

const lessonOfTag = (tag: string) => {
  const match = /^lesson-(\d+)$/.exec(tag.trim());
  const lesson = match ? Number(match[1]) : NaN;
  return lesson >= 1 && lesson <= LESSON_COUNT ? lesson : undefined;
};

/** The lesson-N tags at HEAD (highest first), and the newest lesson-N tag; empty outside a repository. */
export async function lessonTags(dir: string): Promise<{ atHead: number[]; newest?: number }> {
  if (!existsSync(join(dir, '.git'))) return { atHead: [] };
  const [atHead, newest] = await Promise.all([
    run('git', ['tag', '--points-at', 'HEAD', '--list', 'lesson-*'], { cwd: dir, reject: false }),
    run('git', ['for-each-ref', '--sort=-creatordate', '--format=%(refname:short)', 'refs/tags/lesson-*'], { cwd: dir, reject: false }),
  ]);
  const lessons = (text: string) => text.split('\n').map(lessonOfTag).filter((lesson): lesson is number => lesson !== undefined);
  return { atHead: lessons(atHead.stdout).sort((a, b) => b - a), newest: lessons(newest.stdout)[0] };
}

/** The lesson whose reference app.py and templates the project's files match best (app.py counts most). */
async function lessonFromFiles(dir: string, projectName: string): Promise<InferredLesson | undefined> {
  let best: { lesson: number; score: number } | undefined;
  for (let lesson = 1; lesson <= LESSON_COUNT; lesson++) {
    const reference = await renderLesson(lesson, { projectName });
    let score = 0;
    for (const [path, content] of reference) {
      if (path !== 'app.py' && !path.startsWith('templates/')) continue;
      const mine = await fs.readFile(join(dir, ...path.split('/'))).catch(() => undefined);
      if (mine?.equals(content)) score += path === 'app.py' ? 10 : 1;
    }
    if (score > 0 && (!best || score >= best.score)) best = { lesson, score };
  }
  return best && { lesson: best.lesson, from: text().filesMatch(best.lesson) };
}

export async function inferLesson(dir: string, projectName: string): Promise<InferredLesson | undefined> {
  const tags = await lessonTags(dir);
  if (tags.atHead[0]) return { lesson: tags.atHead[0], from: text().tagAtHead(tags.atHead[0]) };
  if (tags.newest) return { lesson: tags.newest, from: text().newestTag(tags.newest) };
  return lessonFromFiles(dir, projectName);
}

/**
 * After `undo` of a next-lesson or goto that committed (HEAD carries the lesson-N tag it made):
 * move HEAD back one commit, keeping the files as undo put them, and drop that tag, so git agrees
 * with the files again. Returns what it did, or undefined where HEAD is not that commit.
 */
export async function rewindLessonCommit(dir: string, command: string, summary: string): Promise<string | undefined> {
  const step = /^lesson (\d+) → (\d+)$/.exec(summary);
  if (!step || (command !== 'next-lesson' && command !== 'goto')) return undefined;
  const to = Number(step[2]);
  if (!(await lessonTags(dir)).atHead.includes(to)) return undefined; // the learner committed since, or no repository
  const reset = await run('git', ['reset', '-q', '--mixed', 'HEAD~1'], { cwd: dir, reject: false });
  if (reset.failed) return undefined;
  await run('git', ['tag', '-d', `lesson-${to}`], { cwd: dir, reject: false });
  return text().rewound(to);
}
