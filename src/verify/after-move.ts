// After a lesson move (next-lesson, goto): verify the new lesson, unless --no-verify or it has no checks yet.
// Kept apart from verify-command.ts so that a move with --no-verify loads none of verify (the checks of
// every lesson, the HTTP client, the cookie jar, the HTML parser): it loads only when it runs.
import kleur from 'kleur';
import { lessonHasChecks } from '../../lessons/catalog.js';
import { catalog } from '../i18n/i18n.js';
import type { GotoOptions } from '../moves/move.js';
import type { Project } from '../project/project.js';
import { EXIT_OK } from '../shared/errors.js';

const afterMoveText = catalog({
  en: {
    noChecksYet: (lesson: number) => `Lesson ${lesson} has no checks in this version of flash-login yet.`,
    verifyWhenReady: 'Run `flash-login verify` when you are ready.',
  },
  'zh-CN': {
    noChecksYet: (lesson) => `这个版本的 flash-login 里第 ${lesson} 课还没有检查。`,
    verifyWhenReady: '准备好了就运行 `flash-login verify`。',
  },
});

/** Run the new lesson's checks, unless --no-verify or the lesson has none yet. */
export async function verifyAfterMove(project: Project, lesson: number, options: Pick<GotoOptions, 'verify' | 'python'>): Promise<number> {
  if (options.verify === false) {
    console.log(kleur.dim(afterMoveText().verifyWhenReady));
    return EXIT_OK;
  }
  if (!lessonHasChecks(lesson)) {
    console.log(kleur.dim(afterMoveText().noChecksYet(lesson)));
    return EXIT_OK;
  }
  const { verifyCommand } = await import('./verify-command.js');
  return verifyCommand({ dir: project.dir, ...(options.python ? { python: options.python } : {}) });
}
