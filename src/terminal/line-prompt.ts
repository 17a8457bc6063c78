// The folder question with the line editing every shell prompt has: prompts' text question types
// Ctrl-U and Ctrl-W into the answer as control characters. Here they edit the line as readline
// (bash, git's prompts) does, and any other control key rings the bell instead of being typed.

import type { PromptObject } from 'prompts';
import TextPrompt from 'prompts/lib/elements/text.js';
import { Cancelled } from '../shared/errors.js';

interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
}

class LineEditingPrompt extends TextPrompt {
  override _(typed: string, key: Key): void {
    if (key.ctrl && key.name === 'u') return this.edit('', this.value.slice(this.cursor)); // to the start of the line
    if (key.ctrl && key.name === 'k') return this.edit(this.value.slice(0, this.cursor), ''); // to its end
    if (key.ctrl && key.name === 'w') {
      // The word before the cursor and the spaces after it, as bash's unix-word-rubout
      const before = this.value.slice(0, this.cursor).replace(/\S*\s*$/, '');
      return this.edit(before, this.value.slice(this.cursor));
    }
    if (key.ctrl || key.meta || /[\u0000-\u001f\u007f]/.test(typed)) return this.bell();
    super._(typed, key);
  }

  /** Make the line `before` + `after`, with the cursor between them. */
  private edit(before: string, after: string): void {
    if (this.placeholder || before + after === this.value) return this.bell();
    this.value = before + after;
    this.red = false;
    // prompts keeps the cursor as an offset from the end; an empty line shows the default again.
    this.cursor = this.value ? before.length : Number(Boolean(this.initial));
    this.cursorOffset = this.value ? -after.length : 0;
    this.render();
  }
}

/** Ask a text question on the terminal; Ctrl-C or Escape cancels, as with every other question. */
export function askLine(question: PromptObject): Promise<string> {
  return new Promise((resolve, reject) => {
    const prompt = new LineEditingPrompt({
      message: String(question.message),
      initial: question.initial === undefined ? '' : String(question.initial),
    });
    prompt.on('submit', (value: string) => resolve(value));
    prompt.on('abort', () => reject(new Cancelled()));
    prompt.on('exit', () => reject(new Cancelled()));
  });
}
