import { estimate, knSelect, steinReplications, type Estimate } from "../../../stats/index.js";
import { suggestion } from "../../format/schema/did-you-mean.js";
import type { OptimizationStudy } from "../../format/optimization-study-schema.js";
import type { Scenario } from "../../format/scenario-types.js";
import type { ReplicationOutput } from "../replication-output.js";
import type { Configuration } from "./configurations.js";
import type { ConfigurationStatus, EvaluatedConfiguration, OptimizationResult } from "./optimization-result.js";

/** One replication of one configuration to run. */
export interface OptimizationUnit {
  readonly configuration: number;
  readonly replication: number;
}

/** Runs the units asked (on worker threads or here) and returns their outputs in the same order. */
export type OptimizationExecutor = (units: readonly OptimizationUnit[]) => Promise<readonly ReplicationOutput[]>;

/** A metric a study needs that a configuration's replication did not report. */
export class MissingMetricError extends Error {
  override readonly name = "MissingMetricError";
}

type Constraint = OptimizationStudy["constraints"][number];

/** The tolerance of a constraint: as given, or 5% of the limit's size (0.05 for a limit of 0). */
export function constraintTolerance(constraint: Constraint): number {
  if (constraint.tolerance !== undefined) return constraint.tolerance;
  const limit = (constraint.max ?? constraint.min) as number;
  return limit === 0 ? 0.05 : Math.abs(limit) * 0.05;
}

/** A constraint as text: `metric <= 24` or `metric >= 200`. */
export function constraintText(constraint: Constraint): string {
  return constraint.max !== undefined ? `${constraint.metric} <= ${constraint.max}` : `${constraint.metric} >= ${constraint.min}`;
}

/**
 * Runs an optimisation study over the given configurations (all of them: the spaces allowed are small).
 *
 * 1. Feasibility: every configuration gets the first stage (n0 replications). Each (configuration,
 *    constraint) check has error α_f / (configurations x constraints) (Bonferroni), half of it spent on
 *    the first stage (decided there when a one-sided interval clears the limit, as it does at once for
 *    configurations far from it) and half on Stein's two-stage rule, which estimates the mean to within
 *    the constraint's tolerance and calls it met when the mean is within the limit.
 * 2. Choice: among the feasible ones, by the objective: the cheapest (deterministic cost; ties in cost
 *    are broken by KN on the first constraint's metric, toward the safe side, with its tolerance as δ);
 *    the smallest mean cost metric; or the smallest mean of the minimised metric within the budget,
 *    by Kim and Nelson's KN at level α_s with δ = the study's indifference.
 * α_f = α_s = α/2 when both steps are statistical; otherwise the one step gets all of α.
 * Replication r of every configuration uses the same random numbers (the scenario's seed), so all
 * comparisons are paired (common random numbers).
 */
