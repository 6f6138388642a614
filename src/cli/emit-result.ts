import type { CommandContext } from "./command-context.js";
import { emit } from "./scenario-input.js";

/**
 * Prints a command's result, or writes it to --out and then says on standard error what was written
 * where (`borderflow run: wrote CSV, 95 metrics of "baseline" (12,345 bytes) to out.csv`), since
 * nothing else on the terminal shows that the run ended well. --quiet leaves the note out.
 */
export function emitResult(context: CommandContext, text: string, what: string): void {
  const { args, io } = context;
  // The bytes written: --decimal-comma adds a byte-order mark (and quotes) to the text it is given.
  const written = emit(context, text);
  if (args.out !== undefined && !args.quiet) {
    const bytes = new TextEncoder().encode(written).length;
    io.stderr(`borderflow ${args.command}: wrote ${what} (${bytes.toLocaleString("en-US")} bytes) to ${args.out}\n`);
  }
}

/** "table", "CSV" or "JSON", as the note after --out names the format. */
export function formatName(format: "table" | "json" | "csv" | undefined): string {
  return format === "json" ? "JSON" : format === "csv" ? "CSV" : "a table";
}
