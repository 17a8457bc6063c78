import fs from 'node:fs/promises';
import { writeFileAtomic } from './atomic.js';
import { join, relative, sep } from 'node:path';
import { readLessonText } from './lessons.js';
import { templatesDir } from './paths.js';

export interface Answers {
  projectName: string;
}

/** Relative path (with forward slashes) -> file content: one lesson's whole app as the learner gets it. */
export type RenderedFiles = Map<string, Buffer>;

const RENDERED_SUFFIX = '.hbs';
/** npm drops files named .gitignore from packages, so the template keeps it under another name. */
const RENAMED: Record<string, string> = { _gitignore: '.gitignore' };

async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listFiles(path)));
    else found.push(path);
  }
  return found;
}

/**
 * Handlebars from its one-file build: the package's main entry is some thirty CommonJS
 * modules; the build bundles this one file instead. Same release, same compiler.
 */
async function loadHandlebars(): Promise<typeof import('handlebars')> {
  return (await import('handlebars/dist/handlebars.min.js')).default;
}

/**
 * Render lesson N: templates/common/ and templates/lesson-N/ (the latter wins).
 * Only files ending in .hbs go through Handlebars; everything else, the Jinja
 * templates above all, is copied byte for byte, so `{{ }}` never clashes.
 */
export async function renderLesson(lesson: number, answers: Answers): Promise<RenderedFiles> {
  const files: RenderedFiles = new Map();
  const text = await readLessonText(lesson);
  const data = { ...answers, lesson, lessonTitle: text.title, lessonText: text.markdown.trim() };
  for (const root of [join(templatesDir, 'common'), join(templatesDir, `lesson-${lesson}`)]) {
    for (const path of (await listFiles(root)).sort()) {
      let name = relative(root, path).split(sep).join('/');
      const base = name.split('/').pop()!;
      if (RENAMED[base]) name = name.slice(0, -base.length) + RENAMED[base];
      let content = await fs.readFile(path);
      if (name.endsWith(RENDERED_SUFFIX)) {
        name = name.slice(0, -RENDERED_SUFFIX.length);
        const Handlebars = await loadHandlebars();
        content = Buffer.from(Handlebars.compile(content.toString('utf8'), { strict: true })(data));
      }
      files.set(name, content);
    }
  }
  return files;
}

/** Write rendered files under dir, each one atomically. */
export async function writeRendered(dir: string, files: RenderedFiles): Promise<void> {
  for (const [name, content] of files) await writeFileAtomic(join(dir, ...name.split('/')), content);
}
