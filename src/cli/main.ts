import { availableParallelism } from "node:os";
import { parseArgs, UsageError, type CliArgs } from "./args.js";
import { processIo, type CliIo } from "./io.js";
import { OutputError } from "./output-file.js";
import { runCompare, runMerge, runRun, runSweep } from "./study-commands.js";
import { runTheory, runValidate } from "./check-commands.js";
import { runFitArrivals, runFitService } from "./fit-commands.js";
import { runCheck } from "./observed-command.js";
import { runSensitivity, runUncertainty } from "./analysis-commands.js";
import { InputError, type CommandContext } from "./command-context.js";
import { runOptimize } from "./optimize-command.js";
import { terminalSafe } from "./terminal-safe.js";
import { commandUsage, generalUsage } from "./usage.js";

/** Worker threads for --workers N: at most what the machine can run at once, with a note when fewer than asked. */
function workerCount(args: CliArgs, io: CliIo): number {
  const cores = Math.max(1, availableParallelism());
  if (args.workers === undefined) return cores;
  if (args.workers > cores) {
    io.stderr(`borderflow: --workers ${args.workers} is more than the ${cores} threads this machine can run at once; using ${cores}\n`);
    return cores;
  }
  return args.workers;
}

async function dispatch(context: CommandContext): Promise<number> {
  switch (context.args.command) {
    case "run": return runRun(context);
    case "compare": return runCompare(context);
    case "sweep": return runSweep(context);
    case "merge": return runMerge(context);
    case "theory": return runTheory(context);
    case "validate": return runValidate(context);
    case "optimize": return runOptimize(context);
    case "fit": return context.args.subcommand === "arrivals" ? runFitArrivals(context) : runFitService(context);
    case "check": return runCheck(context);
    case "sensitivity": return runSensitivity(context);
    case "uncertainty": return runUncertainty(context);
  }
}

/**
 * Runs the CLI and returns its exit code: 0 success, 2 bad usage or bad input, 1 anything else.
 * Never throws and never prints a stack trace for bad input. Whatever goes to standard error, and
 * table output, has its control characters escaped, so no name in a file can drive the terminal.
 */
export async function main(argv: readonly string[], rawIo: CliIo = processIo): Promise<number> {
  const io: CliIo = { ...rawIo, stderr: (text) => rawIo.stderr(terminalSafe(text)) };
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`borderflow: ${error.message}\nRun "borderflow --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    io.stdout(argv.length <= 1 ? generalUsage() : commandUsage(args.command));
    return 0;
  }
  const context: CommandContext = { args, io, workers: workerCount(args, io) };
  try {
    return await dispatch(context);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      io.stderr(`borderflow ${args.command}${args.subcommand === undefined ? "" : ` ${args.subcommand}`}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof OutputError) {
      io.stderr(`borderflow ${args.command}: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`borderflow ${args.command}: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  } finally {
    context.output?.discard();
  }
}
