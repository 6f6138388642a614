import { describe, expect, it } from "vitest";
import { kingman } from "../../../src/stats/theory/kingman.js";
import { mg1 } from "../../../src/stats/theory/mg1.js";
import { applied, expectSameMeasures } from "./applied.js";

describe("kingman(lambda, ca2, meanService, cs2)", () => {
  it("kingman(0.8, 0.5, 1, 0.25) gives Wq = (ρ/(1 - ρ)) ((ca² + cs²)/2) E[S] = 1.5 by hand, as an approximation", () => {
    const r = applied(kingman(0.8, 0.5, 1, 0.25));
    expect(r.exact).toBe(false);
    expect(r.Wq).toBeCloseTo(4 * 0.375, 12);
    expect(r.L).toBeCloseTo(0.8 * (1.5 + 1), 12);
  });

  it("kingman(lambda, 1, meanService, cs2) is the exact Pollaczek–Khinchine result", () => {
    const k = applied(kingman(0.6, 1, 1.25, 0.3));
    expect(k.exact).toBe(true);
    expectSameMeasures(k, applied(mg1(0.6, 1.25, 0.3)), 12);
  });

  it("kingman(lambda, 0, meanService, 0) is the exact D/D/1: nobody waits", () => {
    const r = applied(kingman(0.9, 0, 1, 0));
    expect(r.exact).toBe(true);
    expect(r.Wq).toBe(0);
  });

  it("kingman(lambda, ca2, meanService, cs2) does not apply at utilization >= 1", () => {
    const r = kingman(2, 0.5, 0.5, 0.5);
    expect(r.applies).toBe(false);
    if (!r.applies) expect(r.reason).toMatch(/G\/G\/1 is unstable: utilization λ·E\[S\] = 1 is not below 1/);
  });

  it("kingman(lambda, ca2, meanService, cs2) rejects a negative ca2", () => {
    expect(() => kingman(1, -1, 0.5, 1)).toThrow(/kingman: ca2 must be a finite number >= 0, got -1/);
  });
});
