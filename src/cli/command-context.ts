import type { CliArgs } from "./args.js";
import type { CliIo } from "./io.js";
import type { PendingOutput } from "./output-file.js";

/** Bad input found while running a command: the CLI prints the message and exits with 2. */
export class InputError extends Error {
  override readonly name = "InputError";
}

/** Everything a command needs besides its arguments. */
export interface CommandContext {
  readonly args: CliArgs;
  readonly io: CliIo;
  /** Worker threads to use: --workers (at most the machine's cores), or the machine's cores. */
  readonly workers: number;
  /** The --out file reserved before the study started, if any; main discards it if the command fails. */
  output?: PendingOutput;
}
