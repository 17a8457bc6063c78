import kleur from 'kleur';
import { LESSON_COUNT, readLessonText } from '../course/lessons.js';
import { currentVerify, exerciseNotes, type LessonMark, lessonMark, shortTitle, solvedBySolution } from '../course/progress.js';
import { catalog, listOf } from '../i18n/i18n.js';
import { locateProject, openProject } from '../project/project.js';
import { isProjectFolder } from '../project/project-files.js';
import { lessonModeOf, type ProjectState, STATE_FILE } from '../project/state.js';
import { startOneHint } from '../runtime/self-command.js';
import { EXIT_OK } from '../shared/errors.js';
import { displayWidth, padColumns, prepareColumns } from '../terminal/columns.js';

const lessonsText = catalog({
  en: {
    notVerified: 'you are here · not verified yet',
    passed: 'you are here · passed',
    didNotStart: 'you are here · your app did not start',
    failed: (ids: string) => `you are here · failed ${ids}`,
    solutionWrote: (ids: string) => `        solution --apply wrote ${ids}`,
    legend: '✓ done  → current  · to do    `flash-login show N` prints lesson N.',
    noState: (file: string) => `No ${file} here, so no lesson is marked: \`flash-login verify --lesson N\` checks any lesson.`,
    notInProject: (startOne: string) => `Not in a project: ${startOne}.`,
  },
  'zh-CN': {
    notVerified: '你在这里 · 还没有 verify',
    passed: '你在这里 · 已通过',
    didNotStart: '你在这里 · 你的应用没有启动',
    failed: (ids) => `你在这里 · 失败：${ids}`,
    solutionWrote: (ids) => `        solution --apply 写入了 ${ids}`,
    legend: '✓ 已完成  → 当前  · 未开始    `flash-login show N` 显示第 N 课。',
    noState: (file) => `这里没有 ${file}，所以没有标记任何课：\`flash-login verify --lesson N\` 可以检查任意一课。`,
    notInProject: (startOne) => `不在项目里：${startOne}。`,
  },
});

export interface LessonsOptions {
  dir?: string;
}

const MARKS: Record<LessonMark, string> = {
  done: kleur.green('✓'),
  current: kleur.bold().cyan('→'),
  todo: kleur.dim('·'),
};

function note(state: ProjectState, lesson: number): string {
  if (lesson !== state.lesson) return '';
  const verify = currentVerify(state);
  if (!verify) return lessonsText().notVerified;
  if (verify.status === 'pass') return lessonsText().passed;
  if (verify.status === 'error') return lessonsText().didNotStart;
  return lessonsText().failed(listOf(verify.failed));
}

/** Every lesson with its mark. Works outside a project too: then nothing is marked. */
export async function lessonsCommand(options: LessonsOptions): Promise<number> {
  const dir = locateProject(options.dir);
  // Outside a project the list is still worth seeing; an unreadable state file is still an error.
  const state = isProjectFolder(dir) ? (await openProject(dir)).state : undefined;
  const texts = await Promise.all(Array.from({ length: LESSON_COUNT }, (_, i) => readLessonText(i + 1)));
  await prepareColumns();
  const width = Math.max(...texts.map((text) => displayWidth(shortTitle(text))));
  for (const text of texts) {
    const mark = lessonMark(state, text.number);
    const title = padColumns(shortTitle(text), width);
    const line = `  ${MARKS[mark]} ${text.number}  ${mark === 'todo' ? title : kleur.bold(title)}`;
    console.log(state ? `${line}  ${kleur.dim(note(state, text.number))}`.trimEnd() : line.trimEnd());
    if (!state) continue;
    const fromSolution = solvedBySolution(state, text.number);
    if (text.number === state.lesson && lessonModeOf(state) === 'practice') {
      const { currentExercises, exerciseMark } = await import('../course/todo-locations.js');
      for (const exercise of await currentExercises(dir, state)) {
        const notes = exerciseNotes(exercise);
        console.log(`        ${exerciseMark(exercise.status)} ${exercise.id.padEnd(11)}${notes ? kleur.dim(notes) : ''}`.trimEnd());
      }
    } else if (fromSolution.length > 0) console.log(kleur.dim(lessonsText().solutionWrote(listOf(fromSolution))));
  }
  console.log('');
  console.log(kleur.dim(lessonsText().legend));
  if (!state) console.log(isProjectFolder(dir) ? lessonsText().noState(STATE_FILE) : lessonsText().notInProject(await startOneHint()));
  return EXIT_OK;
}
