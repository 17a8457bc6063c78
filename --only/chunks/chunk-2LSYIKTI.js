import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-4JFHORTE.js";
import {
  readLessonText,
  templatesDir
} from "./chunk-K3KOSKB3.js";

// src/engine/render.ts
import fs from "node:fs/promises";
import { join, relative, sep } from "node:path";
var RENDERED_SUFFIX = ".hbs";
var RENAMED = { _gitignore: ".gitignore" };
async function listFiles(dir) {
  const found = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...await listFiles(path));
    else found.push(path);
  }
  return found;
}
var TEMPLATE_OPTIONS = { strict: true };
async function templateFor(key, source) {
  let precompiled = {};
  try {
    precompiled = (await import("./flash-login_precompiled-templates-QO6KSGQA.js")).default;
  } catch {
  }
  const found = precompiled[key];
  if (found) return found;
  const { default: Handlebars } = await import("./handlebars.min-C2PSBRYH.js");
  return Handlebars.compile(source, TEMPLATE_OPTIONS);
}
async function renderLesson(lesson, answers) {
  const files = /* @__PURE__ */ new Map();
  const text = await readLessonText(lesson);
  const data = { ...answers, lesson, lessonTitle: text.title, lessonText: text.markdown.trim() };
  for (const folder of ["common", `lesson-${lesson}`]) {
    const root = join(templatesDir, folder);
    for (const path of (await listFiles(root)).sort()) {
      let name = relative(root, path).split(sep).join("/");
      const base = name.split("/").pop();
      if (RENAMED[base]) name = name.slice(0, -base.length) + RENAMED[base];
      let content = await fs.readFile(path);
      if (name.endsWith(RENDERED_SUFFIX)) {
        const template = await templateFor(`${folder}/${relative(root, path).split(sep).join("/")}`, content.toString("utf8"));
        name = name.slice(0, -RENDERED_SUFFIX.length);
        content = Buffer.from(template(data));
      }
      files.set(name, content);
    }
  }
  return files;
}
async function writeRendered(dir, files) {
  for (const [name, content] of files) await writeFileAtomic(join(dir, ...name.split("/")), content);
}

export {
  renderLesson,
  writeRendered
};
