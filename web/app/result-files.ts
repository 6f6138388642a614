import { comparisonRows, csvCell, modelsOf, rowsToCsv, sweepRows, type ComparisonResult, type SweepResult } from "../../src/scenario/index.js";
import type { SweepGrid } from "../charts/index.js";

/** A file the page offers for download. */
export interface DownloadFile {
  /** File name with its extension, such as `borderflow-comparison.csv`. */
  readonly name: string;
  /** MIME type, such as `text/csv`. */
  readonly type: string;
  readonly text: string;
}

/** JSON as the CLI's `--format json` writes it: two-space indent, a final newline. */
function cliJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The comparison as `borderflow compare ... --format csv` writes it: one row per estimate and per paired difference. */
export function comparisonCsvFile(comparison: ComparisonResult): DownloadFile {
  return { name: "borderflow-comparison.csv", type: "text/csv", text: rowsToCsv(comparisonRows(comparison), modelsOf(comparison.results)) };
}

/** The comparison as `borderflow compare ... --format json` writes it. */
export function comparisonJsonFile(comparison: ComparisonResult): DownloadFile {
  return { name: "borderflow-comparison.json", type: "application/json", text: cliJson(comparison) };
}

/** The sweep as `borderflow sweep ... --format csv` writes it. */
export function sweepCsvFile(sweep: SweepResult): DownloadFile {
  return { name: "borderflow-sweep.csv", type: "text/csv", text: rowsToCsv(sweepRows(sweep), modelsOf(sweep.results)) };
}

/** The sweep as `borderflow sweep ... --format json` writes it. */
export function sweepJsonFile(sweep: SweepResult): DownloadFile {
  return { name: "borderflow-sweep.json", type: "application/json", text: cliJson(sweep) };
}

/**
 * A two-lever sweep as CSV: the second lever's path and value, then each row `borderflow sweep FILE
 * --set FIRST=V1,... --set SECOND=value --format csv` writes for that value.
 */
export function sweepGridCsvFile(grid: SweepGrid): DownloadFile {
  const blocks = grid.sweeps.map((sweep) => rowsToCsv(sweepRows(sweep), modelsOf(sweep.results)).trimEnd().split("\n"));
  const header = `parameter2,value2,${blocks[0]?.[0] ?? ""}`;
  const lines = blocks.flatMap((lines, r) => lines.slice(1).map((line) => `${csvCell(grid.rows.parameter)},${csvCell(grid.rows.values[r])},${line}`));
  return { name: "borderflow-sweep-grid.csv", type: "text/csv", text: `${[header, ...lines].join("\n")}\n` };
}

/** A two-lever sweep as JSON: both levers, and per value of the second the JSON `borderflow sweep` writes. */
export function sweepGridJsonFile(grid: SweepGrid): DownloadFile {
  return { name: "borderflow-sweep-grid.json", type: "application/json", text: cliJson(grid) };
}
