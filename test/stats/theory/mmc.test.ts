import { describe, expect, it } from "vitest";
import { mm1 } from "../../../src/stats/theory/mm1.js";
import { mmc } from "../../../src/stats/theory/mmc.js";
import { applied, expectSameMeasures } from "./applied.js";

describe("mmc(lambda, mu, c)", () => {
  it("mmc(2, 1, 3) gives Wq = 4/9, Lq = 8/9, W = 13/9, L = 26/9 by hand", () => {
    // a = 2, ρ = 2/3, Erlang C = 4/9; Wq = C/(cμ - λ) = 4/9.
    const r = applied(mmc(2, 1, 3));
    expect(r.utilization).toBeCloseTo(2 / 3, 14);
    expect(r.probabilityWait).toBeCloseTo(4 / 9, 14);
    expect(r.Wq).toBeCloseTo(4 / 9, 14);
    expect(r.Lq).toBeCloseTo(8 / 9, 14);
    expect(r.W).toBeCloseTo(13 / 9, 14);
    expect(r.L).toBeCloseTo(26 / 9, 14);
  });

  it("mmc(lambda, mu, 1) equals mm1(lambda, mu)", () => {
    for (const [lambda, mu] of [[0.9, 1], [3, 4], [0.01, 7]] as const) {
      const one = applied(mmc(lambda, mu, 1));
      const m = applied(mm1(lambda, mu));
      expectSameMeasures(one, m, 10);
      expect(one.probabilityWait).toBeCloseTo(m.probabilityWait, 12);
    }
  });

  it("mmc(lambda, mu, c) with two slow servers queues less than one fast server of the same capacity, yet takes longer in all", () => {
    // Same capacity 2/h, λ = 1.5/h. Pooled M/M/2 has a longer service (1 h) but a shorter queue than the fast M/M/1.
    const pooled = applied(mmc(1.5, 1, 2));
    const fast = applied(mm1(1.5, 2));
    expect(pooled.Wq).toBeLessThan(fast.Wq);
    expect(pooled.W).toBeGreaterThan(fast.W);
  });

  it("mmc(lambda, mu, c) does not apply at utilization >= 1 and names λ/(cμ)", () => {
    const r = mmc(6, 1, 5);
    expect(r.applies).toBe(false);
    if (!r.applies) expect(r.reason).toMatch(/M\/M\/5 is unstable: utilization λ\/\(cμ\) = 1\.2 is not below 1/);
  });

  it("mmc(lambda, mu, 1) at utilization >= 1 writes the utilization as M/M/1's λ/μ, not λ/(cμ)", () => {
    const r = mmc(1.2, 1, 1);
    if (r.applies) throw new Error("mmc(1.2, 1, 1) should not apply");
    expect(r.reason).toBe("M/M/1 is unstable: utilization λ/μ = 1.2 is not below 1, so the queue grows without bound");
  });

  it("mmc(lambda, mu, c) rejects c that is not a positive integer", () => {
    expect(() => mmc(1, 1, 0)).toThrow(/mmc: c must be an integer >= 1, got 0/);
    expect(() => mmc(1, 1, 2.5)).toThrow(/mmc: c must be an integer >= 1, got 2.5/);
    expect(() => mmc(-1, 1, 2)).toThrow(/mmc: lambda must be a finite number >= 0, got -1/);
  });
});
