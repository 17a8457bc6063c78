// The README as a newcomer reads it: every link stays inside the repository and lands on
// something there (or is a public web page), and the Quick start's commands, run exactly as written in a fresh copy of
// the repository, scaffold an app beside it (its own git repository) that verifies.
// The README stays a front page (at most 220 lines) and the docs/ pages hold the rest: their links follow the same
// rules, and every image either shows is a file git tracks or will track (never one that .gitignore hides).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, describe, expect, it } from 'vitest';
import { root, tempDir } from './helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
/** The pages a reader of the repository meets: the README and every page of docs/. */
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const made: string[] = [];
afterAll(() => Promise.all(made.splice(0).map((dir) => fs.remove(dir))));

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The markdown links of a text, outside code blocks and code spans: [text](target) and <url>. */
function links(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)|<(https?:[^>\s]+)>/g)].map((match) => match[1] ?? match[2]!);
}

/** The images of a text, outside code blocks and code spans: <img src="…"> and ![alt](target). */
function images(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/<img\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)')|!\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(
    (match) => match[1] ?? match[2] ?? match[3]!,
  );
}

/** The files git tracks in `dir`, or will once they are added: not the ones .gitignore hides. */
async function gitFiles(dir: string): Promise<Set<string>> {
  const listed = await execa('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: dir });
  return new Set(String(listed.stdout).split('\0').filter(Boolean));
}

/** Why an image would not show for someone who clones the repository at `base`, or undefined when it is fine. */
function imageProblem(target: string, from: string, files: Set<string>, base = root): string | undefined {
  if (/^[a-z][a-z+.-]*:/i.test(target)) return 'leaves the repository';
  const file = resolve(dirname(from), decodeURIComponent(target.split('#')[0]!));
  const inside = relative(base, file);
  if (inside.startsWith('..') || inside.startsWith(sep)) return 'leaves the repository';
  if (!existsSync(file)) return 'names no file of the repository';
  if (!files.has(inside.split(sep).join('/'))) return 'is a file git ignores';
  return undefined;
}

/**
 * Why a link leaves the repository or lands nowhere, or undefined when it is fine. Every link
 * stays inside: a URL (web page or file:) or a path outside the repository leaves it.
 */
function problemWith(target: string, from: string): string | undefined {
  if (/^[a-z][a-z+.-]*:/i.test(target)) return 'leaves the repository';
  const [path = '', anchor] = target.split('#');
  const file = path === '' ? from : resolve(dirname(from), decodeURIComponent(path));
  const inside = relative(root, file);
  if (inside.startsWith('..') || inside.startsWith(sep)) return 'leaves the repository';
  if (!existsSync(file)) return 'names no file of the repository';
  if (anchor !== undefined) {
    const headings = [...readFileSync(file, 'utf8').matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => anchorOf(match[1]!));
    if (!headings.includes(anchor)) return `has no heading #${anchor}`;
  }
  return undefined;
}

describe('README', () => {
  it('links only inside the repository (or to public web pages), to files and headings that exist, and names no path outside it', () => {
    const found = links(readme);
    expect(found.length).toBeGreaterThanOrEqual(5); // each lesson's "What verify checks"
    const problems = found.map((target) => [target, problemWith(target, join(root, 'README.md'))]).filter(([, problem]) => problem);
    expect(problems).toEqual([]);
    expect(readme).not.toMatch(/\.\.\/shared|lesson-contract\.md/);
    for (let lesson = 1; lesson <= 5; lesson++)
      expect(found.some((target) => new RegExp(`^lessons/${lesson}-[\\w-]+/lesson\\.md#what-verify-checks$`).test(target))).toBe(true);
  });

  it('the link check catches links that leave, links to nowhere, and a missing heading', () => {
    const from = join(root, 'README.md');
    expect(problemWith('../shared/lesson-contract.md', from)).toBe('leaves the repository');
    expect(problemWith('file:///work/shared/lesson-contract.md', from)).toBe('leaves the repository');
    expect(problemWith('https://example.com/', from)).toBe('leaves the repository');
    expect(problemWith('lessons/9-nothing/lesson.md', from)).toBe('names no file of the repository');
    expect(problemWith('lessons/1-login-form/lesson.md#no-such-heading', from)).toBe('has no heading #no-such-heading');
    expect(links('see [a](x.md) and `[b](y.md)` and <https://z.example>\n```\n[c](w.md)\n```\n')).toEqual(['x.md', 'https://z.example']);
  });

  it("runs the Quick start's commands exactly as written, in a fresh copy of the repository, with nothing on PATH but the system's", async () => {
    const block = /## Quick start\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'a sh block under ## Quick start').toBeDefined();
    // A fresh clone: the files git would check out (the working tree's versions), and no node_modules or dist.
    const parent = await tempDir('flash-login-quickstart-');
    made.push(parent);
    const clone = join(parent, 'create-flash-login');
    const listed = await execa('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root });
    for (const file of String(listed.stdout).split('\0').filter(Boolean))
      if (existsSync(join(root, file))) await fs.copy(join(root, file), join(clone, file), { dereference: false });
    const result = await execa('bash', ['-e', '-c', block!], {
      cwd: clone,
      reject: false,
      all: true,
      // The machine's other settings stay (certificates, the package mirror); npm takes what its cache has first.
      env: {
        PATH: `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
        NO_COLOR: '1',
        npm_config_prefer_offline: 'true',
        npm_config_update_notifier: 'false',
      },
      timeout: 600_000,
    });
    expect(result.exitCode, String(result.all)).toBe(0);
    expect(String(result.all)).toMatch(/All \d+ checks passed/);
    const app = join(parent, 'my-app');
    expect(existsSync(join(app, 'app.py'))).toBe(true);
    // Beside the clone, not in it, and a git repository of its own with lesson 1 tagged.
    expect(existsSync(join(clone, 'my-app'))).toBe(false);
    expect(String((await execa('git', ['rev-parse', '--show-toplevel'], { cwd: app })).stdout)).toBe(app);
    expect(String((await execa('git', ['tag'], { cwd: app })).stdout).split('\n')).toContain('lesson-1-start');
  }, 600_000); // npm ci and pip install, on a machine that may be busy
});

describe('README and docs/: links and images', () => {
  it('every docs/ page links only inside the repository, to files and headings that exist', () => {
    expect(pages.length).toBeGreaterThan(1);
    const problems = pages.flatMap((page) =>
      links(readFileSync(join(root, page), 'utf8'))
        .map((target) => [page, target, problemWith(target, join(root, page))])
        .filter(([, , problem]) => problem),
    );
    expect(problems).toEqual([]);
    // Nor in code spans: a path outside the repository means nothing to a reader of it.
    expect(pages.filter((page) => /\.\.\/shared|lesson-contract\.md/.test(readFileSync(join(root, page), 'utf8')))).toEqual([]);
  });

  it('README.md stays a front page: at most 220 lines, with links to the docs/ pages that hold the rest', () => {
    expect(readme.replace(/\n$/, '').split('\n').length).toBeLessThanOrEqual(220);
    const found = links(readme);
    for (const page of ['docs/commands.md', 'docs/testing.md', 'docs/architecture.md', 'docs/dependencies.md', 'docs/teachers.md'])
      expect(
        found.some((target) => target.split('#')[0] === page),
        page,
      ).toBe(true);
  });

  it('every image in README and docs/ (links of <img src> and ![](…)) is a file git tracks or will, never an ignored one', async () => {
    const files = await gitFiles(root);
    const found = pages.flatMap((page) => images(readFileSync(join(root, page), 'utf8')).map((target) => [page, target] as const));
    expect(found.filter(([page]) => page === 'README.md').length).toBeGreaterThanOrEqual(1); // the screenshot
    const problems = found
      .map(([page, target]) => [page, target, imageProblem(target, join(root, page), files)])
      .filter(([, , problem]) => problem);
    expect(problems).toEqual([]);
  });

  it('the image check (image links) fails an image under an ignored folder and passes one not yet committed', async () => {
    const repo = await tempDir('flash-login-readme-images-');
    made.push(repo);
    await execa('git', ['init', '-q'], { cwd: repo });
    writeFileSync(join(repo, '.gitignore'), 'screenshots/\n');
    for (const folder of ['docs/screenshots', 'docs/images']) mkdirSync(join(repo, folder), { recursive: true });
    writeFileSync(join(repo, 'docs/screenshots/shot.png'), 'png');
    writeFileSync(join(repo, 'docs/images/shot.png'), 'png');
    const files = await gitFiles(repo);
    const from = join(repo, 'README.md');
    expect(imageProblem('docs/screenshots/shot.png', from, files, repo)).toBe('is a file git ignores');
    expect(imageProblem('docs/images/shot.png', from, files, repo)).toBeUndefined();
    expect(imageProblem('images/shot.png', join(repo, 'docs', 'page.md'), files, repo)).toBeUndefined(); // from a docs/ page
    expect(imageProblem('screenshots/shot.png', join(repo, 'docs', 'page.md'), files, repo)).toBe('is a file git ignores');
    expect(imageProblem('docs/images/none.png', from, files, repo)).toBe('names no file of the repository');
    expect(imageProblem('../outside.png', from, files, repo)).toBe('leaves the repository');
    expect(imageProblem('https://example.com/shot.png', from, files, repo)).toBe('leaves the repository');
    expect(images('<img src="a.png" alt="x"> ![b](b.png) `![c](c.png)` <img alt="y" src=\'d.png\'>\n```\n![e](e.png)\n```\n')).toEqual([
      'a.png',
      'b.png',
      'd.png',
    ]);
  });
});
