import { describe, expect, it } from "vitest";
import { erlangB } from "../../../src/stats/theory/erlang-b.js";

/** Erlang B from its definition, (a^c/c!) / Σ_{k<=c} a^k/k!, by a separate loop over the terms. */
function erlangBByDefinition(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= c; k++) {
    term *= a / k;
    sum += term;
  }
  return term / sum;
}

describe("erlangB(c, offeredLoad)", () => {
  it("erlangB(2, 1) is 0.2 by hand: (1/2) / (1 + 1 + 1/2)", () => {
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
  });

  it("erlangB(c, offeredLoad) matches the definition, including 300 servers", () => {
    for (const [c, a] of [[1, 0.5], [5, 3], [10, 12], [300, 280]] as const) {
      expect(erlangB(c, a) / erlangBByDefinition(c, a) - 1).toBeCloseTo(0, 12);
    }
  });

  it("erlangB(c, offeredLoad) stays finite for thousands of servers, where a^c/c! overflows", () => {
    const b = erlangB(5000, 5000);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(0.02);
  });

  it("erlangB(c, offeredLoad) rejects a non-integer c and a negative load", () => {
    expect(() => erlangB(1.5, 1)).toThrow(/erlangB: c must be an integer >= 1, got 1.5/);
    expect(() => erlangB(2, -1)).toThrow(/erlangB: offeredLoad must be a finite number >= 0, got -1/);
  });
});
