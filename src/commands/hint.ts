import kleur from 'kleur';
import { checksFor } from '../../lessons/index.js';
import { promptsAsk, type Ask } from '../create/context.js';
import { EXIT_OK, ReadOnlyProjectError, UserError } from '../engine/errors.js';
import { exercisesFor, isExerciseId } from '../engine/exercises.js';
import { LESSON_COUNT, readLessonText } from '../engine/lessons.js';
import { referenceCode } from '../engine/reference-code.js';
import { currentVerify, isLastLesson } from '../engine/progress.js';
import { openProject } from '../engine/project.js';
import { updateState } from '../engine/lock.js';
import { STATE_FILE } from '../engine/state.js';
import { activeLang, type Lang } from '../engine/i18n.js';
import { renderMarkdown } from '../engine/terminal-markdown.js';

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
  if (!match) throw new UserError(`name a check like 1.2 (lesson 1, check 2) or an exercise like 4.guard, not "${value}": \`flash-login verify\` lists the checks.`);
  const lesson = Number(match[1]);
  if (lesson < 1 || lesson > LESSON_COUNT) throw new UserError(`there is no lesson ${lesson}, so no check ${value}: the lessons go from 1 to ${LESSON_COUNT}.`);
  return { id: `${lesson}.${Number(match[2])}`, lesson };
}

function parseExerciseId(value: string): { id: string; lesson: number } {
  const id = value.trim();
  const lesson = Number(id.split('.')[0]);
  if (lesson < 1 || lesson > LESSON_COUNT) throw new UserError(`there is no lesson ${lesson}, so no exercise ${id}: the lessons go from 1 to ${LESSON_COUNT}.`);
  return { id, lesson };
}

/** The levels of a check's hints (from the lesson text) or of an exercise's (from its exercises.ts), with a title. */
async function hintLevels({ id, lesson }: { id: string; lesson: number }, lang: Lang): Promise<{ id: string; levels: string[]; title?: string }> {
  if (isExerciseId(id)) {
    const exercises = await exercisesFor(lesson, lang);
    const exercise = exercises.find((candidate) => candidate.id === id);
    if (!exercise) throw new UserError(`lesson ${lesson} has no exercise ${id}: its exercises are ${exercises.map((found) => found.id).join(', ')}.`);
    return { id, levels: [...exercise.hints, await referenceCode(id, lang)], title: exercise.todo };
  }
  const { hints } = await readLessonText(lesson, lang);
  const levels = hints.get(id);
  if (!levels || levels.length === 0) throw new UserError(`lesson ${lesson} has no check ${id}: its checks are ${[...hints.keys()].join(', ')}.`);
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
    if (!state)
      throw new UserError(`there is no ${STATE_FILE} here, so no verify result to take a hint from: name a check instead (\`flash-login hint 1.1\`).`);
    const verify = currentVerify(state);
    if (!verify) {
      console.log(`Lesson ${state.lesson} has not been verified yet: run \`flash-login verify\`, and the hint follows its first failing check`);
      console.log(`(or name a check: \`flash-login hint ${state.lesson}.1\`).`);
      return EXIT_OK;
    }
    if (verify.status === 'error') {
      console.log('Your app did not start in the last verify, so no check ran: `flash-login run` shows why.');
      return EXIT_OK;
    }
    if (verify.failed.length === 0) {
      const next = isLastLesson(state.lesson) ? 'you have finished every lesson' : 'next: `flash-login next-lesson`';
      console.log(`Every check of lesson ${state.lesson} passed in the last verify, so there is nothing to hint at; ${next}.`);
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
      message: `Hint ${total} of ${total} for ${id} is the solution. Show it?`,
      initial: true,
    });
    if (!reveal) {
      console.log(`Kept it hidden: \`flash-login hint ${id}\` shows it when you want it.`);
      return EXIT_OK;
    }
  }

  const which = shown === total && total > 1 ? `The solution (hint ${shown} of ${total})` : `Hint ${shown} of ${total}`;
  console.log(`${kleur.bold(`${which} for ${id}`)}${title ? kleur.dim(` · ${title}`) : ''}`);
  console.log('');
  for (let level = 1; level <= shown; level++) console.log(formatLevel(level, levels[level - 1]!, level > seen || level === shown));
  console.log('');
  if (shown < total) {
    const following = shown + 1 === total ? 'the solution' : `hint ${shown + 1} of ${total}`;
    console.log(kleur.dim(`Still stuck? \`flash-login hint ${id}\` again shows ${following}.`));
  } else console.log(kleur.dim('Make the change, then run `flash-login verify`.'));

  if (state && shown > seen)
    await updateState(project.dir, 'hint', (now) => ((now.hints?.[id] ?? 0) >= shown ? undefined : { ...now, hints: { ...now.hints, [id]: shown } })).catch(
      (error: unknown) => {
        if (!(error instanceof ReadOnlyProjectError)) throw error;
        console.log(kleur.dim('(The project is read-only for you, so nothing remembers this hint: `--all` shows every level.)'));
      },
    );
  else if (!state && shown < total) console.log(kleur.dim(`(With no ${STATE_FILE} here, nothing remembers this: \`--all\` shows every level.)`));
  return EXIT_OK;
}
