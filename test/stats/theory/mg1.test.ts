import { describe, expect, it } from "vitest";
import { mg1 } from "../../../src/stats/theory/mg1.js";
import { mm1 } from "../../../src/stats/theory/mm1.js";
import { applied, expectSameMeasures } from "./applied.js";

describe("mg1(lambda, meanService, scv)", () => {
  it("mg1(0.8, 1, 0.5) gives Wq = ρ E[S] (1 + scv) / (2(1 - ρ)) = 3 by hand", () => {
    const r = applied(mg1(0.8, 1, 0.5));
    expect(r.exact).toBe(true);
    expect(r.Wq).toBeCloseTo(3, 12);
    expect(r.Lq).toBeCloseTo(2.4, 12);
    expect(r.W).toBeCloseTo(4, 12);
    expect(r.L).toBeCloseTo(3.2, 12);
  });

  it("mg1(lambda, meanService, 1) equals mm1(lambda, 1/meanService)", () => {
    for (const [lambda, s] of [[0.9, 1], [3, 0.25], [0.2, 4]] as const) {
      expectSameMeasures(applied(mg1(lambda, s, 1)), applied(mm1(lambda, 1 / s)), 10);
    }
  });

  it("mg1(lambda, meanService, scv) waits longer as service gets more variable", () => {
    const waits = [0, 0.5, 1, 4].map((scv) => applied(mg1(0.7, 1, scv)).Wq);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(new Set(waits).size).toBe(4);
  });

  it("mg1(lambda, meanService, scv) does not apply at utilization >= 1", () => {
    const r = mg1(1.25, 1, 0.3);
    expect(r.applies).toBe(false);
    if (!r.applies) expect(r.reason).toMatch(/M\/G\/1 is unstable: utilization λ·E\[S\] = 1\.25 is not below 1/);
  });

  it("mg1(lambda, meanService, scv) rejects a negative scv", () => {
    expect(() => mg1(1, 0.5, -0.1)).toThrow(/mg1: scv must be a finite number >= 0, got -0.1/);
  });
});
