import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { decodeUtf8 } from "../scenario/format/decode-utf8.js";
import { describeErrno, openOutputFile, type PendingOutput } from "./output-file.js";

/** What the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when standard error is a terminal (a progress bar is drawn only then). */
  readonly stderrIsTTY: boolean;
  /**
   * Reads a whole file as UTF-8.
   * @throws an error with `code` ENOENT, EISDIR, ... or EILSEQ (not UTF-8; its message gives the byte offset).
   */
  readFile(path: string): string;
  /**
   * Checks an --out destination before work starts and reserves it; the result is put in place
   * whole by `commit`, or the reservation dropped by `discard`.
   * @throws {OutputError} naming the destination and what is allowed.
   */
  openOutput(path: string, force: boolean): PendingOutput;
}

/** A file that is not UTF-8, with the offset of its first bad byte in the message. */
export class NotUtf8Error extends Error {
  override readonly name = "NotUtf8Error";
  readonly code = "EILSEQ";
}

/** A file larger than borderflow reads. */
export class TooLargeError extends Error {
  override readonly name = "TooLargeError";
  readonly code = "EFBIG";
}

/**
 * The most bytes borderflow reads from one file: about the longest string JavaScript holds (2^29 - 24
 * characters), so no larger file could be read as text anyway.
 */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/**
 * A file's bytes, at most MAX_INPUT_BYTES: a device that never ends (/dev/zero, /dev/urandom) or
 * a huge file is refused once that much is read, not read until the memory runs out.
 * @throws {TooLargeError} past the limit; the file system's errors (ENOENT, EISDIR ...) as they are.
 */
function readBounded(path: string): Buffer {
  const tooLarge = (): TooLargeError =>
    new TooLargeError(`larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, the most borderflow reads from a file (is it a device, such as /dev/zero?)`);
  const fd = openSync(path, "r");
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > MAX_INPUT_BYTES) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // A regular file's size (+1 to see its end) in one read; 1 MiB at a time from a device, a pipe or /proc (size 0).
      const chunk = Buffer.allocUnsafe(stat.isFile() && stat.size > 0 ? Math.min(stat.size + 1, 1 << 20) : 1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT_BYTES) throw tooLarge();
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

let streamsGuarded = false;

/**
 * A closed pipe (`borderflow run ... | head -c 10`) ends the process quietly; another write error
 * on standard output (a full disk) ends it with one line. Both exit with 1, never a stack trace.
 */
function guardStreams(): void {
  if (streamsGuarded) return;
  streamsGuarded = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") process.stderr.write(`borderflow: cannot write the result to standard output: ${describeErrno(error)}\n`);
    process.exit(1);
  });
  process.stderr.on("error", () => {
    // Nowhere left to say anything.
  });
}

/** The real process's streams and file system. */
export const processIo: CliIo = {
  stdout: (text) => {
    guardStreams();
    process.stdout.write(text);
  },
  stderr: (text) => {
    guardStreams();
    process.stderr.write(text);
  },
  stderrIsTTY: process.stderr.isTTY === true,
  readFile: (path) => {
    const decoded = decodeUtf8(readBounded(path));
    if (!decoded.ok) throw new NotUtf8Error(decoded.message);
    return decoded.text;
  },
  openOutput: openOutputFile,
};
