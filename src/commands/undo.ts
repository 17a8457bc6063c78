// `flash-login undo`: put back the files of the last next-lesson, goto or reset, byte for byte.
import kleur from 'kleur';
import { rewindLessonCommit } from '../course/infer-lesson.js';
import { catalog, listOf } from '../i18n/i18n.js';
import type { ChangeHooks } from '../moves/move.js';
import { BACKUPS_DIR, latestUndoableChange, recoverAndReport, undoChange } from '../project/journal.js';
import { openLockedProject } from '../project/lock.js';
import type { Project } from '../project/project.js';
import { readState } from '../project/state.js';
import { EXIT_OK, UserError } from '../shared/errors.js';

const undoText = catalog({
  en: {
    nothing: 'nothing to undo: no next-lesson, goto or reset has changed this project (or every change is undone already).',
    undid: (command: string, summary: string, count: number, lesson: number | undefined) =>
      `Undid ${command} (${summary}): ${count} file${count === 1 ? '' : 's'} put back as ${count === 1 ? 'it was' : 'they were'}` +
      (lesson ? `; you are on lesson ${lesson}.` : '.'),
    laterEdits: (files: string, where: string) => `Your later edits to ${files} are saved in ${where}/.`,
  },
  'zh-CN': {
    undid: (command, summary, count, lesson) =>
      `已撤销 ${command}（${summary}）：${count} 个文件已恢复原样${lesson ? `；你现在在第 ${lesson} 课。` : '。'}`,
    nothing: '没有可撤销的改动：next-lesson、goto 或 reset 都没有改动过这个项目（或者所有改动都已撤销）。',
    laterEdits: (files, where) => `你之后对 ${files} 的修改保存在 ${where}/ 里。`,
  },
});

export interface UndoOptions {
  dir?: string;
}

export async function undoCommand(options: UndoOptions, hooks: ChangeHooks = {}): Promise<number> {
  const { project, release } = await openLockedProject(options.dir, 'undo');
  try {
    return await undoLocked(project, hooks);
  } finally {
    await release();
  }
}

async function undoLocked(project: Project, hooks: ChangeHooks): Promise<number> {
  await recoverAndReport(project.dir);
  const entry = await latestUndoableChange(project.dir);
  if (!entry) throw new UserError(undoText().nothing);
  const result = await undoChange(project.dir, entry, hooks.afterStep);
  const rewound = await rewindLessonCommit(project.dir, entry.command, entry.summary);
  const state = await readState(project.dir);
  const count = entry.files.filter((file) => !file.path.startsWith('.flash-login/')).length;
  console.log(undoText().undid(entry.command, entry.summary, count, state?.lesson));
  if (rewound) console.log(kleur.dim(`${rewound[0]!.toUpperCase()}${rewound.slice(1)}.`));
  if (result.editedSince.length)
    console.log(kleur.yellow(undoText().laterEdits(listOf(result.editedSince), `${BACKUPS_DIR}/${result.saved.id}/files`)));
  return EXIT_OK;
}
