import kleur from 'kleur';
import { isLessonNumber } from '../../lessons/catalog.js';
import { checksFor } from '../../lessons/index.js';
import { exercisesFor, isExerciseId } from '../course/exercises.js';
import { LESSON_COUNT, readLessonText } from '../course/lessons.js';
import { currentVerify, isLastLesson } from '../course/progress.js';
import { referenceCode } from '../course/reference-code.js';
import { activeLang, catalog, type Lang, listOf } from '../i18n/i18n.js';
import { updateState } from '../project/lock.js';
import { openProject } from '../project/project.js';
import { STATE_FILE } from '../project/state.js';
import { EXIT_OK, ReadOnlyProjectError, UserError } from '../shared/errors.js';
import { renderMarkdown } from '../terminal/markdown.js';
import { type Ask, promptsAsk } from '../terminal/prompt.js';

const hintText = catalog({
  en: {
    badCheckId: (value: string) =>
      `name a check like 1.2 (lesson 1, check 2) or an exercise like 4.guard, not "${value}": \`flash-login verify\` lists the checks.`,
    noLessonCheck: (lesson: number, value: string, count: number) =>
      `there is no lesson ${lesson}, so no check ${value}: the lessons go from 1 to ${count}.`,
    noLessonExercise: (lesson: number, id: string, count: number) =>
      `there is no lesson ${lesson}, so no exercise ${id}: the lessons go from 1 to ${count}.`,
    noExercise: (lesson: number, id: string, ids: string) => `lesson ${lesson} has no exercise ${id}: its exercises are ${ids}.`,
    noCheck: (lesson: number, id: string, ids: string) => `lesson ${lesson} has no check ${id}: its checks are ${ids}.`,
    noState: (file: string) =>
      `there is no ${file} here, so no verify result to take a hint from: name a check instead (\`flash-login hint 1.1\`).`,
    notVerified: (lesson: number) =>
      `Lesson ${lesson} has not been verified yet: run \`flash-login verify\`, and the hint follows its first failing check\n(or name a check: \`flash-login hint ${lesson}.1\`).`,
    didNotStart: 'Your app did not start in the last verify, so no check ran: `flash-login run` shows why.',
    finishedAll: 'you have finished every lesson',
    nextLesson: 'next: `flash-login next-lesson`',
    allPassed: (lesson: number, next: string) =>
      `Every check of lesson ${lesson} passed in the last verify, so there is nothing to hint at; ${next}.`,
    confirm: (total: number, id: string) => `Hint ${total} of ${total} for ${id} is the solution. Show it?`,
    keptHidden: (id: string) => `Kept it hidden: \`flash-login hint ${id}\` shows it when you want it.`,
    solutionHeading: (shown: number, total: number, id: string) => `The solution (hint ${shown} of ${total}) for ${id}`,
    hintHeading: (shown: number, total: number, id: string) => `Hint ${shown} of ${total} for ${id}`,
    theSolution: 'the solution',
    hintOf: (level: number, total: number) => `hint ${level} of ${total}`,
    stillStuck: (id: string, following: string) => `Still stuck? \`flash-login hint ${id}\` again shows ${following}.`,
    makeTheChange: 'Make the change, then run `flash-login verify`.',
    readOnly: '(The project is read-only for you, so nothing remembers this hint: `--all` shows every level.)',
    noMemory: (file: string) => `(With no ${file} here, nothing remembers this: \`--all\` shows every level.)`,
  },
  'zh-CN': {
    badCheckId: (value) =>
      `请给出一项检查（如 1.2，即第 1 课第 2 项检查）或一个练习（如 4.guard），而不是 "${value}"：\`flash-login verify\` 会列出所有检查。`,
    noLessonCheck: (lesson, value, count) => `没有第 ${lesson} 课，所以也没有检查 ${value}：课程从 1 到 ${count}。`,
    noLessonExercise: (lesson, id, count) => `没有第 ${lesson} 课，所以也没有练习 ${id}：课程从 1 到 ${count}。`,
    noExercise: (lesson, id, ids) => `第 ${lesson} 课没有练习 ${id}：它的练习是 ${ids}。`,
    noCheck: (lesson, id, ids) => `第 ${lesson} 课没有检查 ${id}：它的检查是 ${ids}。`,
    noState: (file) => `这里没有 ${file}，所以没有 verify 的结果可以给出提示：请直接指定一项检查（\`flash-login hint 1.1\`）。`,
    notVerified: (lesson) =>
      `第 ${lesson} 课还没有 verify 过：运行 \`flash-login verify\`，提示会针对第一项失败的检查\n（或者指定一项检查：\`flash-login hint ${lesson}.1\`）。`,
    didNotStart: '上一次 verify 时你的应用没有启动，所以没有运行任何检查：`flash-login run` 会显示原因。',
    finishedAll: '你已经完成了所有的课',
    nextLesson: '下一步：`flash-login next-lesson`',
    allPassed: (lesson, next) => `上一次 verify 中第 ${lesson} 课的所有检查都通过了，没有需要提示的地方；${next}。`,
    confirm: (total, id) => `${id} 的第 ${total} 条提示（共 ${total} 条）就是参考答案。要显示吗？`,
    keptHidden: (id) => `先不显示：想看的时候运行 \`flash-login hint ${id}\`。`,
    solutionHeading: (shown, total, id) => `${id} 的参考答案（第 ${shown} 条提示，共 ${total} 条）`,
    hintHeading: (shown, total, id) => `${id} 的第 ${shown} 条提示（共 ${total} 条）`,
    theSolution: '参考答案',
    hintOf: (level, total) => `第 ${level} 条提示（共 ${total} 条）`,
    stillStuck: (id, following) => `还是卡住了？再运行一次 \`flash-login hint ${id}\` 会显示${following}。`,
    makeTheChange: '改好之后，运行 `flash-login verify`。',
    readOnly: '（这个项目对你是只读的，所以不会记住这次提示：`--all` 会显示所有层级。）',
    noMemory: (file) => `（这里没有 ${file}，所以不会记住这次提示：\`--all\` 会显示所有层级。）`,
  },
});

