// What came from a learner's app or a submission (its output, its folder names, the pages it
// served, the files it wrote) is shown and read here, never trusted: shown with every control
// character escaped, and read from disk without following its links or waiting on its FIFOs.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * C0 controls but newline and tab (ESC starts every terminal sequence: OSC 52 sets the
 * clipboard, CSI 2K rewrites a line), DEL, C1 controls (U+009B is a CSI of its own), and the
 * Unicode bidi overrides and isolates that reorder what a line appears to say.
 */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` safe to print on a terminal or write into CSV, JSON or HTML: each control character
 * shown as `\xNN` (or `\u{NNNN}`), so it is seen and never acted on. CRLF becomes a newline.
 * Idempotent (backslashes are left alone), so text escaped twice reads the same.
 */
export function escapeUntrusted(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/**
 * The bytes of a file the app could have touched, read safely from the host: the last part of
 * the path is never followed when it is a link (O_NOFOLLOW), a FIFO or device never blocks
 * (O_NONBLOCK) and is refused, as is anything but a regular file. undefined when there is no
 * such regular file, or it is larger than `maxBytes`.
 */
export function readUntrustedFile(path: string, maxBytes: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > maxBytes) return undefined;
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, stats.size + 1));
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read)
      read = readSync(fd, buffer, length, buffer.length - length, null);
    return length > maxBytes ? undefined : buffer.subarray(0, length);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
