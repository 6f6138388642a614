import type { Estimate } from "../../stats/index.js";
import { csvCell as cell } from "./result-csv.js";
import type { EvaluatedConfiguration, OptimizationResult } from "../study/optimize/optimization-result.js";


/**
 * Every evaluated configuration as CSV, one row each (a spreadsheet's natural shape): its decisions,
 * cost, feasibility, status, the replication at which it was eliminated, replications run, and each
 * reported metric's mean and 95% interval.
 * @example
 * optimizationCsv(result).split("\n")[0]; // => "configuration,stations.0.servers,cost,feasible,status,eliminatedAt,replications,failed,..."
 */
export function optimizationCsv(result: OptimizationResult): string {
  const first = result.evaluated[0];
  const paths = first === undefined ? [] : Object.keys(first.decisions);
  const metrics = first === undefined ? [] : Object.keys(first.metrics);
  const header = ["configuration", ...paths, "cost", "feasible", "status", "eliminatedAt", "replications", "failed",
    ...metrics.flatMap((m) => [`${m}.mean`, `${m}.lo`, `${m}.hi`])];
  const lines = [header.map(cell).join(",")];
  result.evaluated.forEach((c, i) => {
    lines.push([
      i, ...paths.map((p) => c.decisions[p]), c.cost, c.feasible, c.status, c.eliminatedAt, c.replications, c.failed.join("; "),
      ...metrics.flatMap((m) => {
        const e = c.metrics[m] as Estimate;
        return [e.mean, e.lo, e.hi];
      }),
    ].map(cell).join(","));
  });
  return `${lines.join("\n")}\n`;
}

function num(x: number | null): string {
  if (x === null) return "—";
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 0.001 || abs >= 1e6)) return x.toExponential(3);
  return x.toFixed(abs >= 100 ? 1 : abs >= 1 ? 3 : 4);
}

function decisionsText(decisions: Readonly<Record<string, number>>): string {
  return Object.entries(decisions).map(([p, v]) => `${p}=${v}`).join(", ");
}

const REASONS: Record<string, string> = {
  infeasible: "infeasible",
  dearer: "feasible but dearer",
  "over-budget": "over the budget",
  eliminated: "eliminated",
  "not-separated": "not separated from the chosen one by the replication cap",
  "not-finalist": "run by the search, not kept as a finalist",
};

/**
 * Why a configuration was not chosen, in words (the terminal table and the dashboard say the same).
 * @example rejectionReason({ status: "eliminated", eliminatedAt: 14, failed: [] }); // => "eliminated at replication 14"
 */
export function rejectionReason(c: Pick<EvaluatedConfiguration, "status" | "failed" | "eliminatedAt">): string {
  return c.status === "infeasible" ? `infeasible: ${c.failed.join("; ")}`
    : c.status === "eliminated" ? `eliminated at replication ${c.eliminatedAt}`
    : REASONS[c.status] ?? c.status;
}

/** The answer for a terminal: the recommendation, its metrics with intervals, the guarantee in words, how the space was searched, and the runners-up. */
export function optimizationTable(result: OptimizationResult): string {
  const lines: string[] = [];
  if (result.best === null) {
    lines.push(`No configuration of "${result.scenario}" meets the constraints${result.evaluated.some((c) => c.status === "over-budget") ? " within the budget" : ""}.`);
  } else {
    lines.push(`Recommended for "${result.scenario}": ${decisionsText(result.best.decisions)}`);
    lines.push(`  cost ${num(result.best.cost)}`);
    for (const [m, e] of Object.entries(result.best.metrics)) {
      lines.push(`  ${m}  ${num(e.mean)}  [${num(e.lo)}, ${num(e.hi)}]`);
    }
  }
  lines.push("", `Guarantee: ${result.guarantee.statement}`, `Procedure: ${result.guarantee.procedure}.`, `Search: ${result.search.statement}`, "");
  const others = result.evaluated.filter((c) => c.status !== "chosen");
  const shown = [...others].sort((a, b) => a.cost - b.cost).slice(0, 10);
  if (shown.length > 0) {
    lines.push(`Runners-up (cheapest ${shown.length} of ${others.length}; --format csv lists every configuration):`);
    for (const c of shown) {
      const why = rejectionReason(c);
      lines.push(`  ${decisionsText(c.decisions)}  cost ${num(c.cost)}  ${why}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