export interface HintOptions {
  dir?: string;
  /** Every level at once, the solution included. */
  all?: boolean;
  /** Show the solution without asking first. */
  yes?: boolean;
}

export interface HintDeps {
  ask: Ask;
  /** Whether someone can answer a question: a terminal on both ends. */
  interactive: boolean;
}

const realDeps = (): HintDeps => ({ ask: promptsAsk, interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) });

function parseCheckId(value: string): { id: string; lesson: number } {
  const match = /^(\d+)\.(\d+)$/.exec(value.trim());
  if (!match) throw new UserError(hintText().badCheckId(value));
  const lesson = Number(match[1]);
  if (!isLessonNumber(lesson)) throw new UserError(hintText().noLessonCheck(lesson, value, LESSON_COUNT));
  return { id: `${lesson}.${Number(match[2])}`, lesson };
}

function parseExerciseId(value: string): { id: string; lesson: number } {
  const id = value.trim();
  const lesson = Number(id.split('.')[0]);
  if (!isLessonNumber(lesson)) throw new UserError(hintText().noLessonExercise(lesson, id, LESSON_COUNT));
  return { id, lesson };
}

/** The levels of a check's hints (from the lesson text) or of an exercise's (from its exercises.ts), with a title. */
async function hintLevels(
  { id, lesson }: { id: string; lesson: number },
  lang: Lang,
): Promise<{ id: string; levels: string[]; title?: string }> {
  if (isExerciseId(id)) {
    const exercises = await exercisesFor(lesson, lang);
    const exercise = exercises.find((candidate) => candidate.id === id);
    if (!exercise) throw new UserError(hintText().noExercise(lesson, id, listOf(exercises.map((found) => found.id))));
    return { id, levels: [...exercise.hints, await referenceCode(id, lang)], title: exercise.todo };
  }
  const { hints } = await readLessonText(lesson, lang);
  const levels = hints.get(id);
  if (!levels || levels.length === 0) throw new UserError(hintText().noCheck(lesson, id, listOf([...hints.keys()])));
  return { id, levels, title: checksFor(lesson).find((check) => check.id === id)?.title };
}

