import fs from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Lang } from '../i18n/i18n.js';
import { writeInside } from '../project/inside.js';
import { listFiles } from '../shared/list-files.js';
import { templatesDir } from '../shared/paths.js';
import { translateAppFile } from './app-phrases.js';
import { exercisesFor, type Mode, todoTexts } from './exercises.js';
import { lessonAppDir, readLessonText } from './lessons.js';
import { practiceMarkdown, practiceTasks } from './practice-text.js';
import { commentStyleFor, starterFile } from './starter.js';
import { STYLESHEET_PATH, stylesheet } from './stylesheet.js';

export interface Answers {
  projectName: string;
}

/** Relative path (with forward slashes) -> file content: one lesson's whole app as the learner gets it. */
export type RenderedFiles = Map<string, Buffer>;

const RENDERED_SUFFIX = '.hbs';
/** npm drops files named .gitignore from packages, so the template keeps it under another name. */
const RENAMED: Record<string, string> = { _gitignore: '.gitignore' };

/** How every .hbs template is compiled: here, and by the build that precompiles them (src/build.ts). */
export const TEMPLATE_OPTIONS = { strict: true } as const;
/** The module the build generates: template path under templates/ -> precompiled template. */
export const PRECOMPILED_TEMPLATES = 'flash-login:precompiled-templates';

type Template = (data: object) => string;

/**
 * The bundle carries every template precompiled, for Handlebars' small runtime; run from the
 * sources (the tests), there is no such module and the template is compiled here, with the
 * compiler from Handlebars' one-file build.
 */
async function templateFor(key: string, source: string): Promise<Template> {
  let precompiled: Record<string, Template> = {};
  try {
    precompiled = (await import('flash-login:precompiled-templates')).default;
  } catch {
    // from the sources: compiled below
  }
  const found = precompiled[key];
  if (found) return found;
  const { default: Handlebars } = await import('handlebars/dist/handlebars.min.js');
  return Handlebars.compile(source, TEMPLATE_OPTIONS);
}

export interface RenderOptions {
  /** guided (the default): the finished reference app; practice: the lesson's starter, with TODOs. */
  mode?: Mode;
  /**
   * Practice only: exercises written as their solution instead of a TODO (`solution --apply ID`);
   * 'all' gives the reference code with the practice README, the base that next-lesson merges from.
   */
  solved?: ReadonlySet<string> | 'all';
  /** The app's language (default English): its visible phrases, TODO lines and README. */
  lang?: Lang;
}

/** The name of a file's twin written for `lang`: README.md.hbs -> README.zh-CN.md.hbs (none for a name without an extension). */
function languageTwin(path: string, lang: Lang): string | undefined {
  const twin = path.replace(/(\.[^./]+(?:\.hbs)?)$/, `.${lang}$1`);
  return twin === path ? undefined : twin;
}

/** `README.zh-CN.md.hbs` is README.md.hbs in zh-CN: the language a file is written for, if it names one. */
const LANG_VARIANT = /\.(zh-CN)(?=\.[^.]+(?:\.hbs)?$)/;

/**
 * Render lesson N: the stylesheet from its package, templates/common/ and lessons/N-name/app/
 * (a later one wins).
 * Only files ending in .hbs go through Handlebars; everything else, the Jinja
 * templates above all, is copied byte for byte, so `{{ }}` never clashes, except
 * that exercise markers (src/course/starter.ts) are stripped, or made TODOs in practice mode.
 */
export async function renderLesson(lesson: number, answers: Answers, options: RenderOptions = {}): Promise<RenderedFiles> {
  const files: RenderedFiles = new Map([[STYLESHEET_PATH, Buffer.from(await stylesheet())]]);
  const practice = options.mode === 'practice';
  const lang = options.lang ?? 'en';
  const text = await readLessonText(lesson, lang);
  const todos = practice && options.solved !== 'all' ? todoTexts(await exercisesFor(lesson, lang)) : new Map<string, string>();
  const solved = options.solved === 'all' ? undefined : options.solved;
  const lessonText = practice ? practiceMarkdown(text.markdown, { lang, tasks: await practiceTasks(lesson, lang) }) : text.markdown;
  const data = { ...answers, lesson, lessonTitle: text.title, lessonText: lessonText.trim(), practice };
  for (const [folder, root] of [
    ['common', join(templatesDir, 'common')],
    [`lesson-${lesson}`, lessonAppDir(lesson)],
  ] as const) {
    const paths = (await listFiles(root)).sort();
    for (const path of paths) {
      const relativePath = relative(root, path).split(sep).join('/');
      // A file written for one language replaces its plain twin in that language only.
      const variant = LANG_VARIANT.exec(relativePath)?.[1];
      if (variant !== undefined && variant !== lang) continue;
      if (variant === undefined && lang !== 'en' && paths.includes(languageTwin(path, lang) ?? '')) continue;
      let name = variant === undefined ? relativePath : relativePath.replace(LANG_VARIANT, '');
      const base = name.split('/').pop()!;
      if (RENAMED[base]) name = name.slice(0, -base.length) + RENAMED[base];
      let content = await fs.readFile(path);
      if (name.endsWith(RENDERED_SUFFIX)) {
        const template = await templateFor(`${folder}/${relativePath}`, content.toString('utf8'));
        name = name.slice(0, -RENDERED_SUFFIX.length);
        content = Buffer.from(template(data));
      } else if (commentStyleFor(name)) {
        content = Buffer.from(starterFile(name, translateAppFile(name, content.toString('utf8'), lang), todos, solved), 'utf8');
      }
      files.set(name, content);
    }
  }
  return files;
}

/** Write rendered files under dir (made if missing), each one atomically. */
export async function writeRendered(dir: string, files: RenderedFiles): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const [name, content] of files) await writeInside(dir, name, content);
}
