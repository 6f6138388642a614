/**
 * Hand-written optimisation results for the chart tests (never the simulator): a scanner-and-lanes
 * study like harvest-capacity.study.json, its p95 crossing time against a 12-hour target.
 */
import type { Estimate } from "../../../src/stats/index.js";
import type { ConfigurationStatus, EvaluatedConfiguration, OptimizationResult } from "../../../src/scenario/study/optimize/optimization-result.js";

export const p95 = "directions.kg-to-kz.crossingHours.p95";

function estimate(mean: number, halfWidth: number): Estimate {
  return { mean, halfWidth, lo: mean - halfWidth, hi: mean + halfWidth };
}

function configuration(xray: number, lanes: number, cost: number, mean: number, status: ConfigurationStatus, failed: readonly string[] = []): EvaluatedConfiguration {
  return {
    decisions: { "directions.kg-to-kz.stages.3.lanes": xray, "directions.kg-to-kz.stages.4.lanes": lanes },
    cost,
    feasible: failed.length === 0 && status !== "infeasible",
    status,
    failed,
    replications: 10,
    metrics: { [p95]: estimate(mean, mean / 10) },
  };
}

const over = [`${p95} <= 12`];

/** Six configurations: two infeasible, the cheapest feasible chosen, three dearer (one of them on the frontier). */
export const harvestResult: OptimizationResult = {
  scenario: "harvest-peak",
  best: { decisions: { "directions.kg-to-kz.stages.3.lanes": 2, "directions.kg-to-kz.stages.4.lanes": 4 }, cost: 1400, metrics: { [p95]: estimate(9.5, 0.9) } },
  guarantee: { alpha: 0.05, indifference: 1, procedure: "test", statement: "test", weakened: false },
  search: { method: "whole", space: 6, visited: 6, finalists: 6, starts: 0, capped: false, replications: 60, statement: "test" },
  evaluated: [
    configuration(1, 4, 800, 40, "infeasible", over),
    configuration(1, 6, 900, 30, "infeasible", over),
    configuration(2, 4, 1400, 9.5, "chosen"),
    configuration(2, 6, 1500, 7, "dearer"),
    configuration(2, 8, 1600, 7.5, "dearer"),
    configuration(3, 4, 2000, 5, "dearer"),
  ],
};

/** The same study when nothing meets the target. */
export const nothingFeasible: OptimizationResult = {
  ...harvestResult,
  best: null,
  evaluated: harvestResult.evaluated.map((c) => ({ ...c, feasible: false, status: "infeasible" as const, failed: over })),
};