/** A hint level, numbered, with its code blocks rendered and its lines kept under the number. */
function formatLevel(level: number, markdown: string, isNew: boolean): string {
  const number = `  ${level}. `;
  const [first = '', ...rest] = renderMarkdown(markdown).split('\n');
  const body = [first, ...rest.map((line) => (line === '' ? '' : ' '.repeat(number.length) + line))].join('\n');
  return (isNew ? kleur.bold(number) : kleur.dim(number)) + body;
}

export async function hintCommand(checkArgument: string | undefined, options: HintOptions, deps: HintDeps = realDeps()): Promise<number> {
  const project = await openProject(options.dir);
  const { state } = project;

  let target: { id: string; lesson: number };
  if (checkArgument !== undefined) target = isExerciseId(checkArgument) ? parseExerciseId(checkArgument) : parseCheckId(checkArgument);
  else {
    if (!state) throw new UserError(hintText().noState(STATE_FILE));
    const verify = currentVerify(state);
    if (!verify) {
      console.log(hintText().notVerified(state.lesson));
      return EXIT_OK;
    }
    if (verify.status === 'error') {
      console.log(hintText().didNotStart);
      return EXIT_OK;
    }
    if (verify.failed.length === 0) {
      const next = isLastLesson(state.lesson) ? hintText().finishedAll : hintText().nextLesson;
      console.log(hintText().allPassed(state.lesson, next));
      return EXIT_OK;
    }
    target = parseCheckId(verify.failed[0]!);
  }

  const { id, levels, title } = await hintLevels(target, state?.lang ?? activeLang());
  const total = levels.length;
  const seen = Math.min(state?.hints?.[id] ?? 0, total);
  const shown = options.all ? total : Math.min(seen + 1, total);

  // A speed bump before the solution, so it is never spoiled by pressing up-arrow and enter.
  if (shown === total && seen < total && total > 1 && !options.all && !options.yes && deps.interactive) {
    const reveal = await deps.ask<boolean>({
      type: 'confirm',
      name: 'reveal',
      message: hintText().confirm(total, id),
      initial: true,
    });
    if (!reveal) {
      console.log(hintText().keptHidden(id));
      return EXIT_OK;
    }
  }

  const which = shown === total && total > 1 ? hintText().solutionHeading(shown, total, id) : hintText().hintHeading(shown, total, id);
  console.log(`${kleur.bold(which)}${title ? kleur.dim(` · ${title}`) : ''}`);
  console.log('');
  for (let level = 1; level <= shown; level++) console.log(formatLevel(level, levels[level - 1]!, level > seen || level === shown));
  console.log('');
  if (shown < total) {
    const following = shown + 1 === total ? hintText().theSolution : hintText().hintOf(shown + 1, total);
    console.log(kleur.dim(hintText().stillStuck(id, following)));
  } else console.log(kleur.dim(hintText().makeTheChange));

  if (state && shown > seen)
    await updateState(project.dir, 'hint', (now) =>
      (now.hints?.[id] ?? 0) >= shown ? undefined : { ...now, hints: { ...now.hints, [id]: shown } },
    ).catch((error: unknown) => {
      if (!(error instanceof ReadOnlyProjectError)) throw error;
      console.log(kleur.dim(hintText().readOnly));
    });
  else if (!state && shown < total) console.log(kleur.dim(hintText().noMemory(STATE_FILE)));
  return EXIT_OK;
}
