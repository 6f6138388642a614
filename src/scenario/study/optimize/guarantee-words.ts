import type { OptimizationStudy } from "../../format/optimization-study-schema.js";
import type { SearchSummary } from "./optimization-result.js";

/** The procedures behind an optimisation's answer, in one line (`guarantee.procedure`). */
export function procedureName(study: OptimizationStudy, alphaFeasibility: number, alphaChoice: number, search: SearchSummary): string {
  const parts: string[] = [];
  if (search.method === "neighbourhood") {
    parts.push(`finalists from a multi-start neighbourhood search of the decision lattice (a heuristic, no guarantee), judged on fresh replications`);
  }
  if (alphaFeasibility > 0) parts.push(`feasibility by a first-stage one-sided interval, then Stein's two-stage rule, per constraint (Bonferroni, total alpha ${alphaFeasibility})`);
  if (alphaChoice > 0) parts.push(`selection by Kim and Nelson's KN (alpha ${alphaChoice})`);
  if (study.cost !== undefined && study.objective === "min-cost") parts.push("deterministic cost");
  return parts.join("; ") + "; common random numbers";
}

/**
 * What the answer promises, in plain words (`guarantee.statement`): after a search, that the promise
 * holds among the finalists only, and that the search itself promises nothing.
 */
export function guaranteeStatement(study: OptimizationStudy, alphaFeasibility: number, alphaChoice: number, weakened: boolean, search: SearchSummary): string {
  const confidence = `${Math.round((1 - study.alpha) * 1000) / 10}%`;
  const searched = search.method === "neighbourhood";
  const one = searched ? "finalist" : "configuration";
  const parts: string[] = [];
  if (alphaFeasibility > 0) parts.push(`every ${one} whose constraint means are at least their tolerance from the limits is judged feasible or not correctly`);
  if (alphaChoice > 0) {
    // Kim and Nelson's promise is an indifference-zone one: the best is chosen when it is better than every
    // other by at least the indifference; nothing is promised of the choice when the best is closer than that.
    parts.push(study.objective === "min-cost" && study.costMetric === undefined
      ? `among equally cheap feasible ${one}s the best on the first constraint is chosen if it beats the others by at least that constraint's tolerance`
      : `the best ${searched ? "feasible finalist" : "feasible configuration"} is chosen if its objective beats every other's by at least ${study.indifference}`);
  }
  const core = parts.length === 0 ? `the answer is exact${searched ? " among the finalists" : ""} (no statistical step)` : `with probability at least ${confidence}, ${parts.join(", and ")}`;
  const promise = `${core} (normal replication means assumed${weakened ? "; WEAKENED: the replication cap stopped a procedure before it could keep this promise; raise maxReplications" : ""}).`;
  if (!searched) return promise;
  return `${promise} This holds among the ${search.finalists} finalists only: a neighbourhood search ran ${search.visited} of the ${search.space} configurations and chose them, and the search is a heuristic with no guarantee, so the best configuration of the whole space may be one it never ran${search.capped ? " (and it stopped at its cap of maxConfigurations)" : ""}.`;
}

/** How the space was searched, in plain words (`search.statement`). */
export function searchStatement(study: OptimizationStudy, search: Omit<SearchSummary, "statement">): string {
  if (search.method === "whole") return `Every one of the ${search.space} configurations was run (${search.replications} replications).`;
  const cap = search.capped
    ? ` It stopped at its cap: it would have run more than maxConfigurations (${study.maxConfigurations}) configurations; raise maxConfigurations to let it search further (at ${search.space} or more, the whole space, every configuration is run instead).`
    : "";
  return `A neighbourhood search from ${search.starts} ${search.starts === 1 ? "start" : "starts"} ran ${search.visited} of the ${search.space} configurations ` +
    `(paired on common random numbers, moving only when the gain was beyond the replication noise) and kept ${search.finalists} finalists, ` +
    `judged again on fresh replications (${search.replications} replications in all).${cap} The search is a heuristic: the best configuration of the space may be one it never ran.`;
}
