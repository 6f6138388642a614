import type { ComparisonResult, StudyResult, SweepResult } from "../study/study-result.js";
import { metricUnit } from "./metric-unit.js";

/** One row of a results table: a metric's estimate for one scenario. */
export interface ResultRow {
  readonly kind: "estimate" | "difference";
  readonly scenario: string;
  /** The swept parameter and its value, for sweeps; empty otherwise. */
  readonly parameter: string;
  readonly value: string;
  /** Dotted path of the metric, such as `directions.kg-to-kz.crossingHours.p95`. */
  readonly metric: string;
  readonly mean: number;
  readonly halfWidth: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
  readonly replications: number;
}

const COLUMNS = ["kind", "scenario", "parameter", "value", "metric", "mean", "halfWidth", "lo", "hi", "replications"] as const;

/** The model of the scenario a row belongs to (a study's `model`); a metric's unit depends on it. */
export type RowModel = "network" | "border";
const GROUPS = ["system", "stations", "classes", "directions"] as const;

function isEstimate(node: unknown): node is { mean: number; halfWidth: number | null; lo: number | null; hi: number | null } {
  return typeof node === "object" && node !== null && typeof (node as { mean?: unknown }).mean === "number";
}

/** Every estimate of a study as rows, depth first in the result's own order (series are not rows). */
export function studyRows(result: StudyResult, parameter = "", value = ""): ResultRow[] {
  const rows: ResultRow[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== "object" || node === null) return;
    if (isEstimate(node)) {
      rows.push({ kind: "estimate", scenario: result.scenario, parameter, value, metric: path, mean: node.mean,
        halfWidth: node.halfWidth, lo: node.lo, hi: node.hi, replications: result.replications });
    }
    for (const [key, child] of Object.entries(node)) if (typeof child === "object") walk(child, `${path}.${key}`);
  };
  for (const group of GROUPS) if (result[group] !== undefined) walk(result[group], group);
  return rows;
}

/** Rows of a comparison: each scenario's estimates, then each paired difference against the first. */
export function comparisonRows(comparison: ComparisonResult): ResultRow[] {
  const replications = comparison.results[0]?.replications ?? 0;
  return [
    ...comparison.results.flatMap((r) => studyRows(r)),
    ...comparison.differences.map((d): ResultRow => ({ kind: "difference", scenario: d.scenario, parameter: "", value: "",
      metric: d.metric, mean: d.mean, halfWidth: d.halfWidth, lo: d.lo, hi: d.hi, replications })),
  ];
}

/**
 * Rows of a sweep: each value's estimates, labelled with the parameter and its value as `--set`
 * takes it (`200`, `fifo`; a text value without JSON's quotes, which a spreadsheet would show).
 */
export function sweepRows(sweep: SweepResult): ResultRow[] {
  return sweep.results.flatMap((r, i) => studyRows(r, sweep.parameter, String(sweep.values[i])));
}

/**
 * A CSV cell a spreadsheet reads as a number (`-3.5`, `+2`, `.5`, `1e-7`): `csvCell` leaves it without a
 * formula guard, and `decimalCommaCsv` writes its point as a comma.
 */
export const READS_AS_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * One CSV cell (RFC 4180 quoting); empty for null or undefined. Shared by every CSV borderflow writes.
 * Text that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
 * return, and is not a plain number) gets a leading apostrophe, as OWASP advises, so a scenario
 * named "=HYPERLINK(...)" stays text; numbers, negative ones included, stay numbers.
 */
export function csvCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  let text = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(text) && !READS_AS_NUMBER.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV (RFC 4180, comma-separated, header first, one metric a row, numbers at full precision,
 * missing intervals as empty cells), ready to open in a spreadsheet. The last column is the metric's
 * unit ("hours", "trucks/day", "time units"...), read from its path and its scenario's model.
 * @throws {RangeError} if a row's scenario has no model in `models`.
 * @example
 * rowsToCsv([], new Map()).split("\n")[0]; // => "kind,scenario,parameter,value,metric,mean,halfWidth,lo,hi,replications,unit"
 */
export function rowsToCsv(rows: readonly ResultRow[], models: ReadonlyMap<string, RowModel>): string {
  const lines = [[...COLUMNS, "unit"].join(",")];
  for (const row of rows) {
    const model = models.get(row.scenario);
    if (model === undefined) throw new RangeError(`rowsToCsv: no model for the scenario of a row, "${row.scenario}"`);
    lines.push([...COLUMNS.map((c) => csvCell(row[c])), csvCell(metricUnit(row.metric, model))].join(","));
  }
  return `${lines.join("\n")}\n`;
}

/** The model of each study in a result, by scenario name: what `rowsToCsv` needs. */
export function modelsOf(results: readonly StudyResult[]): Map<string, RowModel> {
  return new Map(results.map((r) => [r.scenario, r.model]));
}
