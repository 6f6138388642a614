import { namedStreams } from "../named-streams.js";
import { estimate, knSelect, steinReplications, type Estimate } from "../../../stats/index.js";
import type { OptimizationStudy } from "../../format/optimization-study-schema.js";
import type { Scenario } from "../../format/scenario-types.js";
import { configurationAt, enumerateConfigurations, type Configuration } from "./configurations.js";
import { decisionLattice } from "./decision-lattice.js";
import { neighbourhoodSearch, type SearchConstraint, type SearchProblem } from "./neighbourhood-search.js";
import type { ConfigurationStatus, EvaluatedConfiguration, OptimizationResult, SearchSummary } from "./optimization-result.js";
import { guaranteeStatement, procedureName, searchStatement } from "./guarantee-words.js";
import { replicationStore, type OptimizationExecutor } from "./replication-store.js";

export { MissingMetricError, type OptimizationExecutor, type OptimizationUnit } from "./replication-store.js";

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
 * Runs an optimisation study. A decision space of at most `maxConfigurations` configurations is run
 * whole: every configuration is a finalist. A larger one is searched by `neighbourhoodSearch` (a
 * heuristic), which hands on at most `finalists` configurations; these are then judged again on fresh
 * replications (numbered from maxReplications on, apart from the search's), so that the selection's
 * guarantee holds among them whatever the search did.
 *
 * 1. Feasibility: every finalist gets the first stage (n0 replications). Each (finalist, constraint)
 *    check has error α_f / (finalists x constraints) (Bonferroni), half of it spent on the first stage
 *    (decided there when a one-sided interval clears the limit, as it does at once for configurations
 *    far from it) and half on Stein's two-stage rule, which estimates the mean to within the
 *    constraint's tolerance and calls it met when the mean is within the limit.
 * 2. Choice: among the feasible ones, by the objective: the cheapest (deterministic cost; ties in cost
 *    are broken by KN on the first constraint's metric, toward the safe side, with its tolerance as δ);
 *    the smallest mean cost metric; or the smallest mean of the minimised metric within the budget,
 *    by Kim and Nelson's KN at level α_s with δ = the study's indifference.
 * α_f = α_s = α/2 when both steps are statistical; otherwise the one step gets all of α.
 * Replication r of every configuration uses the same random numbers (the scenario's seed), so all
 * comparisons are paired (common random numbers). The executor's units name a configuration by its
 * index in the enumeration (`configurationAt(study, index)`).
 */
export async function runOptimization(study: OptimizationStudy, scenario: Scenario, execute: OptimizationExecutor): Promise<OptimizationResult> {
  const n0 = study.firstStageReplications;
  const cap = study.maxReplications;
  let weakened = false;
  const lattice = decisionLattice(study);
  const whole = lattice.count <= study.maxConfigurations;
  const describe = (configuration: number): string => JSON.stringify(configurationAt(study, configuration).decisions);
  const objective = study.objective;
  // Every metric the procedure reads: the constraints', the cost metric (objective or budget), the minimised one.
  const read = [...new Set([
    ...study.constraints.map((k) => k.metric),
    ...(study.costMetric === undefined ? [] : [study.costMetric]),
    ...(objective === "min-cost" ? [] : [objective.minimize]),
  ])];
  const searched = replicationStore(execute, 0, describe, read);
  // The final procedures' own replications: the search's for a whole space, fresh ones after a search.
  const final = whole ? searched : replicationStore(execute, cap, describe, read);

  const selectionMetric = objective === "min-cost" ? study.costMetric : objective.minimize;
  const firstConstraint = study.constraints[0];
  // Both steps statistical? The choice is statistical unless min-cost with a deterministic cost (ties aside).
  const choiceIsStatistical = selectionMetric !== undefined || study.constraints.length > 0;
  const alphaFeasibility = study.constraints.length === 0 ? 0 : choiceIsStatistical ? study.alpha / 2 : study.alpha;
  const alphaChoice = study.alpha - alphaFeasibility;
  const needs = [...study.constraints.map((k) => k.metric), ...(selectionMetric === undefined ? [] : [selectionMetric])];
  // A pilot replication: a metric the scenario does not report fails here, not after hours.
  const pilot = async (configuration: number): Promise<void> => {
    await searched.ensure([{ configuration, n: 1 }]);
    for (const metric of needs) searched.value(configuration, 0, metric);
  };

  let configurations: Configuration[];
  let search: SearchSummary;
  let visited: readonly number[] = [];
  if (whole) {
    configurations = enumerateConfigurations(study);
    if (configurations[0] !== undefined) await pilot(0);
    search = { method: "whole", space: lattice.count, visited: lattice.count, finalists: lattice.count, starts: 0, capped: false, replications: 0, statement: "" };
  } else {
    const outcome = await neighbourhoodSearch(searchProblem(study, lattice), {
      starts: study.searchStarts,
      maxConfigurations: study.maxConfigurations,
      finalists: study.finalists,
      firstStage: n0,
      maxReplications: cap,
      random: namedStreams(scenario.seed)("optimize/search-starts"),
    }, { pilot, ensure: (wanted) => searched.ensure(wanted), values: (c, metric, n) => searched.values(c, metric, n), replications: (c) => searched.count(c) });
    configurations = outcome.finalists.map((index) => configurationAt(study, index));
    visited = outcome.visited;
    search = {
      method: "neighbourhood", space: lattice.count, visited: outcome.visited.length, finalists: outcome.finalists.length,
      starts: outcome.incumbents.length, capped: outcome.capped, replications: 0, statement: "",
    };
  }

  // 1. First stage for all, then Stein's second stage for each configuration's constraints.
  await final.ensure(configurations.map((c) => ({ configuration: c.index, n: n0 })));
  const checks = configurations.length * study.constraints.length;
  const perCheck = checks === 0 ? 0 : alphaFeasibility / checks;
  // Each check spends half its error on the first stage (decided there when its one-sided interval
  // clears the limit) and half on Stein's second stage for the rest (Bonferroni: the two errors add).
  const firstStageVerdict = (c: Configuration, k: Constraint): boolean | undefined => {
    const values = final.values(c.index, k.metric, n0);
    const e = estimate(values, 1 - perCheck);
    const within = (x: number): boolean => (k.max !== undefined ? x <= k.max : x >= (k.min as number));
    // The two-sided interval at 1 - perCheck has one-sided tails of perCheck / 2.
    if (e.lo === null || e.hi === null) return undefined;
    if (within(e.lo) && within(e.hi)) return true;
    if (!within(e.lo) && !within(e.hi)) return false;
    return undefined;
  };
  const verdicts = new Map(configurations.map((c) => [c.index, study.constraints.map((k) => (checks === 0 ? undefined : firstStageVerdict(c, k)))]));
  const needed = configurations.map((c) => {
    let n = n0;
    study.constraints.forEach((k, j) => {
      if (verdicts.get(c.index)?.[j] !== undefined) return;
      n = Math.max(n, steinReplications(final.values(c.index, k.metric, n0), constraintTolerance(k), perCheck / 2));
    });
    if (n > cap) weakened = true;
    return { configuration: c.index, n: Math.min(n, cap) };
  });
  await final.ensure(needed);
  const failed = new Map(configurations.map((c) => [c.index,
    study.constraints.filter((k, j) => {
      const early = verdicts.get(c.index)?.[j];
      if (early !== undefined) return !early;
      const mean = estimate(final.values(c.index, k.metric)).mean;
      return k.max !== undefined ? mean > k.max : mean < (k.min as number);
    }).map(constraintText)]));
  const feasible = new Map(configurations.map((c) => [c.index, (failed.get(c.index) as string[]).length === 0]));

  // 2. The choice among the candidates.
  const status = new Map<number, ConfigurationStatus>(configurations.map((c) => [c.index, feasible.get(c.index) ? "dearer" : "infeasible"]));
  const eliminatedAt = new Map<number, number>();
  const costOf = (c: Configuration): number => c.cost ?? estimate(final.values(c.index, study.costMetric as string)).mean;
  let candidates = configurations.filter((c) => feasible.get(c.index));
  if (objective !== "min-cost" && study.budget !== undefined) {
    for (const c of candidates) if (costOf(c) > (study.budget as number)) status.set(c.index, "over-budget");
    candidates = candidates.filter((c) => status.get(c.index) !== "over-budget");
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
      await final.ensure(requests.map((q) => ({ configuration: (candidates[q.system] as Configuration).index, n: q.replication + 1 })));
      return requests.map((q) => final.value((candidates[q.system] as Configuration).index, q.replication, metric));
    });
    if (outcome.capped) weakened = true;
    chosen = candidates[outcome.best];
    candidates.forEach((c, i) => {
      if (i === outcome.best) return;
      status.set(c.index, outcome.capped && outcome.eliminatedAt[i] === cap ? "not-separated" : "eliminated");
      const at = outcome.eliminatedAt[i];
      if (at !== null && at !== undefined) eliminatedAt.set(c.index, at);
    });
  }
  if (chosen !== undefined) status.set(chosen.index, "chosen");

  const reported = [...new Set(needs)];
  const metricsOf = (store: typeof final, c: number): Record<string, Estimate> =>
    Object.fromEntries(reported.map((m) => [m, estimate(store.values(c, m))]));
  const finalist = (c: Configuration): EvaluatedConfiguration => ({
    decisions: c.decisions,
    cost: costOf(c),
    feasible: feasible.get(c.index) as boolean,
    ...(eliminatedAt.has(c.index) ? { eliminatedAt: eliminatedAt.get(c.index) as number } : {}),
    status: status.get(c.index) as ConfigurationStatus,
    failed: failed.get(c.index) as string[],
    replications: final.count(c.index),
    metrics: metricsOf(final, c.index),
  });
  // A configuration the search visited but did not keep: judged by its means alone (no guarantee).
  const leftBehind = (index: number): EvaluatedConfiguration => {
    const c = configurationAt(study, index);
    const missed = study.constraints.filter((k) => {
      const mean = estimate(searched.values(index, k.metric)).mean;
      return k.max !== undefined ? mean > k.max : mean < (k.min as number);
    }).map(constraintText);
    return {
      decisions: c.decisions,
      cost: c.cost ?? estimate(searched.values(index, study.costMetric as string)).mean,
      feasible: missed.length === 0,
      status: "not-finalist",
      failed: missed,
      replications: searched.count(index),
      metrics: metricsOf(searched, index),
    };
  };
  const byIndex = new Map(configurations.map((c) => [c.index, c]));
  const evaluated: EvaluatedConfiguration[] = whole
    ? configurations.map(finalist)
    : visited.map((index) => {
      const c = byIndex.get(index);
      return c === undefined ? leftBehind(index) : finalist(c);
    });
  const replications = searched.total() + (whole ? 0 : final.total());
  search = { ...search, replications };
  search = { ...search, statement: searchStatement(study, search) };
  return {
    scenario: scenario.name,
    best: chosen === undefined ? null : { decisions: chosen.decisions, cost: costOf(chosen), metrics: metricsOf(final, chosen.index) },
    guarantee: {
      alpha: study.alpha,
      indifference: study.indifference,
      procedure: procedureName(study, alphaFeasibility, alphaChoice, search),
      statement: guaranteeStatement(study, alphaFeasibility, alphaChoice, weakened, search),
      weakened,
    },
    search,
    evaluated,
  };
}

/** The search's view of a study: its constraints (and a budget on a cost metric) with tolerances, and what it minimises. */
function searchProblem(study: OptimizationStudy, lattice: SearchProblem["lattice"]): SearchProblem {
  const constraints: SearchConstraint[] = study.constraints.map((k) => ({
    metric: k.metric, sense: k.max !== undefined ? "max" : "min", limit: (k.max ?? k.min) as number, tolerance: constraintTolerance(k),
  }));
  const known = study.cost === undefined ? null : (index: number): number => configurationAt(study, index).cost as number;
  const budget = study.objective === "min-cost" ? undefined : study.budget;
  if (budget !== undefined && known === null) {
    constraints.push({ metric: study.costMetric as string, sense: "max", limit: budget, tolerance: budget === 0 ? 0.05 : budget * 0.05 });
  }
  const objective = study.objective === "min-cost"
    ? (known === null ? { metric: study.costMetric as string } : { cost: known })
    : { metric: study.objective.minimize };
  const allowed = budget === undefined || known === null ? () => true : (index: number) => known(index) <= budget;
  return { lattice, constraints, objective, allowed };
}
