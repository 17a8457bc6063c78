// Questions asked on the terminal: the real asker (prompts, with a shell's line editing for text),
// and the cancel it turns Ctrl-C into. Commands and the scaffold take an Ask, so tests answer for the learner.
import type { PromptObject } from 'prompts';
import { Cancelled } from '../shared/errors.js';

/** Asks one question; the real one wraps `prompts`, tests inject answers. */
export type Ask = <T>(question: PromptObject) => Promise<T>;

/** The real asker: prompts, with Ctrl-C turned into a clean exit instead of a partial answer. */
export async function promptsAsk<T>(question: PromptObject): Promise<T> {
  // A text answer gets the line editing of a shell (Ctrl-U, Ctrl-W); prompts' own would type them in.
  if (question.type === 'text') return (await import('../terminal/line-prompt.js')).askLine(question) as Promise<T>;
  const { default: prompts } = await import('prompts');
  let cancelled = false;
  const answers = await prompts(question, {
    onCancel: () => {
      cancelled = true;
      return false;
    },
  });
  if (cancelled || !(String(question.name) in answers)) throw new Cancelled();
  return answers[String(question.name)] as T;
}
