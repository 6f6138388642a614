import { directionIds, directionLabel } from "../charts/index.js";
import type { ComparisonResult, DirectionId, StudyResult } from "../../src/scenario/index.js";
import { cutAtZero, digitsFor, formatInterval, formatNumber, type Interval } from "./format-estimate.js";

interface Column {
  readonly heading: string;
  /** The figure for one scenario and direction, or undefined where the result has none. */
  readonly value: (result: StudyResult, direction: DirectionId, comparison: ComparisonResult) => Interval | undefined;
  /** Decimals at least, so hours keep a decimal. */
  readonly least: number;
  /** Whether the figure is a change (written with its sign); a change may be negative, a level may not. */
  readonly signed?: boolean;
}

const columns: readonly Column[] = [
  { heading: "Crossing time (hours)", value: (r, d) => r.directions?.[d].crossingHours, least: 1 },
  {
    heading: "Change against the base (hours)",
    value: (r, d, c) => c.differences.find((x) => x.scenario === r.scenario && x.metric === `directions.${d}.crossingHours`),
    least: 1,
    signed: true,
  },
  { heading: "95th percentile crossing time (hours)", value: (r, d) => r.directions?.[d].crossingHours.p95, least: 1 },
  { heading: "Trucks crossed per day", value: (r, d) => r.directions?.[d].trucksPerDay, least: 0 },
  { heading: "Road queue (trucks)", value: (r, d) => r.directions?.[d].queueTrucks, least: 0 },
];

function cell(document: Document, estimate: Interval | undefined, least: number, signed: boolean): HTMLTableCellElement {
  const td = document.createElement("td");
  if (estimate === undefined) {
    td.textContent = "–";
    return td;
  }
  const digits = digitsFor(estimate, least);
  const mean = formatNumber(estimate.mean, digits, true);
  const value = document.createElement("span");
  value.className = "table-value";
  value.textContent = signed && estimate.mean > 0 ? `+${mean}` : mean;
  // A level (hours, trucks) cannot be negative, though a Student-t interval can reach below zero: cut it there,
  // as the brief and the queue chart do, so the table never shows "−4 to 25" trucks.
  const shown = signed ? estimate : cutAtZero(estimate);
  const interval = document.createElement("span");
  interval.className = "table-interval";
  interval.textContent = formatInterval(shown, digits, true).replace(/^95% CI /, "");
  td.append(value, " ", interval);
  return td;
}

/**
 * The comparison's main figures as a table, one row per scenario and direction: each a mean with its
 * 95% interval under it (a level's interval cut at zero), the change against the base being the paired difference. The charts'
 * numbers in a form that screen readers read and spreadsheets paste.
 */
export function summaryTable(document: Document, comparison: ComparisonResult): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "summary-table";
  const caption = table.createCaption();
  caption.textContent = "Means across replications, with their 95% confidence intervals below them (cut at zero, since a time or a count cannot be negative); the change against the base is the paired difference.";
  const head = table.createTHead().insertRow();
  for (const text of ["Scenario", "Direction", ...columns.map((c) => c.heading)]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  for (const result of comparison.results) {
    directionIds.forEach((direction, i) => {
      const row = body.insertRow();
      if (i === 0) {
        const th = document.createElement("th");
        th.scope = "rowgroup";
        th.rowSpan = directionIds.length;
        th.textContent = result.scenario;
        row.append(th);
      }
      const where = document.createElement("th");
      where.scope = "row";
      where.textContent = directionLabel(direction);
      row.append(where, ...columns.map((c) => cell(document, c.value(result, direction, comparison), c.least, c.signed === true)));
    });
  }
  return table;
}
