// What a lesson move does to one file: plain data that merge.ts and practice-step.ts make and moves/ shows.

/** Relative path (forward slashes) -> content. */
export type FileMap = ReadonlyMap<string, Buffer>;

/** What happens to one file, named as the summary shows it. */
export type Outcome =
  | 'updated' // untouched by the learner: replaced with the lesson's version
  | 'merged' // both changed it, and the changes did not overlap
  | 'added' // new in the lesson
  | 'deleted' // gone in the lesson, untouched by the learner
  | 'kept' // gone in the lesson (or not text), but the learner's copy is kept
  | 'todos' // the learner's own file: the lesson's TODO comment lines inserted, nothing else
  | 'conflict' // overlapping changes, written with conflict markers
  | 'missing'; // the learner deleted a file the lesson changes: not recreated

export interface FileChange {
  path: string;
  outcome: Outcome;
  /** The learner's file as it is now (undefined: absent). */
  current?: Buffer;
  /** What to write; null deletes; undefined leaves the file as it is. */
  write?: Buffer | null;
  /** One line for the learner, for kept and missing. */
  note?: string;
}
