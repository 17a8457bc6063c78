// The order test files start in: the slowest first, so that on two workers the long files overlap
// and the quick ones fill the gaps at the end, instead of one long file starting last and running alone.
//
// vitest orders by the durations it cached from the last run on this machine (failed files first);
// a fresh clone has no such cache, and vitest then starts the largest files first, which is not
// the same thing (fixtures.test.ts is small and takes minutes). Files this machine has not timed yet
// take their place from SECONDS below: each file's time in one full run here (2 cores, one worker,
// load 8 to 11 beside other work, 2,497 s in all), to the nearest second. A file missing from both goes last but one
// second; a wrong figure only changes the order, never what runs.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SECONDS: Record<string, number> = {
  // Files of 5 s or more; the rest count as 1 s.
  'test/mistakes.test.ts': 494,
  'test/fixtures.test.ts': 411,
  'test/teachers-grade.test.ts': 372,
  'test/security.test.ts': 187,
  'test/practice-walk.test.ts': 174,
  'test/practice.test.ts': 113,
  'test/nothing-lost.test.ts': 104,
  'test/readme.test.ts': 102,
  'test/next-lesson.test.ts': 53,
  'test/zh-cn-walk.test.ts': 53,
  'test/verify.test.ts': 38,
  'test/create.test.ts': 32,
  'test/toolbelt-doctor.test.ts': 28,
  'test/zh-cn-output.test.ts': 24,
  'test/undo.test.ts': 23,
  'test/teachers-ci.test.ts': 22,
  'test/app-clock.test.ts': 19,
  'test/toolbelt-watch.test.ts': 19,
  'test/rough-edges.test.ts': 18,
  'test/teachers-consumers.test.ts': 17,
  'test/toolbelt.test.ts': 17,
  'test/package.test.ts': 15,
  'test/verify-report.test.ts': 13,
  'test/toolbelt-hint.test.ts': 10,
  'test/teachers-formats.test.ts': 9,
  'test/toolbelt-run.test.ts': 9,
  'test/zh-cn-app.test.ts': 8,
};

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const facts = new Map(
      files.map((file) => {
        const path = relative(this.ctx.config.root, file.moduleId).split('\\').join('/');
        const cached = cache.getFileTestResults(`${file.project.name}:${path}`);
        return [file, { failed: cached?.failed ?? false, ms: cached?.duration ?? (SECONDS[path] ?? 1) * 1000 }] as const;
      }),
    );
    return [...files].sort((a, b) => {
      const [first, second] = [facts.get(a)!, facts.get(b)!];
      if (first.failed !== second.failed) return first.failed ? -1 : 1; // a file that failed last time: first, as vitest does
      return second.ms - first.ms;
    });
  }
}
