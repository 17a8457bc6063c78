// `npm run stress`: verify gives the same verdict and the same output every run.
//
// Runs `flash-login verify --format json` on two lesson-5 apps, a correct one (the reference)
// and one that raises (the reference without UserMixin, so every login answers 500), --runs
// times one after another and --runs times four at a time, and compares every run with the
// first: each check's status, and what the report shows of the app's output under it. It
// counts changed verdicts and failed checks shown with no traceback, and exits 1 on any.
// It runs the CLI as built (`npm run build`) from a private copy, so a build meanwhile cannot break it.
//
//   npm run stress                              100 + 100 runs of each app, /usr/bin/python3
//   npm run stress -- --runs 5 --python PATH    a smaller count (.ci/run uses 5)
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeReference } from './helpers.js';

const root = resolve(process.cwd());

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}
const runs = Number(option('--runs', '100'));
const python = option('--python', '/usr/bin/python3');
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');

interface Test {
  id: string;
  status: string;
  output: string | null;
}

/** A run's checks, or why verify could not run at all (status error: counted, never thrown). */
function verify(dir: string): Promise<Test[] | string> {
  return new Promise((done) =>
    execFile(
      process.execPath,
      [bin, 'verify', '--format', 'json', '--lesson', '5', '--python', python, '--dir', dir],
      { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => {
        try {
          const json = JSON.parse(stdout) as { status: string; message: string | null; tests: Test[] };
          done(json.status === 'error' ? `verify could not run: ${(json.message ?? '').split('\n')[0]}` : json.tests);
        } catch {
          done(`verify printed no JSON (${error?.message ?? ''}): ${stderr}`);
        }
      },
    ),
  );
}

/** Each check's verdict and output as one comparable line. */
const signature = (tests: Test[]) => tests.map((test) => `${test.id} ${test.status} ${test.output ?? ''}`);

async function stress(name: string, dir: string, atOnce: number) {
  let reference: string[] | undefined;
  let changed = 0;
  let missing = 0;
  let errors = 0;
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < runs) {
      next++;
      const tests = await verify(dir);
      if (typeof tests === 'string') {
        errors++;
        console.log(`  ${name}: ${tests}`);
        continue;
      }
      missing += tests.filter((test) => test.status === 'fail' && name === 'raising' && !test.output).length;
      const lines = signature(tests);
      reference ??= lines;
      if (lines.join('\n') !== reference.join('\n')) {
        changed++;
        const diff = lines.filter((line, i) => line !== reference![i]);
        console.log(`  ${name}: a run differs from the first:\n    ${diff.join('\n    ').slice(0, 2000)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
  const failing = (reference ?? []).filter((line) => !/^\S+ pass/.test(line)).length;
  console.log(
    `${name.padEnd(8)} ${atOnce === 1 ? 'one at a time ' : `${atOnce} at a time   `} ${runs} runs  ${failing} checks not passing each run  ` +
      `${changed} changed verdicts or outputs  ${missing} failures without a traceback  ${errors} could not run  ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return changed + missing + errors;
}

const scratch = mkdtempSync(join(tmpdir(), 'flash-login-stress-'));
// The CLI copy stays inside the package: verify may run the app in a sandbox with a /tmp of its own.
const cli = mkdtempSync(join(root, 'node_modules', '.cache', 'flash-login-stress-cli-'));
for (const part of ['package.json', 'bin', 'dist', 'lessons', 'templates', 'src/runtime/serve_app.py', 'src/runtime/run_app.py'])
  cpSync(join(root, part), join(cli, part), { recursive: true });
const bin = join(cli, 'bin', 'flash-login.js');
try {
  const correct = join(scratch, 'correct');
  const raising = join(scratch, 'raising');
  for (const dir of [correct, raising]) await writeReference(dir, 5);
  const app = join(raising, 'app.py');
  const source = readFileSync(app, 'utf8');
  if (!source.includes('class User(UserMixin, db.Model)'))
    throw new Error('the lesson 5 reference no longer reads `class User(UserMixin, db.Model)`: update test/stress.ts');
  writeFileSync(app, source.replace('class User(UserMixin, db.Model)', 'class User(db.Model)'));
  let problems = 0;
  for (const atOnce of [1, 4]) {
    problems += await stress('correct', correct, atOnce);
    problems += await stress('raising', raising, atOnce);
  }
  console.log(problems === 0 ? 'stress: every run agreed' : `stress: ${problems} runs disagreed, lacked a traceback or could not run`);
  process.exitCode = problems === 0 ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(cli, { recursive: true, force: true });
}
