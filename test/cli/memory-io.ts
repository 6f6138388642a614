import { readFileSync } from "node:fs";
import type { CliIo } from "../../src/cli/io.js";

/** A CLI io that reads real files, keeps written files in memory and captures output. */
export function memoryIo(files: Record<string, string> = {}): CliIo & { out: string; err: string; written: Map<string, string> } {
  const written = new Map<string, string>(Object.entries(files));
  const io = {
    out: "",
    err: "",
    written,
    stderrIsTTY: false,
    stdout(text: string) { io.out += text; },
    stderr(text: string) { io.err += text; },
    readFile(path: string) {
      const text = written.get(path);
      return text ?? readFileSync(path, "utf8");
    },
    exists(path: string) { return written.has(path); },
    writeFile(path: string, text: string) { written.set(path, text); },
  };
  return io;
}
