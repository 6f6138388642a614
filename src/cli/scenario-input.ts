import { dirname, isAbsolute, join } from "node:path";
import { decimalCommaCsv, formatProblems, loadScenario, type LoadResult, type Scenario } from "../scenario/index.js";
import type { CliArgs } from "./args.js";
import type { CliIo } from "./io.js";
import { InputError, type CommandContext } from "./command-context.js";
import { describeErrno } from "./output-file.js";

/** The --set overrides the shorthand options stand for, then the --set options themselves. */
export function overridesOf(args: CliArgs, sets: readonly string[] = args.sets): string[] {
  const out: string[] = [];
  if (args.replications !== undefined) out.push(`replications=${args.replications}`);
  if (args.seed !== undefined) out.push(`seed=${args.seed}`);
  if (args.horizon !== undefined) out.push(`horizon=${args.horizon}`);
  if (args.warmup !== undefined) out.push(`warmup=${JSON.stringify(args.warmup)}`);
  return [...out, ...sets];
}

/** Why a file cannot be read, in words: `no such file`, `it is a directory`, `not valid UTF-8 at byte offset 7 (0xff)`. */
export function readProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if ((code === "EILSEQ" || code === "EFBIG") && error instanceof Error) return error.message;
  // In words, with the code: "permission denied (EACCES)", "input/output error (EIO)".
  return describeErrno(error);
}

/** Reads a file as text for a command; an unreadable file is an InputError naming it. */
export function readText(io: CliIo, file: string, what = ""): string {
  try {
    return io.readFile(file);
  } catch (error) {
    throw new InputError(`cannot read ${what}"${file}": ${readProblem(error)}`);
  }
}

/** Reads and validates one scenario file with overrides; every problem goes into one InputError. */
export function readScenario(io: CliIo, file: string, overrides: readonly string[]): Scenario {
  const loaded = loadScenario(readText(io, file), file, overrides);
  if (!loaded.ok) throw new InputError(`"${file}" is not a valid scenario:\n${problemsText(loaded)}`);
  return loaded.scenario;
}

/** The problems of a failed load, one a line, and a note when checks across fields are still to come. */
export function problemsText(loaded: Extract<LoadResult, { ok: false }>): string {
  const note = loaded.checksPending === true ? "\n(checks across fields, such as unknown ids and sums of shares, run once these are fixed)" : "";
  return `${formatProblems(loaded.problems)}${note}`;
}

/**
 * Checks --out before any work is done and reserves it: refuses "", a missing folder, a folder, an
 * existing file without --force, and with --force anything but a regular file.
 */
export function checkOut(context: CommandContext): void {
  const { args, io } = context;
  if (args.out !== undefined && context.output === undefined) context.output = io.openOutput(args.out, args.force);
}

/**
 * Prints to standard output, or puts the --out file in place whole (never a partial or clobbered file).
 * A result is shaped as --decimal-comma asks; a scenario written by `fit --into` is JSON whatever --format.
 * Returns the text written.
 */
export function emit(context: CommandContext, text: string, what: "result" | "scenario" = "result"): string {
  const shaped = what === "result" ? shapedResult(context, text) : text;
  if (context.output === undefined) context.io.stdout(shaped);
  else context.output.commit(shaped);
  return shaped;
}

/**
 * A command's result as --decimal-comma asks (it is only accepted with --format csv): semicolons, decimal
 * commas and a byte-order mark; otherwise the text as it is. Every CSV result passes here (through `emit`).
 */
export function shapedResult(context: CommandContext, text: string): string {
  return context.args.decimalComma ? decimalCommaCsv(text) : text;
}

/**
 * The scenario file a study names, as read: relative to the study file's folder, or as written when
 * absolute (joining an absolute path onto the folder, /data/x.json would become ./data/x.json). Here,
 * in the CLI, not beside the study loader: the dashboard loads that, and the browser has no node:path.
 * @example
 * studyScenarioFile("studies/a.study.json", "../scenarios/mmc.json"); // => "scenarios/mmc.json"
 */
export function studyScenarioFile(studyFile: string, scenario: string): string {
  return isAbsolute(scenario) ? scenario : join(dirname(studyFile), scenario);
}
