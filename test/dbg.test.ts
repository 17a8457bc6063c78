import fs from 'fs-extra';
import { join } from 'node:path';
import { it } from 'vitest';
import { bins, debianPython, run, tempDir } from './helpers.js';
import { applySteps, variants } from './practice-variants.js';
it('dbg', async () => {
  const v = variants.find((x) => x.name.startsWith(process.env.V ?? 'b'))!;
  const upto = Number(process.env.UPTO ?? 4);
  const dir = join(await tempDir('dbg-'), 'app');
  await run(bins.create, [dir, '--yes', '--no-install', '--no-git', '--python', debianPython, '--mode', 'practice']);
  for (let n = 1; n <= upto; n++) {
    await applySteps(dir, v.lessons[n]!, `l${n}`);
    const r = await run(bins.flashLogin, ['next-lesson', '--force', '--no-verify', '--dir', dir]);
    for (const f of ['app.py', 'templates/base.html', 'templates/index.html', 'templates/login.html', 'templates/profile.html']) {
      const p = join(dir, f);
      if (!(await fs.pathExists(p))) continue;
      const t = await fs.readFile(p, 'utf8');
      const i = t.indexOf('<<<<<<<');
      if (i >= 0) console.log(`== ${n}->${n + 1} ${f}\n` + t.slice(Math.max(0, i - 300), t.indexOf('>>>>>>>', i) + 40));
    }
    if (r.exitCode !== 0) break;
  }
  await fs.remove(dirname(dir));
});
import { dirname } from 'node:path';
