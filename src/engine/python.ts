import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** What the five lessons import, as [module, distribution name]. */
export const REQUIREMENTS: ReadonlyArray<readonly [string, string]> = [
  ['flask', 'Flask'],
  ['werkzeug', 'Werkzeug'],
  ['flask_login', 'Flask-Login'],
  ['flask_sqlalchemy', 'Flask-SQLAlchemy'],
  ['flask_wtf', 'Flask-WTF'],
  ['email_validator', 'email-validator'],
];

/** The Debian packages that give a system Python every requirement (the offline fallback). */
export const DEBIAN_PACKAGES =
  'python3-flask python3-flask-login python3-flask-sqlalchemy python3-flaskext.wtf python3-email-validator';
export const APT_FIX = `sudo apt-get install -y ${DEBIAN_PACKAGES}`;

export interface PythonProbe {
  executable: string;
  version: string;
  inVenv: boolean;
  /** Distribution name -> version, or null where the module does not import. */
  packages: Record<string, string | null>;
}

// One Python run answers everything we need to know about an interpreter.
const PROBE = `
import importlib, importlib.metadata as md, json, sys
packages = {}
for module, dist in ${JSON.stringify(REQUIREMENTS)}:
    try:
        importlib.import_module(module)
        packages[dist] = md.version(dist)
    except Exception:
        packages[dist] = None
print(json.dumps({"executable": sys.executable, "version": sys.version.split()[0],
                  "inVenv": sys.prefix != sys.base_prefix, "packages": packages}))
`;

export async function probePython(python: string): Promise<PythonProbe | undefined> {
  try {
    const { stdout } = await execa(python, ['-c', PROBE], { timeout: 20_000, stdin: 'ignore' });
    return JSON.parse(stdout.trim().split('\n').pop() ?? '') as PythonProbe;
  } catch {
    return undefined;
  }
}

export function missingPackages(probe: PythonProbe): string[] {
  return Object.entries(probe.packages)
    .filter(([, version]) => version === null)
    .map(([name]) => name);
}

function major(version: string | null | undefined): number {
  return Number.parseInt(version ?? '0', 10);
}

/** Compare dotted versions numerically: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const right = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** Known-broken combinations, each as one sentence with its fix. */
export function brokenMixes(probe: PythonProbe): string[] {
  const { packages } = probe;
  if (major(packages['Werkzeug']) < 3) return [];
  const problems: string[] = [];
  const login = packages['Flask-Login'];
  if (login && compareVersions(login, '0.6.3') < 0)
    problems.push(`Flask-Login ${login} breaks on Werkzeug ${packages['Werkzeug']}: pip install "Flask-Login>=0.6.3"`);
  const wtf = packages['Flask-WTF'];
  if (wtf && compareVersions(wtf, '1.1.2') < 0)
    problems.push(`Flask-WTF ${wtf} breaks on Werkzeug ${packages['Werkzeug']}: pip install "Flask-WTF>=1.1.2"`);
  return problems;
}

export function isReady(probe: PythonProbe): boolean {
  return missingPackages(probe).length === 0 && brokenMixes(probe).length === 0;
}

export function venvPython(venvDir: string): string {
  return process.platform === 'win32' ? join(venvDir, 'Scripts', 'python.exe') : join(venvDir, 'bin', 'python');
}

/** Interpreters worth trying when the project names none, in order of preference. */
export function systemPythonCandidates(): string[] {
  const names = process.platform === 'win32' ? ['python', 'py'] : ['python3', 'python'];
  const fixed = process.platform === 'win32' ? [] : ['/usr/bin/python3', '/usr/local/bin/python3'];
  return [...names, ...fixed.filter((path) => existsSync(path))];
}

/** The first candidate that imports every requirement with no broken mix. */
export async function findReadyPython(candidates: string[]): Promise<PythonProbe | undefined> {
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const probe = await probePython(candidate);
    if (!probe || seen.has(probe.executable)) continue;
    seen.add(probe.executable);
    if (isReady(probe)) return probe;
  }
  return undefined;
}
