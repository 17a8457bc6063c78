// `flash-login reset [FILE…]`: put the current lesson's reference version back, keeping the learner's copy for undo.

import { isAbsolute, relative, resolve, sep } from 'node:path';
import kleur from 'kleur';
import { readProjectFiles } from '../course/merge.js';
import { renderLesson } from '../course/render.js';
import { catalog, listOf } from '../i18n/i18n.js';
import { applyChange, BACKUPS_DIR, recoverAndReport } from '../project/journal.js';
import { openLockedProject } from '../project/lock.js';
import type { Project } from '../project/project.js';
import { requireState } from '../project/project.js';
import { lessonLangOf, lessonModeOf } from '../project/state.js';
import { EXIT_OK, UserError } from '../shared/errors.js';

const resetText = catalog({
  en: {
    noSuchFile: (lesson: number, unknown: string, files: string) => `lesson ${lesson} has no ${unknown}; its files are: ${files}.`,
    everyFile: 'Every lesson file',
    alreadyMatches: (what: string, lesson: number) => `${what} already matches lesson ${lesson}'s version; nothing to reset.`,
    reset: (names: string, lesson: number) => `Reset ${names} to lesson ${lesson}'s version.`,
    summary: (names: string, lesson: number) => `reset ${names} to lesson ${lesson}`,
    copiesSaved: (where: string) => `Your copies are saved in ${where}/; \`flash-login undo\` puts them back.`,
  },
  'zh-CN': {
    noSuchFile: (lesson, unknown, files) => `第 ${lesson} 课没有 ${unknown}；它的文件是：${files}。`,
    everyFile: '本课的所有文件',
    alreadyMatches: (what, lesson) => `${what} 已经和第 ${lesson} 课的版本一致；不需要重置。`,
    reset: (names, lesson) => `已把 ${names} 重置为第 ${lesson} 课的版本。`,
    summary: (names, lesson) => `把 ${names} 重置为第 ${lesson} 课的版本`,
    copiesSaved: (where) => `你原来的文件保存在 ${where}/ 里；\`flash-login undo\` 可以把它们恢复回来。`,
  },
});

export interface ResetOptions {
  dir?: string;
}

/** A FILE argument as a project path: relative to the current folder when it lies inside the project, else to the project. */
function toProjectPath(dir: string, file: string): string {
  const fromHere = relative(dir, resolve(file));
  const path = fromHere.startsWith('..') || isAbsolute(fromHere) ? relative(dir, resolve(dir, file)) : fromHere;
  return path.split(sep).join('/');
}

export async function resetCommand(files: string[], options: ResetOptions): Promise<number> {
  const { project, release } = await openLockedProject(options.dir, 'reset');
  try {
    return await resetLocked(project, files);
  } finally {
    await release();
  }
}

async function resetLocked(project: Project, files: string[]): Promise<number> {
  const state = requireState(project, 'reset');
  await recoverAndReport(project.dir); // conflicts do not block reset: it is one way out of them
  // In practice mode a lesson's files are its starter: reset gives back the TODOs, not the answers.
  const reference = await renderLesson(state.lesson, state.answers, { mode: lessonModeOf(state), lang: lessonLangOf(state) });
  const paths = files.length ? files.map((file) => toProjectPath(project.dir, file)) : [...reference.keys()];
  const unknown = paths.filter((path) => !reference.has(path));
  if (unknown.length) throw new UserError(resetText().noSuchFile(state.lesson, listOf(unknown), listOf([...reference.keys()])));

  const current = await readProjectFiles(project.dir, paths);
  const writes = paths
    .filter((path) => !current.get(path)?.equals(reference.get(path)!))
    .map((path) => ({ path, content: reference.get(path)! }));
  if (writes.length === 0) {
    console.log(resetText().alreadyMatches(files.length ? listOf(paths) : resetText().everyFile, state.lesson));
    return EXIT_OK;
  }
  const names = listOf(writes.map((write) => write.path));
  const entry = await applyChange(project.dir, writes, { command: 'reset', summary: resetText().summary(names, state.lesson) });
  console.log(resetText().reset(names, state.lesson));
  console.log(kleur.dim(resetText().copiesSaved(`${BACKUPS_DIR}/${entry.id}/files`)));
  return EXIT_OK;
}
