import type { RandomSource } from "../../../engine/index.js";
import { estimate } from "../../../stats/index.js";
import type { DecisionLattice } from "./decision-lattice.js";

/** A target as the search reads it: a metric's mean at most (`max`) or at least (`min`) a limit. */
export interface SearchConstraint {
  readonly metric: string;
  readonly sense: "max" | "min";
  readonly limit: number;
  /** How far past the limit the noise may leave a mean that still counts as feasible, in the metric's unit (> 0). */
  readonly tolerance: number;
}

/** What the search minimises, over which configurations, under which targets. */
export interface SearchProblem {
  readonly lattice: DecisionLattice;
  readonly constraints: readonly SearchConstraint[];
  /** The objective: a configuration's known cost (unit costs), or the mean of a metric (smaller is better). */
  readonly objective: { readonly cost: (configuration: number) => number } | { readonly metric: string };
  /** False for a configuration the search must never run (a known cost over the budget). */
  readonly allowed: (configuration: number) => boolean;
}

/** How long and how wide the search may go. */
export interface SearchSettings {
  /** Starting points: the lattice's centre, then points drawn from `random`. */
  readonly starts: number;
  /** The most configurations evaluated (the hard cap: the search stops when it would evaluate more). */
  readonly maxConfigurations: number;
  /** The most configurations handed on as finalists. */
  readonly finalists: number;
  /** Replications of every configuration at the first sample size (n0 >= 2). */
  readonly firstStage: number;
  /** The largest sample size (replications of one configuration). */
  readonly maxReplications: number;
  /** Uniform draws in [0, 1) for the random starts (a named stream of the scenario's seed). */
  readonly random: RandomSource;
}

/** How the search gets replications: replication r of every configuration uses the same random numbers. */
export interface SearchEvaluator {
  /** Runs one replication of the first configuration and checks it reports every metric the study needs (throws if not). */
  pilot(configuration: number): Promise<void>;
  /** Brings each configuration listed to at least n replications, all in one batch. */
  ensure(wanted: readonly { readonly configuration: number; readonly n: number }[]): Promise<void>;
  /** The first n replications' values of a metric. */
  values(configuration: number, metric: string, n: number): readonly number[];
  /** Replications of a configuration run so far. */
  replications(configuration: number): number;
}

/** What the search found. */
export interface SearchOutcome {
  /** Every configuration evaluated, ascending. */
  readonly visited: readonly number[];
  /** The configurations handed to the final selection, ascending. */
  readonly finalists: readonly number[];
  /** Where each start's search ended, in start order. */
  readonly incumbents: readonly number[];
  /** True when the search stopped because it would have evaluated more than maxConfigurations. */
  readonly capped: boolean;
}

/**
 * One-sided confidence of the search's "beyond the noise" decisions (a heuristic's setting, not part of
 * any guarantee): a configuration's own feasibility status, and each move, whose tests share 1 - this.
 */
export const SEARCH_CONFIDENCE = 0.95;
/** The error a move may make on noise alone, shared by the tests it could rest on (Bonferroni). */
const MOVE_ERROR = 1 - SEARCH_CONFIDENCE;

/** The next sample size: half as many again (at least one more), at most `max`. */
function grow(m: number, max: number): number {
  return Math.min(max, Math.max(m + 1, Math.ceil((3 * m) / 2)));
}

