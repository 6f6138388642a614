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
