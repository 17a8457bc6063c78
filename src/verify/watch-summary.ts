// What `verify --watch` prints after a save in practice mode: only what changed. The first check
// that fails, with the TODO it comes from, or one line that the lesson passed; a run that ends
// where the last one did says so in one line.
import kleur from 'kleur';
import { catalog } from '../i18n/i18n.js';
import { formatResult, hintFor, outputsToShow } from './report.js';
import type { VerifyOutcome } from './verify-run.js';

const text = catalog({
  en: {
    stillDown: 'No change: your app still does not start.',
    lastLesson: 'the last one: `flash-login run` and try it',
    nextLesson: 'run `flash-login next-lesson`',
    lessonPassed: (lesson: number, next: string) => `lesson ${lesson} passed — ${next}`,
    tally: (passed: number, total: number) => `${passed} of ${total} checks pass`,
    stillFails: (id: string, location: string | undefined) => `No change: ${id} still fails${location ? ` (${location})` : ''}; `,
  },
  'zh-CN': {
    stillDown: '没有变化：你的应用仍然启动不了。',
    lastLesson: '这是最后一课：运行 `flash-login run` 试试看',
    nextLesson: '运行 `flash-login next-lesson`',
    lessonPassed: (lesson, next) => `第 ${lesson} 课通过了 —— ${next}`,
    tally: (passed, total) => `${total} 项检查中通过了 ${passed} 项`,
    stillFails: (id, location) => `没有变化：${id} 仍然失败${location ? `（${location}）` : ''}；`,
  },
});

export interface WatchSummary {
  text: string;
  /** What the run came to, to compare with the next run's. */
  key: string;
}

export function practiceSummary(
  outcome: VerifyOutcome,
  lesson: number,
  hints: Map<string, string[]>,
  projectDir: string,
  previousKey?: string,
): WatchSummary {
  if (outcome.status === 'error') {
    const key = `error:${outcome.message}`;
    return { key, text: key === previousKey ? kleur.dim(text().stillDown) : `${kleur.red('✗')} ${outcome.message}` };
  }
  const failed = outcome.results.filter((result) => result.status === 'fail' || result.status === 'error');
  if (failed.length === 0) {
    const last = lesson >= 5 ? text().lastLesson : text().nextLesson;
    return { key: 'pass', text: kleur.green(text().lessonPassed(lesson, last)) };
  }
  const first = failed[0]!;
  const key = `${first.id}|${first.message}|${first.location ?? ''}|${failed.length}`;
  const passed = outcome.results.filter((result) => result.status === 'pass').length;
  const tally = kleur.dim(text().tally(passed, outcome.results.length));
  if (key === previousKey) return { key, text: kleur.dim(text().stillFails(first.id, first.location)) + tally };
  const output = outputsToShow([first], { projectDir }).get(first.id);
  return { key, text: `${formatResult(first, hintFor(first, hints), output)}\n${tally}` };
}
