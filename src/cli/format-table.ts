import type { TableRow } from "../scenario/output/table-rows.js";
import { terminalSafe } from "./terminal-safe.js";

/** A number as the terminal tables print it: 4 significant places or so, exponent form below 0.001 or from 1e6, "—" for none. */
export function tableNumber(x: number | null): string {
  if (x === null) return "—";
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 0.001 || abs >= 1e6)) return x.toExponential(3);
  return x.toFixed(abs >= 100 ? 1 : abs >= 1 ? 3 : 4);
}

/**
 * Rows as an aligned plain-text table for a terminal (control characters in names escaped): scenario,
 * metric, unit, mean, ± half-width and the 95% interval; a paired difference reads "seals − baseline"
 * (the base's name when given, else "base").
 */
export function formatTable(rows: readonly TableRow[], base = "base"): string {
  const header = ["scenario", "metric", "unit", "mean", "± 95%", "interval"];
  const body = rows.map((r) => [
    terminalSafe(r.kind === "difference" ? `${r.scenario} − ${base}` : r.parameter === "" ? r.scenario : `${r.parameter}=${r.value}`),
    terminalSafe(r.metric),
    r.unit,
    tableNumber(r.mean),
    r.halfWidth === null ? "—" : tableNumber(r.halfWidth),
    r.lo === null || r.hi === null ? "(1 replication: no interval)" : `[${tableNumber(r.lo)}, ${tableNumber(r.hi)}]`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i >= 3 && i <= 4 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n") + "\n";
}
