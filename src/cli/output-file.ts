import { chmodSync, linkSync, lstatSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from "node:fs";
import { basename, dirname, join, sep } from "node:path";

/** An --out file that cannot be used or written; the CLI prints the message and exits with `exitCode`. */
export class OutputError extends Error {
  override readonly name = "OutputError";
  /** 2 when the destination is refused (bad usage), 1 when writing failed (disk full, I/O error). */
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** A result file reserved before the work starts and put in place whole when it ends. */
export interface PendingOutput {
  /**
   * Writes `text` to the temporary file and puts it in place: without force by a hard link that
   * fails if the name was taken meanwhile, with force by an atomic rename over the old file
   * (whose permissions the new one keeps). The temporary file is gone afterwards, in every case.
   * @throws {OutputError}
   */
  commit(text: string): void;
  /** Removes the temporary file (a study failed or was stopped); harmless after commit. */
  discard(): void;
}

const ERRNO: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on device", EDQUOT: "disk quota exceeded", EACCES: "permission denied", EPERM: "operation not permitted",
  EROFS: "read-only file system", EIO: "input/output error", ENAMETOOLONG: "file name too long", EISDIR: "it is a folder",
  ENOTDIR: "a part of the path is not a folder", ENOENT: "no such file or folder",
};

/** `no space left on device (ENOSPC)` for a Node file-system error. */
export function describeErrno(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string") return error instanceof Error ? error.message : String(error);
  return ERRNO[code] === undefined ? code : `${ERRNO[code]} (${code})`;
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return "a folder";
  if (s.isSymbolicLink()) return "a symbolic link";
  if (s.isFIFO()) return "a FIFO (named pipe)";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "a device";
  if (s.isSocket()) return "a socket";
  return "not a regular file";
}

// Temporary files not yet committed or discarded, removed on exit and on SIGINT, SIGTERM, SIGHUP.
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function removePending(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Die of the same signal, as if no handler had been installed (the shell then reports it as usual).
  process.kill(process.pid, signal);
}

function track(path: string): void {
  if (pending.size === 0) {
    for (const s of SIGNALS) process.on(s, onSignal);
    process.on("exit", removePending);
  }
  pending.add(path);
}

function untrack(path: string): void {
  pending.delete(path);
  if (pending.size === 0) {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.removeListener("exit", removePending);
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return undefined;
    throw new OutputError(`--out ${JSON.stringify(path)}: cannot examine it: ${describeErrno(error)}`, 2);
  }
}

/**
 * Checks an --out destination before any work is done, and reserves a temporary file in the same
 * folder (so the final link or rename stays on one file system). Refuses "", a missing folder, a
 * folder, an existing file without `force`, and with `force` anything but a regular file (a device,
 * a FIFO, a symbolic link).
 * @throws {OutputError} with exit code 2, naming the destination and what is allowed.
 */
export function openOutputFile(path: string, force: boolean): PendingOutput {
  const shown = JSON.stringify(path);
  if (path === "") throw new OutputError('--out "" names no file; give a file name such as result.json', 2);
  // dirname("out/") is ".", so a missing folder written with a trailing slash would pass the checks below
  // and the link into it fail only once the study had run, losing the result.
  if (path.endsWith("/") || path.endsWith(sep)) throw new OutputError(`--out ${shown} ends in "${path.slice(-1)}", so it names a folder; give a file name such as ${JSON.stringify(join(path, "result.json"))}`, 2);
  const folder = dirname(path);
  let folderStats: Stats;
  try {
    folderStats = statSync(folder);
  } catch (error) {
    throw new OutputError(`--out ${shown}: its folder ${JSON.stringify(folder)} cannot be used: ${describeErrno(error)}`, 2);
  }
  if (!folderStats.isDirectory()) throw new OutputError(`--out ${shown}: ${JSON.stringify(folder)} is not a folder`, 2);
  const existing = lstatOrUndefined(path);
  let mode = 0;
  if (existing !== undefined) {
    if (existing.isDirectory()) throw new OutputError(`--out ${shown} is a folder; give a file name inside it`, 2);
    if (!force) throw new OutputError(`--out ${shown} exists; it is not overwritten without --force`, 2);
    if (!existing.isFile()) throw new OutputError(`--out ${shown} is ${kindOf(existing)}; --force replaces only regular files`, 2);
    mode = existing.mode & 0o7777;
  }
  const temporary = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  // Watch for signals before the file exists, so that no moment leaves it behind.
  track(temporary);
  try {
    // Owner-only while it is written; the kept mode is applied just before it replaces the old file.
    writeFileSync(temporary, "", existing === undefined ? { flag: "wx" } : { flag: "wx", mode: 0o600 });
  } catch (error) {
    untrack(temporary);
    throw new OutputError(`--out ${shown}: cannot create a file in ${JSON.stringify(folder)}: ${describeErrno(error)}`, 2);
  }
  let open = true;
  const discard = (): void => {
    if (!open) return;
    open = false;
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
    untrack(temporary);
  };
  return {
    discard,
    commit: (text) => {
      try {
        writeFileSync(temporary, text);
        if (force && existing !== undefined) {
          const now = lstatOrUndefined(path);
          if (now !== undefined && !now.isFile()) throw new OutputError(`--out ${shown} became ${kindOf(now)} while the study ran; --force replaces only regular files`, 2);
          chmodSync(temporary, mode);
        }
        if (force) renameSync(temporary, path);
        else linkInPlace(temporary, path, text);
      } catch (error) {
        if (error instanceof OutputError) throw error;
        throw new OutputError(`cannot write --out ${shown}: ${describeErrno(error)}`, 1);
      } finally {
        discard();
      }
    },
  };
}

function linkInPlace(temporary: string, path: string, text: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "EEXIST") {
      throw new OutputError(`--out ${JSON.stringify(path)} was created by something else while the study ran; it is not overwritten without --force, and this result is not written`, 2);
    }
    // File systems without hard links (FAT, some network shares): create the name exclusively instead.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    try {
      writeFileSync(path, text, { flag: "wx" });
    } catch (inner) {
      if ((inner as { code?: string }).code === "EEXIST") {
        throw new OutputError(`--out ${JSON.stringify(path)} was created by something else while the study ran; it is not overwritten without --force, and this result is not written`, 2);
      }
      throw inner;
    }
  }
}
