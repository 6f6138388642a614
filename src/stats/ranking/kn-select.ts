import { checkInteger, checkLevel, checkPositive } from "../check.js";
import { knConstant } from "./kn-constant.js";

/** Settings of Kim and Nelson's fully sequential selection procedure. */
export interface KnSettings {
  /** Probability of choosing wrongly allowed, in (0, 1 - 1/k). @default 0.05 */
  readonly alpha: number;
  /** The smallest difference worth telling apart, in the objective's own unit (> 0). */
  readonly indifference: number;
  /** Replications of every system before the first screening (n0 >= 2). @default 10 */
  readonly firstStage: number;
  /** The most replications any system gets; at the cap the survivor with the best mean is chosen and `capped` is true. */
  readonly maxReplications: number;
  /** True when smaller is better (costs, hours); false when larger is better. */
  readonly minimize: boolean;
}

/** One observation asked of a system: replication `replication` (0-based) of system `system`. */
export interface KnRequest {
  readonly system: number;
  readonly replication: number;
}

/**
 * Draws the observations asked, in order. Replication r of every system must use the same random
 * numbers (common random numbers), which is what makes the paired variances small.
 */
export type KnObserve = (requests: readonly KnRequest[]) => Promise<readonly number[]>;

/** What the procedure chose and how each other system left. */
export interface KnOutcome {
  /** Index of the system chosen as best. */
  readonly best: number;
  /** Per system: the replication count at which it was eliminated (the cap, for a survivor not separated by then), or null for the chosen one. */
  readonly eliminatedAt: readonly (number | null)[];
  /** Per system: the replications it received. */
  readonly replications: readonly number[];
  /** Per system: the mean of its observations. */
  readonly means: readonly number[];
  /** True when the cap stopped the procedure with more than one survivor: the guarantee does not hold then. */
  readonly capped: boolean;
  /** h², the continuation constant used. */
  readonly h2: number;
}

/**
 * Kim and Nelson's fully sequential indifference-zone procedure KN (ACM TOMACS 11, 2001) with c = 1:
 * every surviving system gets one more replication per stage, and system i is eliminated as soon as its
 * mean falls below some other survivor's by more than W_il(r) = max(0, δ/(2r) · (h²·S²_il/δ² − r)),
 * where S²_il is the first-stage variance of the paired differences. Under normal observations it
 * chooses the best with probability at least 1 − α whenever the best beats every other by at least δ,
 * with or without common random numbers (which shrink S²_il and so the replications needed).
 * One system is chosen at once. Cost: O(k²) per stage; at most k · maxReplications observations.
 *
 * @param systems k, the number of systems, an integer >= 1
 * @throws {RangeError} for settings out of range or an observation that is not finite.
 * @example
 * // two systems whose means differ by 10 with no noise: the second (larger) is chosen after the first stage
 * (await knSelect(2, { alpha: 0.05, indifference: 1, firstStage: 2, maxReplications: 50, minimize: false },
 *   async (rs) => rs.map((q) => q.system * 10))).best; // => 1
 */
export async function knSelect(systems: number, settings: KnSettings, observe: KnObserve): Promise<KnOutcome> {
  checkInteger("knSelect", "systems", systems, 1);
  checkLevel("knSelect", settings.alpha);
  checkPositive("knSelect", "indifference", settings.indifference);
  checkInteger("knSelect", "firstStage", settings.firstStage, 2);
  checkInteger("knSelect", "maxReplications", settings.maxReplications, settings.firstStage);
  const n0 = settings.firstStage;
  const delta = settings.indifference;
  const sign = settings.minimize ? -1 : 1;
  const sums = new Array<number>(systems).fill(0);
  const counts = new Array<number>(systems).fill(0);
  const eliminatedAt: (number | null)[] = new Array<number | null>(systems).fill(null);
  const h2 = systems > 1 ? knConstant(settings.alpha, systems, n0) : 0;

  const draw = async (requests: KnRequest[]): Promise<readonly number[]> => {
    const values = await observe(requests);
    if (values.length !== requests.length) throw new RangeError(`knSelect: asked for ${requests.length} observations, got ${values.length}`);
    values.forEach((v, i) => {
      const q = requests[i] as KnRequest;
      if (!Number.isFinite(v)) throw new RangeError(`knSelect: system ${q.system}, replication ${q.replication} gave ${v}, not a finite number`);
      sums[q.system] = (sums[q.system] as number) + sign * v;
      counts[q.system] = (counts[q.system] as number) + 1;
    });
    return values;
  };

  // First stage: n0 replications of every system, kept to form the paired variances.
  const first: KnRequest[] = [];
  for (let r = 0; r < n0; r++) for (let i = 0; i < systems; i++) first.push({ system: i, replication: r });
  const firstValues = await draw(first);
  const x = (i: number, r: number): number => sign * (firstValues[r * systems + i] as number);
  const s2 = (i: number, l: number): number => {
    let mean = 0;
    for (let r = 0; r < n0; r++) mean += x(i, r) - x(l, r);
    mean /= n0;
    let sq = 0;
    for (let r = 0; r < n0; r++) {
      const d = x(i, r) - x(l, r) - mean;
      sq += d * d;
    }
    return sq / (n0 - 1);
  };
  const variances: number[][] = Array.from({ length: systems }, (_, i) => Array.from({ length: systems }, (_, l) => (i === l ? 0 : s2(i, l))));

  let survivors = Array.from({ length: systems }, (_, i) => i);
  let r = n0;
  for (;;) {
    const mean = (i: number): number => (sums[i] as number) / r;
    const kept = survivors.filter((i) =>
      survivors.every((l) => {
        if (l === i) return true;
        const w = Math.max(0, (delta / (2 * r)) * ((h2 * (variances[i]?.[l] as number)) / (delta * delta) - r));
        return mean(i) >= mean(l) - w;
      }),
    );
    for (const i of survivors) if (!kept.includes(i)) eliminatedAt[i] = r;
    survivors = kept;
    if (survivors.length <= 1 || r >= settings.maxReplications) break;
    await draw(survivors.map((i) => ({ system: i, replication: r })));
    r++;
  }
  // Survivors never empty: the system with the largest mean always passes every comparison.
  const best = survivors.reduce((b, i) => ((sums[i] as number) > (sums[b] as number) ? i : b), survivors[0] as number);
  for (const i of survivors) if (i !== best) eliminatedAt[i] = r;
  return {
    best,
    eliminatedAt,
    replications: counts,
    means: sums.map((s, i) => (sign * s) / (counts[i] as number)),
    capped: survivors.length > 1,
    h2,
  };
}
