// The README as a newcomer reads it: every link stays inside the repository and lands on
// something there (or is a public web page), and the Quick start's commands, run exactly as written in a fresh copy of
// the repository, scaffold an app beside it (its own git repository) that verifies.
import { execa } from 'execa';
import fs from 'fs-extra';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, tempDir } from './helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
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
    for (let lesson = 1; lesson <= 5; lesson++) expect(found.some((target) => new RegExp(`^lessons/${lesson}-[\\w-]+/lesson\\.md#what-verify-checks$`).test(target))).toBe(true);
  });

  it('the link check catches a link that leaves, one to nowhere, and a missing heading', () => {
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
      env: { PATH: `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`, NO_COLOR: '1', npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' },
      timeout: 600_000,
    });
    expect(result.exitCode, String(result.all)).toBe(0);
    expect(String(result.all)).toMatch(/All \d+ checks passed/);
    const app = join(parent, 'my-app');
    expect(existsSync(join(app, 'app.py'))).toBe(true);
    // Beside the clone, not in it, and a git repository of its own with lesson 1 tagged.
    expect(existsSync(join(clone, 'my-app'))).toBe(false);
    expect(String((await execa('git', ['rev-parse', '--show-toplevel'], { cwd: app })).stdout)).toBe(app);
    expect(String((await execa('git', ['tag'], { cwd: app })).stdout).split('\n')).toContain('lesson-1');
  }, 600_000); // npm ci and pip install, on a machine that may be busy
});
