import { describe, expect, it } from "vitest";
import { erlangC } from "../../../src/stats/theory/erlang-c.js";

/** Erlang C from its textbook definition, (a^c/c!)/(1-ρ) / (Σ_{k<c} a^k/k! + (a^c/c!)/(1-ρ)), by a separate loop. */
function erlangCByDefinition(c: number, a: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const waiting = term / (1 - a / c);
  return waiting / (sum + waiting);
}

describe("erlangC(c, offeredLoad)", () => {
  it("erlangC(3, 2) is 4/9 by hand: (8/6)/(1/3) over 1 + 2 + 2 + 4", () => {
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 14);
  });

  it("erlangC(c, offeredLoad) matches the definition from 1 to 500 servers", () => {
    for (const [c, a] of [[1, 0.7], [2, 1], [7, 6.3], [50, 45], [500, 480]] as const) {
      expect(erlangC(c, a) / erlangCByDefinition(c, a) - 1).toBeCloseTo(0, 11);
    }
  });

  it("erlangC(1, a) is a, the M/M/1 probability of waiting", () => {
    expect(erlangC(1, 0.35)).toBeCloseTo(0.35, 15);
  });

  it("erlangC(c, offeredLoad) rejects a load at or above c", () => {
    expect(() => erlangC(3, 3)).toThrow(/erlangC: offeredLoad must be below c = 3 .*, got 3/);
    expect(() => erlangC(0, 0.5)).toThrow(/erlangC: c must be an integer >= 1, got 0/);
  });
});
