import type { CliIo } from "./io.js";

/** How progress is shown: a redrawn bar (terminal), plain lines (`--progress` into a log), or not at all. */
export type ProgressMode = "bar" | "lines" | "off";

/** The progress mode for these options: off with --quiet; a bar on a terminal; lines elsewhere only with --progress. */
export function progressMode(io: CliIo, options: { readonly quiet: boolean; readonly progress: boolean }): ProgressMode {
  if (options.quiet) return "off";
  if (io.stderrIsTTY) return "bar";
  return options.progress ? "lines" : "off";
}

/**
 * Progress of a study's replications (or other `units` of work) on standard error. "bar" redraws one line
 * with carriage returns; "lines" writes a whole line at each tenth of the work and at the end (a batch log
 * reads them, with no control characters); "off" writes nothing.
 */
export function progressBar(io: CliIo, mode: ProgressMode, label: string, units = "replications"): { tick(): void; grow(total: number): void; done(): void } {
  let total = 0;
  let done = 0;
  let lastTenth = -1;
  const draw = (): void => {
    if (mode === "bar") {
      const width = 30;
      const filled = total === 0 ? 0 : Math.round((width * done) / total);
      io.stderr(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${units}`);
    } else if (mode === "lines" && total > 0) {
      const tenth = Math.floor((10 * done) / total);
      if (tenth === lastTenth && done < total) return;
      lastTenth = tenth;
      io.stderr(`borderflow: ${label}: ${done}/${total} ${units}\n`);
    }
  };
  return {
    grow: (n) => {
      total += n;
      if (mode === "bar") draw();
    },
    tick: () => {
      done++;
      draw();
    },
    done: () => {
      if (mode === "bar") io.stderr("\n");
    },
  };
}
