import { cpus } from "node:os";
import { parseArgs, UsageError, type CliArgs } from "./args.js";
import { processIo, type CliIo } from "./io.js";
import { runCompare, runMerge, runRun, runSweep } from "./study-commands.js";
import { runTheory, runValidate } from "./check-commands.js";
import { InputError, type CommandContext } from "./command-context.js";
import { runOptimize } from "./optimize-command.js";
import { commandUsage, generalUsage } from "./usage.js";

/**
 * Runs the CLI and returns its exit code: 0 success, 2 bad usage or bad input, 1 anything else.
 * Never throws and never prints a stack trace for bad input.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
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
  const context: CommandContext = { args, io, workers: args.workers ?? Math.max(1, cpus().length) };
  try {
    switch (args.command) {
      case "run": return await runRun(context);
      case "compare": return await runCompare(context);
      case "sweep": return await runSweep(context);
      case "merge": return await runMerge(context);
      case "theory": return runTheory(context);
      case "validate": return runValidate(context);
      case "optimize": return await runOptimize(context);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      io.stderr(`borderflow ${args.command}: ${error.message}\n`);
      return 2;
    }
    io.stderr(`borderflow ${args.command}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
