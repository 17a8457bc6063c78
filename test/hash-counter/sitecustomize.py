"""Counts password hashes for test/security.test.ts, which puts this folder on PYTHONPATH.

Python imports sitecustomize at start, before the app: every call of hashlib's
key-derivation functions (what Werkzeug's password hashes run) then appends a line
to the file FLASH_LOGIN_TEST_HASH_LOG names. The line is written before the app
answers, so a test that reads the file after an answer sees every hash it caused.
"""
import hashlib
import os

LOG = os.environ.get("FLASH_LOGIN_TEST_HASH_LOG")


def counted(name):
    real = getattr(hashlib, name)

    def wrapper(*args, **kwargs):
        with open(LOG, "a") as log:
            log.write(name + "\n")
        return real(*args, **kwargs)

    return wrapper


if LOG:
    for name in ("pbkdf2_hmac", "scrypt"):
        if hasattr(hashlib, name):
            setattr(hashlib, name, counted(name))
