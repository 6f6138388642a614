import { comparisonRows, rowsToCsv, sweepRows, type ComparisonResult, type SweepResult } from "../../src/scenario/index.js";

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
  return { name: "borderflow-comparison.csv", type: "text/csv", text: rowsToCsv(comparisonRows(comparison)) };
}

/** The comparison as `borderflow compare ... --format json` writes it. */
export function comparisonJsonFile(comparison: ComparisonResult): DownloadFile {
  return { name: "borderflow-comparison.json", type: "application/json", text: cliJson(comparison) };
}

/** The sweep as `borderflow sweep ... --format csv` writes it. */
export function sweepCsvFile(sweep: SweepResult): DownloadFile {
  return { name: "borderflow-sweep.csv", type: "text/csv", text: rowsToCsv(sweepRows(sweep)) };
}

/** The sweep as `borderflow sweep ... --format json` writes it. */
export function sweepJsonFile(sweep: SweepResult): DownloadFile {
  return { name: "borderflow-sweep.json", type: "application/json", text: cliJson(sweep) };
}
