import { MODES, type Mode } from '../../course/exercises.js';
import { isLang, LANGS, type Lang, setActiveLang } from '../../i18n/i18n.js';
import { UserError } from '../../shared/errors.js';
import type { CreateContext } from '../context.js';
import { createText } from '../create.text.js';

/** --mode as a mode; undefined when it was not given. */
export function parseModeFlag(value: string | undefined): Mode | undefined {
  if (value === undefined) return undefined;
  if (!(MODES as readonly string[]).includes(value)) throw new UserError(createText().badMode(value));
  return value as Mode;
}

/** --lang as a language; undefined when it was not given. */
export function parseLangFlag(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (!isLang(value)) throw new UserError(`--lang takes ${LANGS.join(' or ')}, not "${value}".`);
  return value;
}

/** Each language named in itself, since the learner may read only one of them. */
const LANG_CHOICES: { title: string; description: string; value: Lang }[] = [
  { title: 'English', description: 'lessons, app and messages in English', value: 'en' },
  { title: '中文 (zh-CN)', description: '课程、应用和提示都用中文', value: 'zh-CN' },
];

/** The questions, each skipped when its flag answered it or nobody can answer (practice, then). */
export async function askSetup(ctx: CreateContext): Promise<void> {
  // ctx.lang already holds --lang, or the locale's language, the default with --yes and with no terminal.
  if (ctx.options.lang === undefined && ctx.interactive) {
    const initial = LANG_CHOICES.findIndex((choice) => choice.value === ctx.lang);
    ctx.lang = await ctx.ask<Lang>({ type: 'select', name: 'lang', message: 'Language / 语言', choices: LANG_CHOICES, initial });
    setActiveLang(ctx.lang); // the questions below, and all that follows, in the language chosen
  }
  // ctx.mode already holds --mode, or practice, the default with --yes and with no terminal.
  if (ctx.options.mode === undefined && ctx.interactive)
    ctx.mode = await ctx.ask<Mode>({
      type: 'select',
      name: 'mode',
      message: createText().modeQuestion,
      choices: [
        { title: 'practice', description: createText().practiceChoice, value: 'practice' },
        { title: 'guided', description: createText().guidedChoice, value: 'guided' },
      ],
      initial: 0,
    });
  ctx.install =
    ctx.options.install ??
    (ctx.interactive
      ? await ctx.ask<boolean>({
          type: 'confirm',
          name: 'install',
          message: createText().installQuestion,
          initial: true,
        })
      : true);
  ctx.git =
    ctx.options.git ??
    (ctx.interactive ? await ctx.ask<boolean>({ type: 'confirm', name: 'git', message: createText().gitQuestion, initial: true }) : true);
}