/**
 * A multi-start neighbourhood search on the lattice of the decisions, for spaces too large to run whole;
 * in the spirit of the discrete phase of R-SPLINE (Wang, Pasupathy and Schmeiser 2013) and of COMPASS
 * (Hong and Nelson 2006): every comparison is paired on the same replications (common random numbers),
 * a move is made only when the gain is beyond the replication noise, and the incumbent is re-run with
 * more replications as the search goes on. It is a heuristic: it promises nothing about configurations
 * it did not visit.
 *
 * At sample size m (first n0, then half as many again each round, up to maxReplications) a configuration
 * is *feasible beyond the noise* at error e when every constraint's mean meets its limit and its
 * one-sided (1 - e) upper bound is within the limit plus the tolerance; an incumbent's status is read at
 * e = 5%. From an incumbent x the search evaluates its neighbours (with a known cost and a feasible x,
 * only the cheaper ones; when none is better, the wider exchanges of one decision's step for 2, 4, 8 ...
 * of another's) and moves to the best that is better than x:
 * - x feasible: a neighbour feasible beyond the noise whose objective is lower (a known cost lower, or a
 *   metric's paired one-sided bound on the difference below 0): both tests must pass;
 * - x not: a neighbour feasible beyond the noise, or one whose summed excess over the limits (in
 *   tolerances) is smaller and whose paired excess over the constraints x breaks has its bound below 0:
 *   either test will do, so it counts as two.
 * A move's 5% is shared (Bonferroni) by every test it could rest on: half to the rule from a feasible x,
 * half to the rule from an infeasible one (x's status is itself read from noise, so either rule may be
 * the one taken; with no constraints there is one rule and it gets all 5%), and within a rule by every
 * test of both families, the steps and exchanges and the wider exchanges, counted before any is run. So a
 * neighbour that is neither feasible (its mean at least the limit plus the tolerance) nor better (known
 * cost, or a true difference >= 0) is moved to on noise alone at most 5% of the time per neighbourhood
 * examined, feasibility included.
 * After a move the search strides on in the same direction, doubling the stride while that keeps
 * improving; each stride is a move of its own, tested at the same 5% (one neighbour). When no neighbour
 * is better, the sample size grows and the incumbent and its neighbours
 * get the extra replications; a start ends when its incumbent stays put at a larger sample size, or at
 * maxReplications.
 * Each move lowers (feasible, objective) or (infeasible, excess) at the round's fixed sample size, so
 * every round ends. Starts: the centre of the lattice, then seeded random points.
 *
 * Finalists: the incumbents, then the visited configurations the noise does not rule out (no
 * constraint's one-sided 95% lower bound past its limit), cheapest (or best objective) first, then the
 * rest by their excess, up to `finalists`. A configuration the search could not call either way is
 * thus judged by the final procedures, on fresh replications.
 * Deterministic: the batches asked depend only on earlier outputs, never on how they were computed.
 */
