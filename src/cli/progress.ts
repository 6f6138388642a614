import type { CliIo } from "./io.js";

/** A progress bar on standard error when it is a terminal and not --quiet; otherwise it prints nothing. */
export function progressBar(io: CliIo, quiet: boolean, label: string): { tick(): void; grow(total: number): void; done(): void } {
  let total = 0;
  let done = 0;
  const active = io.stderrIsTTY && !quiet;
  const draw = (): void => {
    if (!active) return;
    const width = 30;
    const filled = total === 0 ? 0 : Math.round((width * done) / total);
    io.stderr(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} replications`);
  };
  return {
    grow: (n) => {
      total += n;
      draw();
    },
    tick: () => {
      done++;
      draw();
    },
    done: () => {
      if (active) io.stderr("\n");
    },
  };
}