export async function runOptimization(
  study: OptimizationStudy,
  scenario: Scenario,
  configurations: readonly Configuration[],
  execute: OptimizationExecutor,
): Promise<OptimizationResult> {
  const outputs = configurations.map((): ReplicationOutput[] => []);
  const n0 = study.firstStageReplications;
  const cap = study.maxReplications;
  let weakened = false;

  /** Brings each listed configuration to at least n replications, all in one batch. */
  const ensure = async (wanted: readonly { configuration: number; n: number }[]): Promise<void> => {
    const units: OptimizationUnit[] = [];
    for (const { configuration, n } of wanted) {
      for (let r = (outputs[configuration] as ReplicationOutput[]).length; r < n; r++) units.push({ configuration, replication: r });
    }
    if (units.length === 0) return;
    const results = await execute(units);
    units.forEach((u, i) => {
      const list = outputs[u.configuration] as ReplicationOutput[];
      if (list.length !== u.replication) throw new Error(`runOptimization: replication ${u.replication} of configuration ${u.configuration} arrived out of order`);
      list.push(results[i] as ReplicationOutput);
    });
  };
  const valueOf = (configuration: number, replication: number, metric: string): number => {
    const value = (outputs[configuration] as ReplicationOutput[])[replication]?.metrics[metric];
    if (value === undefined) {
      const d = JSON.stringify(configurations[configuration]?.decisions);
      const known = Object.keys((outputs[configuration] as ReplicationOutput[])[replication]?.metrics ?? {});
      const hint = suggestion(metric, known);
      throw new MissingMetricError(`metric "${metric}" has no value in replication ${replication} of configuration ${d}${hint === "" ? `; metrics reported: ${known.join(", ")}` : hint}`);
    }
    return value;
  };
  const valuesOf = (configuration: number, metric: string, n = (outputs[configuration] as ReplicationOutput[]).length): number[] =>
    Array.from({ length: n }, (_, r) => valueOf(configuration, r, metric));

  const objective = study.objective;
  const selectionMetric = objective === "min-cost" ? study.costMetric : objective.minimize;
  const firstConstraint = study.constraints[0];
  // Both steps statistical? The choice is statistical unless min-cost with a deterministic cost (ties aside).
  const choiceIsStatistical = selectionMetric !== undefined || study.constraints.length > 0;
  const alphaFeasibility = study.constraints.length === 0 ? 0 : choiceIsStatistical ? study.alpha / 2 : study.alpha;
  const alphaChoice = study.alpha - alphaFeasibility;

  // A pilot replication of the first configuration: a metric the scenario does not report fails here, not after hours.
  const needs = [...study.constraints.map((k) => k.metric), ...(selectionMetric === undefined ? [] : [selectionMetric])];
  if (configurations[0] !== undefined) {
    await ensure([{ configuration: 0, n: 1 }]);
    for (const metric of needs) valueOf(0, 0, metric);
  }
  // 1. First stage for all, then Stein's second stage for each configuration's constraints.
  await ensure(configurations.map((c) => ({ configuration: c.index, n: n0 })));
  const checks = configurations.length * study.constraints.length;
  const perCheck = checks === 0 ? 0 : alphaFeasibility / checks;
  // Each check spends half its error on the first stage (decided there when its one-sided interval
  // clears the limit) and half on Stein's second stage for the rest (Bonferroni: the two errors add).
  const firstStageVerdict = (c: Configuration, k: Constraint): boolean | undefined => {
    const values = valuesOf(c.index, k.metric, n0);
    const e = estimate(values, 1 - perCheck);
    const within = (x: number): boolean => (k.max !== undefined ? x <= k.max : x >= (k.min as number));
    // The two-sided interval at 1 - perCheck has one-sided tails of perCheck / 2.
    if (e.lo === null || e.hi === null) return undefined;
    if (within(e.lo) && within(e.hi)) return true;
    if (!within(e.lo) && !within(e.hi)) return false;
    return undefined;
  };
  const verdicts = configurations.map((c) => study.constraints.map((k) => (checks === 0 ? undefined : firstStageVerdict(c, k))));
  const needed = configurations.map((c) => {
    let n = n0;
    study.constraints.forEach((k, j) => {
      if (verdicts[c.index]?.[j] !== undefined) return;
      n = Math.max(n, steinReplications(valuesOf(c.index, k.metric, n0), constraintTolerance(k), perCheck / 2));
    });
    if (n > cap) weakened = true;
    return { configuration: c.index, n: Math.min(n, cap) };
  });
  await ensure(needed);
  const failed = configurations.map((c) =>
    study.constraints.filter((k, j) => {
      const early = verdicts[c.index]?.[j];
      if (early !== undefined) return !early;
      const mean = estimate(valuesOf(c.index, k.metric)).mean;
      return k.max !== undefined ? mean > k.max : mean < (k.min as number);
    }).map(constraintText));
  const feasible = configurations.map((c) => (failed[c.index] as string[]).length === 0);

  // 2. The choice among the candidates.
  const status: ConfigurationStatus[] = configurations.map((c) => (feasible[c.index] ? "dearer" : "infeasible"));
  const eliminatedAt: (number | undefined)[] = configurations.map(() => undefined);
  const costOf = (c: Configuration): number => c.cost ?? estimate(valuesOf(c.index, study.costMetric as string)).mean;
  let candidates = configurations.filter((c) => feasible[c.index]);
  if (objective !== "min-cost" && study.budget !== undefined) {
    for (const c of candidates) if (costOf(c) > (study.budget as number)) status[c.index] = "over-budget";
    candidates = candidates.filter((c) => status[c.index] !== "over-budget");
  }
  let knMetric: string | undefined;
  let knDelta = study.indifference;
  let knMinimize = true;
  if (objective === "min-cost" && study.costMetric === undefined) {
    const cheapest = Math.min(...candidates.map((c) => c.cost as number));
    candidates = candidates.filter((c) => c.cost === cheapest);
    if (candidates.length > 1 && firstConstraint !== undefined) {
      knMetric = firstConstraint.metric;
      knDelta = constraintTolerance(firstConstraint);
      knMinimize = firstConstraint.max !== undefined;
    }
  } else {
    knMetric = selectionMetric;
  }
  let chosen: Configuration | undefined = candidates[0];
  if (candidates.length > 1 && knMetric !== undefined && alphaChoice > 0) {
    const metric = knMetric;
    const outcome = await knSelect(candidates.length, {
      alpha: Math.min(alphaChoice, (1 - 1 / candidates.length) / 2),
      indifference: knDelta,
      firstStage: n0,
      maxReplications: cap,
      minimize: knMinimize,
    }, async (requests) => {
      await ensure(requests.map((q) => ({ configuration: (candidates[q.system] as Configuration).index, n: q.replication + 1 })));
      return requests.map((q) => valueOf((candidates[q.system] as Configuration).index, q.replication, metric));
    });
    if (outcome.capped) weakened = true;
    chosen = candidates[outcome.best];
    candidates.forEach((c, i) => {
      if (i === outcome.best) return;
      status[c.index] = outcome.capped && outcome.eliminatedAt[i] === cap ? "not-separated" : "eliminated";
      eliminatedAt[c.index] = outcome.eliminatedAt[i] ?? undefined;
    });
  }
  if (chosen !== undefined) status[chosen.index] = "chosen";

  const reported = [...new Set([...study.constraints.map((k) => k.metric), ...(selectionMetric === undefined ? [] : [selectionMetric])])];
  const metricsOf = (c: Configuration): Record<string, Estimate> =>
    Object.fromEntries(reported.map((m) => [m, estimate(valuesOf(c.index, m))]));
  const evaluated: EvaluatedConfiguration[] = configurations.map((c) => ({
    decisions: c.decisions,
    cost: costOf(c),
    feasible: feasible[c.index] as boolean,
    ...(eliminatedAt[c.index] === undefined ? {} : { eliminatedAt: eliminatedAt[c.index] as number }),
    status: status[c.index] as ConfigurationStatus,
    failed: failed[c.index] as string[],
    replications: (outputs[c.index] as ReplicationOutput[]).length,
    metrics: metricsOf(c),
  }));
  return {
    scenario: scenario.name,
    best: chosen === undefined ? null : { decisions: chosen.decisions, cost: costOf(chosen), metrics: metricsOf(chosen) },
    guarantee: {
      alpha: study.alpha,
      indifference: study.indifference,
      procedure: procedureName(study, alphaFeasibility, alphaChoice),
      statement: statement(study, alphaFeasibility, alphaChoice, weakened),
      weakened,
    },
    evaluated,
  };
}

