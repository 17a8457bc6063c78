// `flash-login goto N`: move the project to any lesson, forward or back (src/moves/ does the move).

import { parseLessonNumber } from '../course/lessons.js';
import { planLessonStep } from '../course/merge.js';
import { catalog } from '../i18n/i18n.js';
import { type ChangeHooks, commitAndMove, type GotoOptions } from '../moves/move.js';
import { printPreview } from '../moves/preview.js';
import { assertProjectSettled } from '../project/conflicts.js';
import { openLockedProject } from '../project/lock.js';
import { requireState } from '../project/project.js';
import { stepModes } from '../project/state.js';
import { EXIT_FAILED, EXIT_OK } from '../shared/errors.js';
import { verifyAfterMove } from '../verify/after-move.js';

const gotoText = catalog({
  en: {
    already: (lesson: number) => `You are on lesson ${lesson} already; nothing to do (\`flash-login reset\` restores its reference files).`,
  },
  'zh-CN': {
    already: (lesson) => `你已经在第 ${lesson} 课了；不需要做什么（\`flash-login reset\` 可以恢复它的参考文件）。`,
  },
});

export async function gotoCommand(lessonArgument: string, options: GotoOptions, hooks: ChangeHooks = {}): Promise<number> {
  const target = parseLessonNumber(lessonArgument, 'goto');
  const { project, release } = await openLockedProject(options.dir, 'goto');
  try {
    const state = requireState(project, 'goto');
    await assertProjectSettled(project.dir, 'goto');
    if (target === state.lesson) {
      console.log(gotoText().already(target));
      return EXIT_OK;
    }
    if (options.dryRun) {
      await printPreview(await planLessonStep(project.dir, state.answers, state.lesson, target, stepModes(state)));
      return EXIT_OK;
    }
    const moved = await commitAndMove({ project, state, target, command: 'goto', hooks });
    if (moved.conflicts.length) return EXIT_FAILED;
  } finally {
    await release();
  }
  return verifyAfterMove(project, target, options);
}
