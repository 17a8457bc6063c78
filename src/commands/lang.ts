// `flash-login lang [en|zh-CN]`: the project's language. Lesson texts, hints and what the CLI prints
// follow it at once; the app's files switch with the next lesson, as `flash-login mode` does,
// so next-lesson merges from the files the current lesson really wrote.

import { LESSON_COUNT } from '../course/lessons.js';
import { catalog, isLang, LANGS, type Lang, setActiveLang } from '../i18n/i18n.js';
import { applyChange, stateWrite } from '../project/journal.js';
import { openLockedProject } from '../project/lock.js';
import { requireState } from '../project/project.js';
import { langOf, lessonLangOf } from '../project/state.js';
import { EXIT_OK, UserError } from '../shared/errors.js';

export interface LangOptions {
  dir?: string;
}

const NAMES: Record<Lang, string> = { en: 'English', 'zh-CN': '中文' };
const other = (lang: Lang): Lang => (lang === 'en' ? 'zh-CN' : 'en');

const text = catalog({
  en: {
    current: (lang: Lang) =>
      `${lang} (${NAMES[lang]}): lessons, hints and messages in ${NAMES[lang]} (\`flash-login lang ${other(lang)}\` switches).`,
    invalid: (value: string) => `lang takes ${LANGS.join(' or ')}, not "${value}".`,
    already: (lang: Lang) => `The project speaks ${lang} already; nothing changed.`,
    switched: (lang: Lang, lesson: number) =>
      `Now in ${lang} (${NAMES[lang]}): lessons, hints and messages from now on, the app's files from lesson ${lesson + 1} on. ` +
      `Lesson ${lesson}'s files stay as they are (\`flash-login undo\` switches back).`,
    switchedLast: (lang: Lang, lesson: number) =>
      `Now in ${lang} (${NAMES[lang]}): lessons, hints and messages. Lesson ${lesson}'s files stay as they are (\`flash-login undo\` switches back).`,
  },
  'zh-CN': {
    current: (lang) => `${lang}（${NAMES[lang]}）：课程、提示和消息都用${NAMES[lang]}（\`flash-login lang ${other(lang)}\` 可以切换）。`,
    invalid: (value) => `lang 只接受 ${LANGS.join(' 或 ')}，不接受 "${value}"。`,
    already: (lang) => `项目已经是 ${lang}，没有改动。`,
    switched: (lang, lesson) =>
      `已切换到 ${lang}（${NAMES[lang]}）：课程、提示和消息从现在起切换，应用的文件从第 ${lesson + 1} 课起切换。` +
      `第 ${lesson} 课的文件保持原样（\`flash-login undo\` 可以切换回去）。`,
    switchedLast: (lang, lesson) =>
      `已切换到 ${lang}（${NAMES[lang]}）：课程、提示和消息。第 ${lesson} 课的文件保持原样（\`flash-login undo\` 可以切换回去）。`,
  },
});

export async function langCommand(langArgument: string | undefined, options: LangOptions): Promise<number> {
  // A bad value is refused before the project is even looked at.
  if (langArgument !== undefined && !isLang(langArgument)) throw new UserError(text().invalid(langArgument));
  const { project, release } = await openLockedProject(options.dir, 'lang');
  try {
    const state = requireState(project, 'lang');
    const current = langOf(state);
    if (langArgument === undefined) {
      console.log(text().current(current));
      return EXIT_OK;
    }
    if (langArgument === current) {
      console.log(text().already(current));
      return EXIT_OK;
    }
    // The lesson at hand keeps the language it came in; one change, so `undo` takes it back.
    const next = { ...state, lang: langArgument, lessonLang: lessonLangOf(state) };
    await applyChange(project.dir, [stateWrite(next)], { command: 'lang', summary: `language ${current} → ${langArgument}` });
    setActiveLang(langArgument); // say it in the language chosen
    console.log(
      state.lesson < LESSON_COUNT ? text().switched(langArgument, state.lesson) : text().switchedLast(langArgument, state.lesson),
    );
    return EXIT_OK;
  } finally {
    await release();
  }
}