export async function neighbourhoodSearch(problem: SearchProblem, settings: SearchSettings, evaluator: SearchEvaluator): Promise<SearchOutcome> {
  const { lattice, constraints, objective, allowed } = problem;
  const n0 = settings.firstStage;
  const visited = new Set<number>();
  let capped = false;

  const summaries = new Map<string, { point: number; lower: number; upper: number }[]>();
  /** Per constraint at sample size m: the mean's excess over the limit, and its one-sided bounds at error `tail` (5% unless given). */
  const excesses = (c: number, m: number, tail = MOVE_ERROR): { point: number; lower: number; upper: number }[] => {
    const key = `${c}:${m}:${tail}`;
    const cached = summaries.get(key);
    if (cached !== undefined) return cached;
    const out = constraints.map((k) => {
      const e = estimate(evaluator.values(c, k.metric, m), 1 - 2 * tail);
      return k.sense === "max"
        ? { point: e.mean - k.limit, lower: (e.lo ?? e.mean) - k.limit, upper: (e.hi ?? e.mean) - k.limit }
        : { point: k.limit - e.mean, lower: k.limit - (e.hi ?? e.mean), upper: k.limit - (e.lo ?? e.mean) };
    });
    summaries.set(key, out);
    return out;
  };
  /** Not ruled out: no constraint's excess is above 0 beyond the noise. */
  const plausible = (c: number, m: number): boolean => excesses(c, m).every((x) => x.lower <= 0);
  /**
   * Feasible beyond the noise: every constraint's mean within its limit and its one-sided bound at error
   * `tail` within the limit plus the tolerance. At 5% it is a configuration's status (an incumbent's);
   * as a move's test it is run at the move's share of the 5%.
   */
  const feasible = (c: number, m: number, tail = MOVE_ERROR): boolean =>
    excesses(c, m, tail).every((x, j) => x.point <= 0 && x.upper <= (constraints[j] as SearchConstraint).tolerance);
  const violation = (c: number, m: number): number =>
    excesses(c, m).reduce((sum, x, j) => sum + Math.max(0, x.point) / (constraints[j] as SearchConstraint).tolerance, 0);
  const objectiveOf = (c: number, m: number): number =>
    "cost" in objective ? objective.cost(c) : estimate(evaluator.values(c, objective.metric, m)).mean;
  /** The one-sided upper bound, at error `tail`, of the mean of paired differences. */
  const pairedUpper = (differences: readonly number[], tail: number): number => {
    const e = estimate(differences, 1 - 2 * tail);
    return e.hi ?? e.mean;
  };
  const objectiveBetter = (y: number, x: number, m: number, tail: number): boolean => {
    if ("cost" in objective) return objective.cost(y) < objective.cost(x);
    const a = evaluator.values(y, objective.metric, m);
    const b = evaluator.values(x, objective.metric, m);
    return pairedUpper(a.map((v, r) => v - (b[r] as number)), tail) < 0;
  };
  const excessBetter = (y: number, x: number, m: number, tail: number): boolean => {
    if (!(violation(y, m) < violation(x, m))) return false;
    const broken = constraints.filter((_, j) => (excesses(x, m)[j] as { point: number }).point > 0);
    const differences = new Array<number>(m).fill(0);
    for (const k of broken) {
      const a = evaluator.values(y, k.metric, m);
      const b = evaluator.values(x, k.metric, m);
      const sign = k.sense === "max" ? 1 : -1;
      for (let r = 0; r < m; r++) differences[r] = (differences[r] as number) + (sign * ((a[r] as number) - (b[r] as number))) / k.tolerance;
    }
    return pairedUpper(differences, tail) < 0;
  };
  /** Evaluates the configurations to m replications, new ones only while the cap allows; returns those evaluated. */
  const evaluate = async (configurations: readonly number[], m: number): Promise<number[]> => {
    const room = settings.maxConfigurations - visited.size;
    const fresh = configurations.filter((c) => !visited.has(c));
    let kept = [...configurations];
    if (fresh.length > room) {
      capped = true;
      const admitted = new Set(fresh.slice(0, Math.max(0, room)));
      kept = configurations.filter((c) => visited.has(c) || admitted.has(c));
    }
    for (const c of kept) visited.add(c);
    await evaluator.ensure(kept.map((configuration) => ({ configuration, n: m })));
    return kept;
  };
  const rankKey = (c: number, m: number): [number, number, number] =>
    plausible(c, m) ? [0, objectiveOf(c, m), c] : [1, violation(c, m), c];
  const byKey = (a: [number, number, number], b: [number, number, number]): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

  /**
   * True when y is better than x at sample size m (both run m times), by the rules above, each test run
   * at one-sided error `tail`. From a feasible x, y must pass both of its tests (feasible, and a lower
   * objective), so a false move through y has probability at most `tail`; from an infeasible x, either
   * (feasible, or less excess) will do, so at most 2 `tail`: `testsPerNeighbour` counts them.
   */
  const better = (y: number, x: number, m: number, tail: number): boolean =>
    feasible(x, m) ? feasible(y, m, tail) && objectiveBetter(y, x, m, tail) : feasible(y, m, tail) || excessBetter(y, x, m, tail);
  const testsPerNeighbour = (x: number, m: number): number => (feasible(x, m) ? 1 : 2);
  /**
   * The move's error for the rule x's status selects. Which rule is taken (from a feasible x or not) rests
   * on noise too, and either could be the one taken, so each gets half the 5% and a false move has
   * probability at most 5% whichever it is (union bound). Without constraints every x is feasible: one
   * rule, all of it.
   */
  const ruleError = constraints.length === 0 ? MOVE_ERROR : MOVE_ERROR / 2;
  /** Not worth running: with a known cost, anything no cheaper than a feasible x. */
  const hopeless = (y: number, x: number, m: number): boolean => "cost" in objective && feasible(x, m) && objective.cost(y) >= objective.cost(x);
  const candidatesOf = (x: number, neighbours: readonly number[], m: number): number[] => neighbours.filter((y) => allowed(y) && !hopeless(y, x, m));
  /** The best of the given candidates that is better than x at sample size m (tests at error `tail`), or null. */
  const bestOf = async (x: number, candidates: readonly number[], m: number, tail: number): Promise<number | null> => {
    if (candidates.length === 0) return null;
    const got = await evaluate(candidates, m);
    const keyed = got.filter((y) => better(y, x, m, tail))
      .map((y) => ({ y, key: (feasible(y, m, tail) ? [0, objectiveOf(y, m), y] : [1, violation(y, m), y]) as [number, number, number] }));
    keyed.sort((a, b) => byKey(a.key, b.key));
    return keyed[0]?.y ?? null;
  };
  /**
   * The best neighbour better than x: among the steps and exchanges, else among the wider exchanges.
   * Both families' tests share the move's 5% (Bonferroni over every test the move could rest on, counted
   * before any is run), so x is left on noise alone at most 5% of the time.
   */
  const step = async (x: number, m: number): Promise<number | null> => {
    const near = candidatesOf(x, lattice.neighbours(x), m);
    const wide = candidatesOf(x, lattice.wideNeighbours(x), m);
    const tests = (near.length + wide.length) * testsPerNeighbour(x, m);
    if (tests === 0) return null;
    const tail = ruleError / tests;
    return (await bestOf(x, near, m, tail)) ?? (capped ? null : await bestOf(x, wide, m, tail));
  };
  /**
   * After a move from x to y, goes on in the same direction with doubling strides (x + 2(y - x),
   * x + 4(y - x) ..., held inside the lattice) while each point is better than the last: a long range
   * is crossed in a few evaluations rather than one step at a time (R-SPLINE's line search).
   */
  const stride = async (x: number, y: number, m: number): Promise<number> => {
    const a = lattice.pointOf(x);
    const direction = lattice.pointOf(y).map((v, i) => v - (a[i] as number));
    let current = y;
    for (let k = 2; !capped; k *= 2) {
      const z = lattice.indexOf(a.map((v, i) => Math.min((lattice.sizes[i] as number) - 1, Math.max(0, v + k * (direction[i] as number)))));
      if (z === current || !allowed(z) || hopeless(z, current, m)) break;
      if ((await evaluate([z], m)).length === 0 || !better(z, current, m, ruleError / testsPerNeighbour(current, m))) break;
      current = z;
    }
    return current;
  };

  const starts = startingPoints(problem, settings);
  const incumbents: number[] = [];
  if (starts[0] !== undefined) await evaluator.pilot(starts[0]);
  for (const start of starts) {
    if ((await evaluate([start], n0)).length === 0) break;
    let x = start;
    let m = n0;
    for (let round = 0; !capped; round++) {
      let moved = false;
      for (;;) {
        const next = await step(x, m);
        if (next === null) break;
        x = capped ? next : await stride(x, next, m);
        moved = true;
        if (capped) break;
      }
      if (capped || (!moved && round > 0) || m >= settings.maxReplications) break;
      m = grow(m, settings.maxReplications);
      await evaluate([x], m);
    }
    incumbents.push(x);
    if (capped) break;
  }

  const sorted = [...visited].sort((a, b) => a - b);
  const own = (c: number): number => evaluator.replications(c);
  const ranked = [...sorted].sort((a, b) => byKey(rankKey(a, own(a)), rankKey(b, own(b))));
  const firsts = [...new Set(incumbents)].sort((a, b) => byKey(rankKey(a, own(a)), rankKey(b, own(b))));
  const finalists = [...new Set([...firsts, ...ranked])].slice(0, settings.finalists).sort((a, b) => a - b);
  return { visited: sorted, finalists, incumbents, capped };
}

/**
 * The search's starting points: the centre of the lattice (or, when that is not allowed, the corner of
 * every decision's smallest value), then up to `starts` - 1 distinct allowed points drawn from `random`
 * (100 draws per start at most, so a budget that allows almost nothing cannot loop for ever).
 */
export function startingPoints(problem: Pick<SearchProblem, "lattice" | "allowed">, settings: Pick<SearchSettings, "starts" | "random">): number[] {
  const { lattice, allowed } = problem;
  const out: number[] = [];
  const centre = lattice.indexOf(lattice.sizes.map((s) => Math.floor((s - 1) / 2)));
  const corner = lattice.indexOf(lattice.sizes.map(() => 0));
  const first = allowed(centre) ? centre : allowed(corner) ? corner : undefined;
  if (first !== undefined) out.push(first);
  for (let tries = 0; out.length < settings.starts && tries < 100 * settings.starts; tries++) {
    const c = lattice.indexOf(lattice.sizes.map((s) => Math.min(s - 1, Math.floor(settings.random() * s))));
    if (allowed(c) && !out.includes(c)) out.push(c);
  }
  return out;
}
