// The order test files start in: the slowest first, so that on two workers the long files overlap
// and the quick ones fill the gaps at the end, instead of one long file starting last and running alone.
//
// vitest orders by the durations it cached from the last run on this machine (failed files first);
// a fresh clone has no such cache, and vitest then starts the largest files first, which is not
// the same thing (fixtures.test.ts is small and takes minutes). Files this machine has not timed yet
// take their place from SECONDS below: each file's time in one full run here (2 cores, one worker,
// load 8 to 11 beside other work), to the nearest second. A file missing from both goes last but one
// second; a wrong figure only changes the order, never what runs.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SECONDS: Record<string, number> = {
  'test/fixtures.test.ts': 411,
  'test/teachers-grade.test.ts': 373,
  'test/security.test.ts': 191,
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
