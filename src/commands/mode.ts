// `flash-login mode [practice|guided]`: how the next lessons arrive. The current lesson's files stay as they are.
import { EXIT_OK, UserError } from '../engine/errors.js';
import { MODES, type Mode } from '../engine/exercises.js';
import { openProject } from '../engine/project.js';
import { lessonModeOf, modeOf, writeState } from '../engine/state.js';
import { requireState } from './diff.js';

export interface ModeOptions {
  dir?: string;
}

const MEANING: Record<Mode, string> = {
  practice: 'each lesson arrives as a starter with TODOs for you to write',
  guided: 'each lesson arrives finished, to read and run',
};

export async function modeCommand(modeArgument: string | undefined, options: ModeOptions): Promise<number> {
  const project = await openProject(options.dir);
  const state = requireState(project, 'mode');
  const current = modeOf(state);
  if (modeArgument === undefined) {
    console.log(`${current}: ${MEANING[current]} (\`flash-login mode ${current === 'practice' ? 'guided' : 'practice'}\` switches).`);
    return EXIT_OK;
  }
  if (!(MODES as readonly string[]).includes(modeArgument))
    throw new UserError(`mode takes practice or guided, not "${modeArgument}".`);
  const mode = modeArgument as Mode;
  if (mode === current && state.mode) {
    console.log(`The project is in ${mode} mode already; nothing changed.`);
    return EXIT_OK;
  }
  // The lesson at hand keeps the mode it came in, so next-lesson merges from what is really there.
  await writeState(project.dir, { ...state, mode, lessonMode: lessonModeOf(state) });
  console.log(`Now in ${mode} mode: from lesson ${state.lesson + 1} on, ${MEANING[mode]}. Lesson ${state.lesson}'s files stay as they are.`);
  return EXIT_OK;
}
