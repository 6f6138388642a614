import { rejectionReason } from "../scenario/output/optimization-output.js";
import type { OptimizationResult } from "../scenario/study/optimize/optimization-result.js";
import { tableNumber } from "./format-table.js";
import { terminalSafe } from "./terminal-safe.js";

function decisionsText(decisions: Readonly<Record<string, number>>): string {
  return Object.entries(decisions).map(([p, v]) => `${p}=${v}`).join(", ");
}

/**
 * The answer for a terminal: the recommendation, its metrics with intervals, the guarantee in words, how
 * the space was searched, and the runners-up (control characters in names escaped).
 */
export function optimizationTable(result: OptimizationResult): string {
  const lines: string[] = [];
  if (result.best === null) {
    lines.push(`No configuration of "${result.scenario}" meets the constraints${result.evaluated.some((c) => c.status === "over-budget") ? " within the budget" : ""}.`);
  } else {
    lines.push(`Recommended for "${result.scenario}": ${decisionsText(result.best.decisions)}`);
    lines.push(`  cost ${tableNumber(result.best.cost)}`);
    for (const [m, e] of Object.entries(result.best.metrics)) {
      lines.push(`  ${m}  ${tableNumber(e.mean)}  [${tableNumber(e.lo)}, ${tableNumber(e.hi)}]`);
    }
  }
  lines.push("", `Guarantee: ${result.guarantee.statement}`, `Procedure: ${result.guarantee.procedure}.`, `Search: ${result.search.statement}`, "");
  const others = result.evaluated.filter((c) => c.status !== "chosen");
  const shown = [...others].sort((a, b) => a.cost - b.cost).slice(0, 10);
  if (shown.length > 0) {
    lines.push(`Runners-up (cheapest ${shown.length} of ${others.length}; --format csv lists every configuration):`);
    for (const c of shown) {
      const why = rejectionReason(c);
      lines.push(`  ${decisionsText(c.decisions)}  cost ${tableNumber(c.cost)}  ${why}`);
    }
  }
  return terminalSafe(`${lines.join("\n")}\n`);
}
