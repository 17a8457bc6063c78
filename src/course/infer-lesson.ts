// Which lesson a project is at when its state file cannot say (damaged, deleted): the lesson
// git last tagged at HEAD, else the newest lesson-N tag, else the lesson whose reference files
// the project's files match best. Used by doctor to write a state file that keeps the lesson.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isLessonNumber, LESSON_COUNT } from '../../lessons/catalog.js';
import { catalog } from '../i18n/i18n.js';
import { tagsChanged } from '../project/git.js';
import { run } from '../shared/spawn.js';
import { readProjectFiles } from './merge.js';
import { renderLesson } from './render.js';

const text = catalog({
  en: {
    filesMatch: (lesson: number) => `your files match lesson ${lesson}'s`,
    practiceTodos: (lesson: number) => `your files hold lesson ${lesson}'s practice TODOs`,
    closest: (lesson: number) => `your app.py is closest to lesson ${lesson}'s`,
    tagAtHead: (lesson: number) => `git's tag lesson-${lesson} is at HEAD`,
    newestTag: (lesson: number) => `git's newest lesson tag is lesson-${lesson}`,
    rewound: (lesson: number) => `git's HEAD went back one commit and the tag of lesson ${lesson}'s start is gone`,
  },
  'zh-CN': {
    filesMatch: (lesson) => `你的文件与第 ${lesson} 课的一致`,
    practiceTodos: (lesson) => `你的文件里有第 ${lesson} 课练习的 TODO`,
    closest: (lesson) => `你的 app.py 最接近第 ${lesson} 课的`,
    tagAtHead: (lesson) => `git 的标签 lesson-${lesson} 在 HEAD 上`,
    newestTag: (lesson) => `git 里最新的课程标签是 lesson-${lesson}`,
    rewound: (lesson) => `git 的 HEAD 退回了一个提交，第 ${lesson} 课开头的标签已删除`,
  },
});

export interface InferredLesson {
  lesson: number;
  /** How it was found, for the learner: "git tag lesson-3 at HEAD", "your files match lesson 3's". */
  from: string;
}

const lessonOfTag = (tag: string) => {
  const match = /^lesson-(\d+)(?:-start)?$/.exec(tag.trim());
  const lesson = match ? Number(match[1]) : NaN;
  return isLessonNumber(lesson) ? lesson : undefined;
};

/** The lesson-N tags at HEAD (highest first), and the newest lesson-N tag; empty outside a repository. */
export async function lessonTags(dir: string): Promise<{ atHead: number[]; newest?: number }> {
  if (!existsSync(join(dir, '.git'))) return { atHead: [] };
  const [atHead, newest] = await Promise.all([
    run('git', ['tag', '--points-at', 'HEAD', '--list', 'lesson-*'], { cwd: dir, reject: false }),
    run('git', ['for-each-ref', '--sort=-creatordate', '--format=%(refname:short)', 'refs/tags/lesson-*'], { cwd: dir, reject: false }),
  ]);
  const lessons = (text: string) =>
    text
      .split('\n')
      .map(lessonOfTag)
      .filter((lesson): lesson is number => lesson !== undefined);
  return { atHead: lessons(atHead.stdout).sort((a, b) => b - a), newest: lessons(newest.stdout)[0] };
}

const isLessonCode = (path: string) => path === 'app.py' || path.startsWith('templates/');

/**
 * The lesson the project's app.py and templates come from, looked at three ways:
 * 1. they equal a lesson's guided reference or practice starter (app.py counts most);
 * 2. else they hold practice TODOs (a starter partly solved): the latest lesson they name;
 * 3. else app.py shares the most lines with a lesson's reference (a practice lesson solved in the
 *    learner's own words).
 */
async function lessonFromFiles(dir: string, projectName: string): Promise<InferredLesson | undefined> {
  const renderings: { lesson: number; files: Map<string, Buffer> }[] = [];
  for (let lesson = 1; lesson <= LESSON_COUNT; lesson++)
    for (const mode of ['guided', 'practice'] as const)
      renderings.push({ lesson, files: await renderLesson(lesson, { projectName }, { mode }) });
  const mine = await readProjectFiles(dir, new Set(renderings.flatMap(({ files }) => [...files.keys()].filter(isLessonCode))));

  let best: { lesson: number; score: number } | undefined;
  for (const { lesson, files } of renderings) {
    let score = 0;
    for (const [path, content] of files) if (isLessonCode(path) && mine.get(path)?.equals(content)) score += path === 'app.py' ? 10 : 1;
    if (score > 0 && (!best || score >= best.score)) best = { lesson, score };
  }
  const exact = best && { lesson: best.lesson, from: text().filesMatch(best.lesson) };
  if (best && best.score >= 10) return exact;

  const todos = [...mine.values()].flatMap((content) => [...content.toString('utf8').matchAll(/TODO\((\d+)\.[a-z][a-z0-9-]*\)/g)]);
  const named = Math.max(0, ...todos.map((match) => Number(match[1])).filter((lesson) => lesson <= LESSON_COUNT));
  if (named > 0) return { lesson: named, from: text().practiceTodos(named) };

  const app = mine.get('app.py');
  if (!app) return exact;
  const lines = (text: string) =>
    new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
  const own = lines(app.toString('utf8'));
  let closest: { lesson: number; share: number } | undefined;
  for (const { lesson, files } of renderings) {
    const reference = lines(files.get('app.py')?.toString('utf8') ?? '');
    const shared = [...own].filter((line) => reference.has(line)).length;
    const share = shared / (own.size + reference.size - shared);
    if (!closest || share >= closest.share) closest = { lesson, share };
  }
  // Under half its lines in common, app.py is someone's own app rather than a lesson's.
  if (closest && closest.share >= 0.5) return { lesson: closest.lesson, from: text().closest(closest.lesson) };
  return exact;
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
  // The move's tag: lesson-N-start (or lesson-N, from a project made before those existed).
  const atHead = await run('git', ['tag', '--points-at', 'HEAD', '--list', `lesson-${to}`, `lesson-${to}-start`], {
    cwd: dir,
    reject: false,
  });
  const tag =
    atHead.stdout
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line === `lesson-${to}-start`) ?? `lesson-${to}`;
  const reset = await run('git', ['reset', '-q', '--mixed', 'HEAD~1'], { cwd: dir, reject: false });
  if (reset.failed) return undefined;
  await run('git', ['tag', '-d', tag], { cwd: dir, reject: false });
  tagsChanged(dir);
  return text().rewound(to);
}
