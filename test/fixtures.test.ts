// The proof, rustlings' `dev check` style: every correct solution passes, and every
// broken one fails exactly the checks it names, on both Flask stacks. A check that no
// fixture fails alone is a defect: solo coverage is computed from verify's real results.
import fs from 'fs-extra';
import { describe, expect, it } from 'vitest';
import { checksFor } from '../lessons/index.js';
import {
  debianPython,
  type Fixture,
  hasModernPython,
  type JsonResults,
  listFixtures,
  materialize,
  modernPython,
  verifyJson,
} from './helpers.js';

const fixtures = await listFixtures();

const stacks = [
  { key: 'debian', label: "Debian's stack (Flask 2.2, Werkzeug 2.2)", python: debianPython, present: true },
  { key: 'modern', label: 'the PyPI stack (Flask 3, Werkzeug 3)', python: modernPython, present: hasModernPython },
] as const;
type StackKey = (typeof stacks)[number]['key'];

// Loud, once: the Flask 3 tests still count, as skipped, so a green run cannot hide them.
if (!hasModernPython)
  console.warn(
    `fixtures: no Flask 3 stack at ${modernPython} (.ci/run builds it where pip reaches an index): its ${fixtures.length} fixture tests are skipped`,
  );

/** A check that a fixture made fail: failed or errored. "skip" (a check not run because another failed) is not a failure. */
function failedIds(json: JsonResults): string[] {
  return json.tests.filter((test) => test.status === 'fail' || test.status === 'error').map((test) => test.id);
}

function skippedIds(json: JsonResults): string[] {
  return json.tests.filter((test) => test.status === 'skip').map((test) => test.id);
}

interface Outcome {
  failed: string[];
  skipped: string[];
  json?: JsonResults;
  exitCode?: number;
  stderr: string;
}

// One verify per fixture and stack, shared by the fixture's own test and the solo-coverage test.
const outcomes = new Map<string, Promise<Outcome>>();
function outcomeOf(fixture: Fixture, stack: StackKey): Promise<Outcome> {
  const key = `${stack} ${fixture.name}`;
  let outcome = outcomes.get(key);
  if (!outcome) {
    outcome = (async () => {
      const dir = await materialize(fixture);
      try {
        const { result, json } = await verifyJson(dir, fixture.spec.lesson, stack === 'debian' ? debianPython : modernPython);
        return {
          failed: json ? failedIds(json) : [],
          skipped: json ? skippedIds(json) : [],
          json,
          exitCode: result.exitCode,
          stderr: String(result.stderr),
        };
      } finally {
        await fs.remove(dir);
      }
    })();
    outcomes.set(key, outcome);
  }
  return outcome;
}

/** What the fixture must fail on this stack: `fails`, unless it names a stack difference (with its reason). */
function expectedFails(fixture: Fixture, stack: StackKey): string[] {
  return fixture.spec.failsOn?.[stack]?.fails ?? fixture.spec.fails;
}

/** What it must skip: the checks that need one it fails, listed so that collateral damage is stated, not hidden. */
function expectedSkips(fixture: Fixture, stack: StackKey): string[] {
  const difference = fixture.spec.failsOn?.[stack];
  return (difference ? difference.skips : fixture.spec.skips) ?? [];
}

for (const stack of stacks) {
  describe.concurrent(`fixtures on ${stack.label}`, () => {
    for (const fixture of fixtures) {
      const fails = expectedFails(fixture, stack.key);
      it.skipIf(!stack.present)(`${fixture.name}: ${fails.length ? `fails ${fails.join(', ')}` : 'passes'}`, async () => {
        const { failed, skipped, json, exitCode, stderr } = await outcomeOf(fixture, stack.key);
        expect(json, `verify printed no JSON: ${stderr}`).toBeDefined();
        const explain =
          json!.tests
            .filter((test) => test.status !== 'pass')
            .map((test) => `${test.id}: ${test.message}`)
            .join('\n') || json!.message;
        expect(failed, explain ?? '').toEqual(fails);
        expect(skipped, `skipped checks\n${explain ?? ''}`).toEqual(expectedSkips(fixture, stack.key));
        // Why, not only which: every failure carries a reason code, and the fixture's stated ones match.
        const reasons = Object.fromEntries(json!.tests.filter((test) => failed.includes(test.id)).map((test) => [test.id, test.reason]));
        for (const [id, reason] of Object.entries(reasons))
          expect(reason, `${id} fails with no reason code: ${explain}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(Object.values(reasons), 'failures whose check names no reason code').not.toContain('unexplained');
        for (const [id, reason] of Object.entries(fixture.spec.reasons ?? {}))
          if (fails.includes(id)) expect(reasons[id], `reason code of ${id}\n${explain}`).toBe(reason);
        expect(json!.status).toBe(fails.length === 0 ? 'pass' : 'fail');
        expect(exitCode).toBe(fails.length === 0 ? 0 : 1);
      });
    }
  });
}

describe('what the fixtures prove', () => {
  const lessons = [...new Set(fixtures.map((f) => f.spec.lesson))].sort();

  it('every stack difference says why', () => {
    for (const fixture of fixtures) {
      for (const [stack, difference] of Object.entries(fixture.spec.failsOn ?? {})) {
        expect(difference.why?.trim(), `${fixture.name}: failsOn.${stack} needs a "why"`).toBeTruthy();
      }
    }
  });

  it('every lesson has at least three independent correct solutions beside the reference', () => {
    for (const lesson of lessons) {
      const correct = fixtures.filter((f) => f.spec.lesson === lesson && f.spec.fails.length === 0 && !f.spec.base);
      expect(
        correct.map((f) => f.name).length,
        `lesson ${lesson}: correct fixtures written from scratch: ${correct.map((f) => f.name).join(', ')}`,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  // From verify's real results on each stack, never from what fixture.json declares. A check
  // skipped because the one it needs failed does not count against "alone".
  for (const stack of stacks) {
    it.skipIf(!stack.present).each(lessons)(`lesson %i on ${stack.key}: every check is failed alone by some fixture`, async (lesson) => {
      const own = fixtures.filter((f) => f.spec.lesson === lesson);
      const results = await Promise.all(own.map(async (fixture) => ({ fixture, ...(await outcomeOf(fixture, stack.key)) })));
      const soloBy = new Map<string, string[]>();
      for (const { fixture, failed } of results) {
        if (failed.length === 1) soloBy.set(failed[0]!, [...(soloBy.get(failed[0]!) ?? []), fixture.name]);
      }
      const ids = checksFor(lesson)
        .filter((check) => Number(check.id.split('.')[0]) === lesson)
        .map((check) => check.id);
      const noSolo = ids.filter((id) => !soloBy.has(id));
      expect(noSolo, `lesson ${lesson} checks that no fixture fails alone on ${stack.label}`).toEqual([]);
    });
  }
});
