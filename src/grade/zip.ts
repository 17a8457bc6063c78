// A .zip submission, unpacked with care: it comes from a student, so an entry that would land
// outside its folder, a link, an encrypted entry or a zip bomb refuses the whole file, with a reason.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

export class ZipRefused extends Error {}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
/** Unix file types in the high bits of an entry's external attributes (made on Unix). */
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;

export interface ZipLimits {
  /** The most the entries may hold once unpacked, together. */
  maxBytes: number;
  maxEntries: number;
}

const DEFAULT_ZIP_LIMITS: ZipLimits = { maxBytes: 64 * 1024 * 1024, maxEntries: 10_000 };

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  directory: boolean;
}

/** Why an entry's name is unsafe, or undefined when it stays inside the folder it is unpacked into. */
function unsafeName(name: string): string | undefined {
  if (name.includes('\\')) return 'uses backslashes (a Windows path)';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path';
  if (name.split('/').some((part) => part === '..')) return 'climbs out of its folder (..)';
  if (name.includes('\0')) return 'holds a NUL character';
  return undefined;
}

function readEntries(zip: Buffer, limits: ZipLimits): Entry[] {
  // The end record sits in the last 22 bytes plus at most a 64 KB comment.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--)
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  if (end < 0) throw new ZipRefused('it is not a zip file (no central directory)');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff)
    throw new ZipRefused('it is a ZIP64 archive, which grade does not read: zip it again without ZIP64');
  if (count > limits.maxEntries) throw new ZipRefused(`it holds ${count} entries, more than ${limits.maxEntries}`);
  const entries: Entry[] = [];
  let total = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_ENTRY) throw new ZipRefused('its central directory is damaged');
    const madeBy = zip.readUInt16LE(at + 4) >> 8;
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const external = zip.readUInt32LE(at + 38);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    const problem = unsafeName(name);
    if (problem) throw new ZipRefused(`its entry "${name}" ${problem}`);
    // Made on Unix (3) or macOS (19): the file type is in the top 16 bits of the attributes.
    const mode = madeBy === 3 || madeBy === 19 ? external >>> 16 : 0;
    const type = mode & S_IFMT;
    if (type === S_IFLNK) throw new ZipRefused(`its entry "${name}" is a symbolic link`);
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) throw new ZipRefused(`its entry "${name}" is not a file or a folder`);
    if (flags & 1) throw new ZipRefused(`its entry "${name}" is encrypted`);
    if (method !== 0 && method !== 8)
      throw new ZipRefused(`its entry "${name}" uses compression method ${method} (only stored and deflate are read)`);
    total += size;
    if (total > limits.maxBytes) throw new ZipRefused(`it unpacks to more than ${Math.round(limits.maxBytes / 1048576)} MB`);
    entries.push({ name, method, flags, compressedSize, size, localOffset, directory: name.endsWith('/') || type === S_IFDIR });
  }
  return entries;
}

function entryData(zip: Buffer, entry: Entry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_ENTRY) throw new ZipRefused(`its entry "${entry.name}" is damaged`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const raw = zip.subarray(start, start + entry.compressedSize);
  let data: Buffer;
  try {
    // maxOutputLength: a bomb whose directory lies about its size still stops at the size it claimed.
    data = entry.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
  } catch {
    throw new ZipRefused(`its entry "${entry.name}" does not unpack`);
  }
  if (data.length !== entry.size) throw new ZipRefused(`its entry "${entry.name}" is not the size its directory says`);
  return data;
}

/**
 * Unpack a zip into `target` (an empty folder of ours) and return the project folder inside it:
 * `target` itself, or the one folder every entry sits in ("alice/app.py" -> target/alice).
 * Every entry is checked before anything is written.
 */
export async function unpackZip(zipPath: string, target: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<string> {
  const zip = await readFile(zipPath);
  const entries = readEntries(zip, limits).filter((entry) => !entry.name.startsWith('__MACOSX/'));
  const files = entries.filter((entry) => !entry.directory).map((entry) => ({ entry, data: entryData(zip, entry) }));
  for (const { entry, data } of files) {
    const path = join(target, ...entry.name.split('/'));
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data, { flag: 'wx' }); // never through anything already there
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ENOTDIR')
        throw new ZipRefused(`its entry "${entry.name}" clashes with another entry of the same name`);
      throw error;
    }
  }
  const tops = new Set(entries.map((entry) => entry.name.split('/')[0]));
  const [top] = tops;
  const oneFolder = tops.size === 1 && top && entries.every((entry) => entry.name.startsWith(`${top}/`));
  return oneFolder ? join(target, top) : target;
}
