// The signature check of 2.6 against a cookie made by real Flask, not by our own idea of it.
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { resign, signedWith, tamper } from '../../lessons/2-sessions/flask-cookie.js';
import { debianPython } from '../helpers.js';

const MAKE_COOKIE = `
import sys
from flask import Flask
app = Flask(__name__)
app.secret_key = sys.argv[1]
serializer = app.session_interface.get_signing_serializer(app)
print(serializer.dumps({"username": "admin"}))
`;

describe('Flask session cookie signatures', () => {
  it('recognises a cookie signed by Flask with the key, and rejects other keys and tampering', async () => {
    const { stdout } = await execa(debianPython, ['-c', MAKE_COOKIE, 'verify-key-1']);
    const cookie = stdout.trim();
    expect(signedWith(cookie, 'verify-key-1')).toBe(true);
    expect(signedWith(cookie, 'another-key')).toBe(false);
    expect(signedWith(tamper(cookie), 'verify-key-1')).toBe(false);
    expect(signedWith(resign(cookie, 'guess'), 'guess')).toBe(true);
    expect(signedWith('an-opaque-session-id', 'verify-key-1')).toBeUndefined();
  });
});
