import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeUntrusted, readUntrustedFile } from '../../src/shared/untrusted.js';

describe('escapeUntrusted', () => {
  it('shows every control character escaped: ESC sequences, BEL, CR, C1 CSI, bidi overrides', () => {
    const shown = escapeUntrusted('\x1b]52;c;ZXZpbA==\x07\r\x1b[2K\x9b31m\u202e✓ mallory 19/19');
    expect(shown).toBe('\\x1b]52;c;ZXZpbA==\\x07\\x0d\\x1b[2K\\x9b31m\\u{202e}✓ mallory 19/19');
    expect(shown).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });

  it('keeps newlines, tabs and text, turns CRLF into a newline, and is idempotent', () => {
    expect(escapeUntrusted('a\tb\r\nc\n中文')).toBe('a\tb\nc\n中文');
    const once = escapeUntrusted('x\x1by\\x1b');
    expect(escapeUntrusted(once)).toBe(once);
  });
});

describe('readUntrustedFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'untrusted-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a regular file within its cap', () => {
    writeFileSync(join(dir, 'a.py'), 'import flask\n');
    expect(readUntrustedFile(join(dir, 'a.py'), 100)?.toString()).toBe('import flask\n');
    expect(readUntrustedFile(join(dir, 'a.py'), 5)).toBeUndefined();
  });

  it('never follows a link, never waits on a FIFO, never reads a device', () => {
    symlinkSync('/dev/zero', join(dir, 'zz.py'));
    symlinkSync(join(dir, 'a.py'), join(dir, 'link.py'));
    execFileSync('mkfifo', [join(dir, 'fifo.db')]);
    expect(readUntrustedFile(join(dir, 'zz.py'), 1 << 20)).toBeUndefined();
    expect(readUntrustedFile(join(dir, 'link.py'), 1 << 20)).toBeUndefined();
    expect(readUntrustedFile(join(dir, 'fifo.db'), 1 << 20)).toBeUndefined();
    expect(readUntrustedFile('/dev/zero', 1 << 20)).toBeUndefined();
    expect(readUntrustedFile(join(dir, 'missing'), 1 << 20)).toBeUndefined();
  });
});
