import { describe, expect, it } from "vitest";
import { estimate, pairedDifference } from "../../../src/stats/index.js";
import { knConstant } from "../../../src/stats/ranking/kn-constant.js";
import { knSelect, type KnRequest, type KnSettings } from "../../../src/stats/ranking/kn-select.js";
import { seededNormals } from "../seeded-normals.js";

// P(X <= x) for X ~ Binomial(n, p), summed term by term (test code: Math.log is fine here).
function binomialCdf(x: number, n: number, p: number): number {
  let logTerm = n * Math.log(1 - p); // k = 0
  let total = Math.exp(logTerm);
  for (let k = 1; k <= x; k++) {
    logTerm += Math.log((n - k + 1) / k) + Math.log(p / (1 - p));
    total += Math.exp(logTerm);
  }
  return total;
}

/**
 * A synthetic selection problem: k normal systems with unit variance, the best (system `bestIndex`)
 * larger by δ, the others equal (the slippage configuration, the hardest for a δ-procedure), and
 * correlation rho between systems within a replication (common random numbers when rho > 0).
 */
function slippage(seed: string, k: number, delta: number, rho: number, bestIndex: number) {
  const common = seededNormals(`${seed}-common`, 4000);
  const own = Array.from({ length: k }, (_, i) => seededNormals(`${seed}-own-${i}`, 4000));
  return async (requests: readonly KnRequest[]) =>
    requests.map(({ system, replication }) => {
      const mean = system === bestIndex ? delta : 0;
      return mean + Math.sqrt(rho) * (common[replication] as number) + Math.sqrt(1 - rho) * (own[system]?.[replication] as number);
    });
}

const settings: KnSettings = { alpha: 0.05, indifference: 1, firstStage: 10, maxReplications: 4000, minimize: false };

describe("Kim and Nelson's KN procedure", () => {
  it("knConstant(alpha, k, n0) equals (n0 - 1)((2α/(k - 1))^(-2/(n0 - 1)) - 1), values from Python", () => {
    // python3: (n-1)*((2*a/(k-1))**(-2/(n-1))-1)
    expect(knConstant(0.05, 2, 10)).toBeCloseTo(6.012904834800527, 12);
    expect(knConstant(0.05, 5, 10)).toBeCloseTo(11.429410772766115, 12);
    expect(knConstant(0.1, 10, 20)).toBeCloseTo(9.36455476094226, 12);
    expect(() => knConstant(0.6, 2, 10)).toThrow(/alpha must be below 1 - 1\/k = 0.5/);
    expect(() => knConstant(0.05, 1, 10)).toThrow(/systems/);
  });

  it("knSelect(k, settings, observe) chooses a clearly best system after the first stage and says when each left", async () => {
    const outcome = await knSelect(3, { ...settings, firstStage: 2 }, async (rs) => rs.map((q) => [5, 9, 1][q.system] as number));
    expect(outcome.best).toBe(1);
    expect(outcome.eliminatedAt).toEqual([2, null, 2]);
    expect(outcome.replications).toEqual([2, 2, 2]);
    expect(outcome.capped).toBe(false);
  });

  it("knSelect(k, {minimize: true}, observe) chooses the smallest", async () => {
    const outcome = await knSelect(3, { ...settings, firstStage: 2, minimize: true }, async (rs) => rs.map((q) => [5, 9, 1][q.system] as number));
    expect(outcome.best).toBe(2);
    expect(outcome.means).toEqual([5, 9, 1]);
  });

  it("knSelect stops at maxReplications when it cannot separate two identical systems, and says so", async () => {
    const outcome = await knSelect(2, { ...settings, firstStage: 2, maxReplications: 5 }, async (rs) => rs.map((q) => (q.replication % 2 === 0 ? 1 : -1)));
    expect(outcome.capped).toBe(true);
    expect(outcome.replications).toEqual([5, 5]);
  });

  it("knSelect refuses an observation that is not finite", async () => {
    await expect(knSelect(2, settings, async (rs) => rs.map(() => Number.NaN))).rejects.toThrow(/system 0, replication 0 gave NaN/);
  });

  // The guarantee: P(correct selection) >= 1 - α in the slippage configuration. 400 macro-replications;
  // the test rejects only if the observed count of correct choices is improbably low for PCS = 0.95
  // (one-sided exact binomial test at 1%). The same test applied to a rule with no guarantee (take
  // the best mean after the first stage of 2 replications) rejects it, so it can fail.
  const MACRO = 400;
  async function correctChoices(choose: (seed: string) => Promise<number>): Promise<number> {
    let correct = 0;
    for (let m = 0; m < MACRO; m++) if ((await choose(`kn-${m}`)) === 2) correct++;
    return correct;
  }

  it("knSelect chooses the best of 5 at least 1 - α of the time when it is better by δ (400 macro-replications, exact binomial test)", async () => {
    const correct = await correctChoices(async (seed) => (await knSelect(5, settings, slippage(seed, 5, 1, 0.5, 2))).best);
    expect(binomialCdf(correct, MACRO, 0.95)).toBeGreaterThan(0.01);
    const naive = await correctChoices(async (seed) => {
      const draw = slippage(seed, 5, 1, 0.5, 2);
      const values = await draw([0, 1].flatMap((r) => [0, 1, 2, 3, 4].map((system) => ({ system, replication: r }))));
      const means = [0, 1, 2, 3, 4].map((i) => ((values[i] as number) + (values[5 + i] as number)) / 2);
      return means.indexOf(Math.max(...means));
    });
    expect(binomialCdf(naive, MACRO, 0.95)).toBeLessThan(0.01);
  });

  it("knSelect needs fewer replications under common random numbers (rho = 0.5) than with independent systems", async () => {
    const used = async (rho: number): Promise<number[]> => {
      const totals: number[] = [];
      for (let m = 0; m < 100; m++) {
        const outcome = await knSelect(5, settings, slippage(`crn-${m}`, 5, 1, rho, 2));
        totals.push(outcome.replications.reduce((a, b) => a + b, 0));
      }
      return totals;
    };
    const withCrn = await used(0.5);
    const independent = await used(0);
    const saving = pairedDifference(withCrn, independent); // independent - withCrn
    expect(saving.lo).not.toBeNull();
    expect(saving.lo as number).toBeGreaterThan(0);
    // and the interval is narrow enough beside the mean to mean something
    expect((saving.halfWidth as number) / estimate(independent).mean).toBeLessThan(0.5);
  });
});
