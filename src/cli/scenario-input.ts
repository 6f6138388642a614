import { formatProblems, loadScenario, type Scenario } from "../scenario/index.js";
import type { CliArgs } from "./args.js";
import type { CliIo } from "./io.js";
import { InputError } from "./command-context.js";

/** The --set overrides the shorthand options stand for, then the --set options themselves. */
export function overridesOf(args: CliArgs, sets: readonly string[] = args.sets): string[] {
  const out: string[] = [];
  if (args.replications !== undefined) out.push(`replications=${args.replications}`);
  if (args.seed !== undefined) out.push(`seed=${args.seed}`);
  if (args.horizon !== undefined) out.push(`horizon=${args.horizon}`);
  if (args.warmup !== undefined) out.push(`warmup=${JSON.stringify(args.warmup)}`);
  return [...out, ...sets];
}

/** Reads and validates one scenario file with overrides; every problem goes into one InputError. */
export function readScenario(io: CliIo, file: string, overrides: readonly string[]): Scenario {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(`cannot read "${file}": ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : String(code ?? error)}`);
  }
  const loaded = loadScenario(text, file, overrides);
  if (!loaded.ok) throw new InputError(`"${file}" is not a valid scenario:\n${formatProblems(loaded.problems)}`);
  return loaded.scenario;
}

/** Refuses, before any work is done, to overwrite an existing --out file without --force. */
export function checkOut(args: CliArgs, io: CliIo): void {
  if (args.out !== undefined && io.exists(args.out) && !args.force) {
    throw new InputError(`--out "${args.out}" exists; it is not overwritten without --force`);
  }
}

/** Prints to standard output, or writes --out whole (never a partial file). */
export function emit(args: CliArgs, io: CliIo, text: string): void {
  if (args.out === undefined) io.stdout(text);
  else {
    try {
      io.writeFile(args.out, text);
    } catch (error) {
      throw new InputError(`cannot write --out "${args.out}": ${(error as { code?: string }).code ?? String(error)}`);
    }
  }
}
