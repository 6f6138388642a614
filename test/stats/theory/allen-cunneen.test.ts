import { describe, expect, it } from "vitest";
import { allenCunneen } from "../../../src/stats/theory/allen-cunneen.js";
import { mg1 } from "../../../src/stats/theory/mg1.js";
import { mmc } from "../../../src/stats/theory/mmc.js";
import { applied, expectSameMeasures } from "./applied.js";

describe("allenCunneen(lambda, ca2, meanService, cs2, c)", () => {
  it("allenCunneen(lambda, 1, meanService, 1, c) equals mmc and is exact", () => {
    for (const c of [1, 2, 5, 40]) {
      const r = applied(allenCunneen(0.8 * c, 1, 1, 1, c));
      expect(r.exact).toBe(true);
      expectSameMeasures(r, applied(mmc(0.8 * c, 1, c)), 11);
    }
  });

  it("allenCunneen(lambda, 1, meanService, cs2, 1) equals mg1 and is exact", () => {
    const r = applied(allenCunneen(0.5, 1, 1.5, 0.2, 1));
    expect(r.exact).toBe(true);
    expectSameMeasures(r, applied(mg1(0.5, 1.5, 0.2)), 12);
  });

  it("allenCunneen(lambda, ca2, meanService, cs2, c) scales the M/M/c wait by (ca² + cs²)/2 and is approximate", () => {
    // M/M/3 at λ = 2, E[S] = 1 has Wq = 4/9 (Erlang C by hand); (0.5 + 0.3)/2 = 0.4.
    const r = applied(allenCunneen(2, 0.5, 1, 0.3, 3));
    expect(r.exact).toBe(false);
    expect(r.Wq).toBeCloseTo((4 / 9) * 0.4, 14);
  });

  it("allenCunneen(lambda, ca2, meanService, cs2, c) does not apply at utilization >= 1", () => {
    const r = allenCunneen(4, 1, 1, 1, 3);
    expect(r.applies).toBe(false);
    if (!r.applies) expect(r.reason).toMatch(/G\/G\/3 is unstable: utilization λ·E\[S\]\/c = 1\.33333 is not below 1/);
  });

  it("allenCunneen(lambda, ca2, meanService, cs2, c) rejects c that is not a positive integer", () => {
    expect(() => allenCunneen(1, 1, 1, 1, 0)).toThrow(/allenCunneen: c must be an integer >= 1, got 0/);
  });
});