function procedureName(study: OptimizationStudy, alphaFeasibility: number, alphaChoice: number): string {
  const parts: string[] = [];
  if (alphaFeasibility > 0) parts.push(`feasibility by a first-stage one-sided interval, then Stein's two-stage rule, per constraint (Bonferroni, total alpha ${alphaFeasibility})`);
  if (alphaChoice > 0) parts.push(`selection by Kim and Nelson's KN (alpha ${alphaChoice})`);
  if (study.cost !== undefined && study.objective === "min-cost") parts.push("deterministic cost");
  return parts.join("; ") + "; common random numbers";
}

function statement(study: OptimizationStudy, alphaFeasibility: number, alphaChoice: number, weakened: boolean): string {
  const confidence = `${Math.round((1 - study.alpha) * 1000) / 10}%`;
  const parts: string[] = [];
  if (alphaFeasibility > 0) parts.push("every configuration whose constraint means are at least their tolerance from the limits is judged feasible or not correctly");
  if (alphaChoice > 0) {
    parts.push(study.objective === "min-cost" && study.costMetric === undefined
      ? "among equally cheap feasible configurations the chosen one is within the first constraint's tolerance of the best"
      : `the chosen configuration's objective is within ${study.indifference} of the best candidate's`);
  }
  const core = parts.length === 0 ? "the answer is exact (no statistical step)" : `with probability at least ${confidence}, ${parts.join(", and ")}`;
  return `${core} (normal replication means assumed${weakened ? "; WEAKENED: the replication cap stopped a procedure before it could keep this promise; raise maxReplications" : ""}).`;
}
