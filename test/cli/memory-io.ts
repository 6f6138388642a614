import { readFileSync } from "node:fs";
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";
import { OutputError } from "../../src/cli/output-file.js";

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
    openOutput(path: string, force: boolean) {
      if (written.has(path) && !force) throw new OutputError(`--out ${JSON.stringify(path)} exists; it is not overwritten without --force`, 2);
      return { commit: (text: string) => void written.set(path, text), discard: () => {} };
    },
  };
  return io;
}

/**
 * Standard output of `borderflow ARGS`, run in this process with a memoryIo.
 * @throws {Error} with the CLI's standard error if it exits other than 0.
 */
export async function cliOutput(args: readonly string[]): Promise<string> {
  const io = memoryIo();
  const code = await main([...args], io);
  if (code !== 0) throw new Error(`borderflow ${args.join(" ")} exited ${code}: ${io.err}`);
  return io.out;
}
