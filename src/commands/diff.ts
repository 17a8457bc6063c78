// `flash-login diff [N]`: preview what lesson N changes, merged onto the learner's files, writing nothing.
import kleur from 'kleur';
import { LESSON_COUNT, parseLessonNumber } from '../course/lessons.js';
import { planLessonStep } from '../course/merge.js';
import { catalog } from '../i18n/i18n.js';
import { printPreview } from '../moves/preview.js';
import { recoverAndReport } from '../project/journal.js';
import { openProject, requireState } from '../project/project.js';
import { stepModes } from '../project/state.js';
import { EXIT_OK, UserError } from '../shared/errors.js';

const diffText = catalog({
  en: {
    lastLesson: (count: number) =>
      `you are on lesson ${count}, the last one: there is no next lesson to preview (diff 2 to ${count} shows what each lesson changed).`,
    lessonOne: 'lesson 1 is where every project starts, so it changes nothing: diff takes a lesson from 2 to 5.',
    elsewhere: (lesson: number, target: number) =>
      `You are on lesson ${lesson}; this shows what lesson ${target} changes (${target - 1} → ${target}), applied to your files.`,
  },
  'zh-CN': {
    lastLesson: (count) => `你在第 ${count} 课，也就是最后一课：没有下一课可以预览（diff 2 到 ${count} 可以查看每一课的改动）。`,
    lessonOne: '每个项目都从第 1 课开始，所以它没有改动：diff 接受 2 到 5 之间的课。',
    elsewhere: (lesson, target) => `你在第 ${lesson} 课；这里显示第 ${target} 课的改动（${target - 1} → ${target}），合并到你的文件上。`,
  },
});

export interface DiffOptions {
  dir?: string;
}

export async function diffCommand(lessonArgument: string | undefined, options: DiffOptions): Promise<number> {
  const project = await openProject(options.dir);
  const state = requireState(project, 'diff');
  await recoverAndReport(project.dir);
  const lesson = lessonArgument === undefined ? state.lesson + 1 : parseLessonNumber(lessonArgument, 'diff');
  if (lesson > LESSON_COUNT) throw new UserError(diffText().lastLesson(LESSON_COUNT));
  if (lesson < 2) throw new UserError(diffText().lessonOne);
  if (lesson - 1 !== state.lesson) console.log(kleur.dim(diffText().elsewhere(state.lesson, lesson)));
  await printPreview(await planLessonStep(project.dir, state.answers, lesson - 1, lesson, stepModes(state)));
  return EXIT_OK;
}
