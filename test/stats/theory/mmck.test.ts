import { describe, expect, it } from "vitest";
import { erlangB } from "../../../src/stats/theory/erlang-b.js";
import { mmc } from "../../../src/stats/theory/mmc.js";
import { mmck } from "../../../src/stats/theory/mmck.js";
import { applied, expectSameMeasures } from "./applied.js";

describe("mmck(lambda, mu, c, K)", () => {
  it("mmck(2, 1, 1, 3) is stable when overloaded, with π ∝ 1, 2, 4, 8 by hand", () => {
    // π = (1, 2, 4, 8)/15: blocking 8/15, λ_eff = 2·7/15, L = 34/15, Lq = (4 + 2·8)/15 = 4/3.
    const r = applied(mmck(2, 1, 1, 3));
    expect(r.blockingProbability).toBeCloseTo(8 / 15, 14);
    expect(r.effectiveArrivalRate).toBeCloseTo(14 / 15, 14);
    expect(r.utilization).toBeCloseTo(14 / 15, 14);
    expect(r.L).toBeCloseTo(34 / 15, 14);
    expect(r.Lq).toBeCloseTo(4 / 3, 14);
    expect(r.W).toBeCloseTo(34 / 14, 14);
    expect(r.Wq).toBeCloseTo(20 / 14, 14);
  });

  it("mmck(lambda, mu, c, c) is the Erlang loss system: blocking is Erlang B and nobody waits", () => {
    const r = applied(mmck(7, 2, 4, 4));
    expect(r.blockingProbability).toBeCloseTo(erlangB(4, 3.5), 14);
    expect(r.Lq).toBe(0);
    expect(r.Wq).toBe(0);
    expect(r.W).toBeCloseTo(1 / 2, 14);
  });

  it("mmck(lambda, mu, c, K) tends to mmc(lambda, mu, c) as K grows", () => {
    // ρ = 0.9: the probability mass beyond K = 2000 is about 0.9^2000 ≈ 1e-92.
    const finite = applied(mmck(2.7, 1, 3, 2000));
    expectSameMeasures(finite, applied(mmc(2.7, 1, 3)), 10);
    expect(finite.blockingProbability).toBeLessThan(1e-80);
  });

  it("mmck(lambda, mu, c, K) handles loads whose a^n/n! would overflow", () => {
    const r = applied(mmck(2000, 1, 1000, 1200));
    expect(Number.isFinite(r.L) && Number.isFinite(r.W)).toBe(true);
    // Throughput cannot exceed cμ = 1000 of the 2000 arriving, so at least half are turned away; above c the
    // birth-death ratio is λ/(cμ) = 2, so π_{K-j} ∝ 2^-j and the system sits within a few places of K = 1200.
    expect(r.blockingProbability).toBeGreaterThanOrEqual(0.5 - 1e-12);
    expect(r.L).toBeGreaterThan(1195);
  });

  it("mmck(0, mu, c, K) has nobody in it", () => {
    expect(applied(mmck(0, 4, 2, 5))).toMatchObject({ L: 0, Lq: 0, W: 0.25, Wq: 0, blockingProbability: 0 });
  });

  it("mmck(lambda, mu, c, K) rejects K below c", () => {
    expect(() => mmck(1, 1, 3, 2)).toThrow(/mmck: K must be an integer >= c = 3 .*, got 2/);
    expect(() => mmck(1, 1, 1, 2.5)).toThrow(/mmck: K must be an integer >= 1, got 2.5/);
  });
});
