import { describe, expect, it } from "vitest";
import type { Estimate } from "../../../src/stats/estimate.js";
import { theoryVerdict } from "../../../web/charts/theory-verdict.js";

const interval = (lo: number, hi: number): Estimate => ({ mean: (lo + hi) / 2, halfWidth: (hi - lo) / 2, lo, hi });

describe("theoryVerdict(simulated, theory, exact)", () => {
  it("theoryVerdict(simulated, theory, true) is inside when the exact value is in the interval, ends included, else outside", () => {
    expect(theoryVerdict(interval(8.5, 9.5), 9.2, true)).toBe("inside");
    expect(theoryVerdict(interval(8.5, 9.5), 9.5, true)).toBe("inside");
    expect(theoryVerdict(interval(8.5, 9.5), 8.5, true)).toBe("inside");
    expect(theoryVerdict(interval(8.5, 9.5), 9.51, true)).toBe("outside");
    expect(theoryVerdict(interval(8.5, 9.5), 8.49, true)).toBe("outside");
  });

  it("theoryVerdict(simulated, theory, true) counts a tie within a relative 1e-9 as inside (a saturated server's utilisation of 1)", () => {
    expect(theoryVerdict(interval(0.9, 1 - 1e-12), 1, true)).toBe("inside");
    expect(theoryVerdict(interval(1000, 2000), 2000 * (1 + 5e-10), true)).toBe("inside");
    expect(theoryVerdict(interval(1000, 2000), 2000 * (1 + 2e-9), true)).toBe("outside");
  });

  it("theoryVerdict(simulated, theory, exact) says approximate, no interval or no theory before comparing", () => {
    expect(theoryVerdict(interval(8.5, 9.5), 20, false)).toBe("approximate");
    expect(theoryVerdict({ mean: 9, halfWidth: null, lo: null, hi: null }, 9, true)).toBe("no interval");
    expect(theoryVerdict(undefined, 9, true)).toBe("no interval");
    expect(theoryVerdict(interval(8.5, 9.5), undefined, true)).toBe("no theory");
  });
});
