import { metricUnit } from "./metric-unit.js";
import { selectMetrics } from "./metric-filter.js";
import type { ResultRow, RowModel } from "./result-csv.js";

export type { RowModel } from "./result-csv.js";

/** A result row as a terminal table shows it: with its unit. */
export interface TableRow extends ResultRow {
  /** Such as "hours", "trucks/day", "time units"; "" when unknown. */
  readonly unit: string;
}

/** Which rows a table shows: `--metric` patterns (any), or every row (`--all`), else the headline metrics. */
export interface TableChoice {
  readonly patterns: readonly string[];
  readonly all: boolean;
}

/** The rows a table shows and how many it leaves out, or why a `--metric` pattern selects nothing. */
export type TableSelection =
  | { readonly ok: true; readonly rows: readonly TableRow[]; readonly hidden: number; readonly headline: boolean }
  | { readonly ok: false; readonly problems: readonly string[] };

const BORDER_HEADLINE = ["crossingHours", "trucksPerDay", "queueTrucks", "queueKm"];

/**
 * True for the metrics a table leads with: per direction of a border scenario the mean crossing time
 * (hours), trucks crossed (trucks/day) and road queue (trucks and km); for a network scenario the
 * time in system and waiting time, the number in system, the throughput and each station's utilisation.
 * @example
 * isHeadlineMetric("directions.kz-to-kg.queueKm", "border"); // => true
 * isHeadlineMetric("stations.kz-xray.utilization", "border"); // => false
 */
export function isHeadlineMetric(path: string, model: RowModel): boolean {
  const parts = path.split(".");
  if (model === "border") return parts.length === 3 && parts[0] === "directions" && BORDER_HEADLINE.includes(parts[2] as string);
  if (parts.length === 2 && parts[0] === "system") return ["timeInSystem", "waitInQueue", "inSystem", "throughput"].includes(parts[1] as string);
  return parts.length === 3 && parts[0] === "stations" && parts[2] === "utilization";
}

/**
 * The rows of a terminal table, each with its unit. With `--metric` patterns: the matching rows, in
 * their order (a pattern that matches nothing is a problem). With `--all`: every row. Otherwise the
 * headline metrics only, grouped by metric: for each, the first scenario's estimate, then the other
 * estimates (sweep values; in a comparison only the first scenario's level is shown), then the paired
 * differences. `hidden` counts the rows left out.
 * @example
 * tableRows(rows, () => "network", { patterns: [], all: true }).ok; // => true
 */
export function tableRows(rows: readonly ResultRow[], modelOf: (scenario: string) => RowModel, choice: TableChoice): TableSelection {
  const withUnit = (r: ResultRow): TableRow => ({ ...r, unit: metricUnit(r.metric, modelOf(r.scenario)) });
  if (choice.patterns.length > 0) {
    const selection = selectMetrics(choice.patterns, [...new Set(rows.map((r) => r.metric))]);
    if (!selection.ok) return selection;
    const keep = new Set(selection.metrics);
    const selected = rows.filter((r) => keep.has(r.metric));
    return { ok: true, rows: selected.map(withUnit), hidden: rows.length - selected.length, headline: false };
  }
  if (choice.all) return { ok: true, rows: rows.map(withUnit), hidden: 0, headline: false };
  const isComparison = rows.some((r) => r.kind === "difference");
  const first = rows[0]?.scenario;
  const shown = rows.filter((r) =>
    isHeadlineMetric(r.metric, modelOf(r.scenario)) && !(isComparison && r.kind === "estimate" && r.scenario !== first));
  const order = [...new Set(shown.map((r) => r.metric))];
  const grouped = order.flatMap((metric) => shown.filter((r) => r.metric === metric));
  return { ok: true, rows: grouped.map(withUnit), hidden: rows.length - grouped.length, headline: true };
}
