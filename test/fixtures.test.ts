// The proof, rustlings' `dev check` style: every correct solution passes, and every
// broken one fails exactly the checks it names. A check that no fixture fails is a defect.
import fs from 'fs-extra';
import { describe, expect, it } from 'vitest';
import { checksFor } from '../lessons/index.js';
import { debianPython, hasModernPython, listFixtures, materialize, modernPython, verifyJson, type Fixture } from './helpers.js';

const fixtures = await listFixtures();

async function expectFixture(fixture: Fixture, python: string) {
  const dir = await materialize(fixture);
  try {
    const { result, json } = await verifyJson(dir, fixture.spec.lesson, python);
    expect(json, `verify printed no JSON: ${String(result.stderr)}`).toBeDefined();
    const failed = json!.tests.filter((test) => test.status !== 'pass').map((test) => test.id);
    const explain = json!.tests.filter((test) => test.status !== 'pass').map((test) => `${test.id}: ${test.message}`).join('\n') || json!.message;
    expect(failed, explain ?? '').toEqual(fixture.spec.fails);
    expect(json!.status).toBe(fixture.spec.fails.length === 0 ? 'pass' : 'fail');
    expect(result.exitCode).toBe(fixture.spec.fails.length === 0 ? 0 : 1);
  } finally {
    await fs.remove(dir);
  }
}

describe.concurrent('fixtures on the Debian stack (Flask 2.2)', () => {
  for (const fixture of fixtures) {
    it(`${fixture.name}: ${fixture.spec.fails.length ? 'fails ' + fixture.spec.fails.join(', ') : 'passes'}`, () =>
      expectFixture(fixture, debianPython));
  }
});

describe.runIf(hasModernPython).concurrent('correct solutions on the PyPI stack (Flask 3)', () => {
  for (const fixture of fixtures.filter((f) => f.spec.fails.length === 0)) {
    it(`${fixture.name} passes`, () => expectFixture(fixture, modernPython));
  }
});

describe('every check can fail', () => {
  it('each check of each lesson is failed by at least one fixture of that lesson', () => {
    for (const lesson of [...new Set(fixtures.map((f) => f.spec.lesson))]) {
      const failedSomewhere = new Set(fixtures.filter((f) => f.spec.lesson === lesson).flatMap((f) => f.spec.fails));
      const own = checksFor(lesson).filter((check) => Number(check.id.split('.')[0]) === lesson);
      const neverFailed = own.filter((check) => !failedSomewhere.has(check.id)).map((check) => check.id);
      expect(neverFailed, `lesson ${lesson} checks that no fixture fails`).toEqual([]);
    }
  });
});
