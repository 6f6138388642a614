import type { ObservedCheck } from "../study/check-observed.js";
import { fourDigits as num } from "./four-digits.js";
import { csvCell } from "./result-csv.js";

/** The columns of `check`'s table: the quantile, the observed value, the simulated one with its interval, and where the observed one lies. */
export const CHECK_TABLE_HEADER: readonly string[] = ["quantile", "observed", "simulated [95% prediction interval]", ""];

/**
 * The rows of `check`'s table, as it prints them: one per compared quantile (`p50`, `2.006 h`,
 * `2.262 h [0.6003, 8.526]`, and `below` or `above` when the observed value lies outside the
 * interval), then the means with their difference and its interval. The CLI pads them into a text
 * table, the dashboard puts them in an HTML table.
 */
export function checkRows(c: ObservedCheck): string[][] {
  const rows = c.quantiles.map((q) => [
    `p${Math.round(q.p * 100)}`,
    `${num(q.observed)} h`,
    `${num(q.simulated.mean)} h [${num(q.simulated.lo as number)}, ${num(q.simulated.hi as number)}]`,
    q.position === "inside" ? "" : q.position,
  ]);
  rows.push([
    "mean",
    `${num(c.observed.mean)} h`,
    `${num(c.simulated.mean)} h; difference ${num(c.meanDifference.mean)} [${num(c.meanDifference.lo as number)}, ${num(c.meanDifference.hi as number)}]`,
    "",
  ]);
  return rows;
}

/**
 * What was compared, in one line: `baseline, kg-to-kz, crossingHours: 1809 observed trucks, 19
 * replications (about 1848 trucks each)`.
 */
export function checkHeadline(c: ObservedCheck): string {
  return `${c.scenario}, ${c.direction}, ${c.metric}: ${c.observed.n} observed trucks, ${c.simulated.replications} replications (about ${Math.round(c.simulated.meanPerReplication)} trucks each)`;
}

/** `check`'s table output: the headline, the verdict, a blank line, and the rows padded into columns. */
export function checkTable(c: ObservedCheck): string {
  const rows = checkRows(c);
  const widths = CHECK_TABLE_HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]): string => cells.map((x, i) => x.padEnd(widths[i] as number)).join("  ").trimEnd();
  return `${checkHeadline(c)}\n${c.verdict}\n\n${[line(CHECK_TABLE_HEADER), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")}\n`;
}

/** `check --format csv`: a row per quantile, then the mean difference and the test, numbers at full precision. */
export function checkCsv(c: ObservedCheck): string {
  const lines = ["quantity,p,observed,simulated,lo,hi,position"];
  for (const q of c.quantiles) lines.push(["quantile", q.p, q.observed, q.simulated.mean, q.simulated.lo, q.simulated.hi, q.position].map(csvCell).join(","));
  lines.push(["meanDifference", "", c.observed.mean, c.simulated.mean, c.meanDifference.lo, c.meanDifference.hi, ""].map(csvCell).join(","));
  lines.push(["test", c.test.p, c.test.statistic, "", "", "", c.consistent ? "consistent" : "rejected"].map(csvCell).join(","));
  return `${lines.join("\n")}\n`;
}

/** `check --format json`: the whole comparison, two-space indented. */
export function checkJson(c: ObservedCheck): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}
