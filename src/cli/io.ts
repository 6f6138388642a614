import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

/** What the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when standard error is a terminal (a progress bar is drawn only then). */
  readonly stderrIsTTY: boolean;
  readFile(path: string): string;
  exists(path: string): boolean;
  /** Writes a whole file at once (temporary file, then rename), so a result is never half-written. */
  writeFile(path: string, text: string): void;
}

/** The real process's streams and file system. */
export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
  readFile: (path) => readFileSync(path, "utf8"),
  exists: (path) => existsSync(path),
  writeFile: (path, text) => {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, text, { flag: "wx" });
    renameSync(temporary, path);
  },
};
