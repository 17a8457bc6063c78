// `flash-login mode [practice|guided]`: how the next lessons arrive. The current lesson's files stay as they are.

import { MODES, type Mode } from '../course/exercises.js';
import { catalog } from '../i18n/i18n.js';
import { openProject, requireState } from '../project/project.js';
import { lessonModeOf, modeOf, writeState } from '../project/state.js';
import { EXIT_OK, UserError } from '../shared/errors.js';

const modeText = catalog({
  en: {
    practice: 'each lesson arrives as a starter with TODOs for you to write',
    guided: 'each lesson arrives finished, to read and run',
    current: (mode: string, meaning: string, other: string) => `${mode}: ${meaning} (\`flash-login mode ${other}\` switches).`,
    badMode: (value: string) => `mode takes practice or guided, not "${value}".`,
    already: (mode: string) => `The project is in ${mode} mode already; nothing changed.`,
    now: (mode: string, next: number, meaning: string, lesson: number) =>
      `Now in ${mode} mode: from lesson ${next} on, ${meaning}. Lesson ${lesson}'s files stay as they are.`,
  },
  'zh-CN': {
    practice: '每一课以带 TODO 的起始代码给出，由你来完成',
    guided: '每一课直接给出完成的代码，供你阅读和运行',
    current: (mode, meaning, other) => `${mode}：${meaning}（\`flash-login mode ${other}\` 可以切换）。`,
    badMode: (value) => `mode 的值应为 practice 或 guided，而不是 "${value}"。`,
    already: (mode) => `项目已经是 ${mode} 模式；没有改动。`,
    now: (mode, next, meaning, lesson) => `现在是 ${mode} 模式：从第 ${next} 课起，${meaning}。第 ${lesson} 课的文件保持不变。`,
  },
});

export interface ModeOptions {
  dir?: string;
}

const MEANING = (mode: Mode): string => modeText()[mode];

export async function modeCommand(modeArgument: string | undefined, options: ModeOptions): Promise<number> {
  const project = await openProject(options.dir);
  const state = requireState(project, 'mode');
  const current = modeOf(state);
  if (modeArgument === undefined) {
    console.log(modeText().current(current, MEANING(current), current === 'practice' ? 'guided' : 'practice'));
    return EXIT_OK;
  }
  if (!(MODES as readonly string[]).includes(modeArgument)) throw new UserError(modeText().badMode(modeArgument));
  const mode = modeArgument as Mode;
  if (mode === current && state.mode) {
    console.log(modeText().already(mode));
    return EXIT_OK;
  }
  // The lesson at hand keeps the mode it came in, so next-lesson merges from what is really there.
  await writeState(project.dir, { ...state, mode, lessonMode: lessonModeOf(state) });
  console.log(modeText().now(mode, state.lesson + 1, MEANING(mode), state.lesson));
  return EXIT_OK;
}
