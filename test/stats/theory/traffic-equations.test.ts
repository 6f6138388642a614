import { describe, expect, it } from "vitest";
import { solveTrafficEquations } from "../../../src/stats/theory/traffic-equations.js";

describe("solveTrafficEquations(external, routing)", () => {
  it("solveTrafficEquations(external, routing) passes a tandem's flow straight through", () => {
    expect(solveTrafficEquations([3, 0, 0], [[0, 1, 0], [0, 0, 1], [0, 0, 0]])).toEqual([3, 3, 3]);
  });

  it("solveTrafficEquations(external, routing) scales a station with feedback p by 1/(1 - p)", () => {
    const [lambda] = solveTrafficEquations([2], [[0.2]]);
    expect(lambda).toBeCloseTo(2 / 0.8, 14);
  });

  it("solveTrafficEquations(external, routing) solves a network with a loop and a split, checked by hand", () => {
    // A → B; B → A with 0.5, → C with 0.25; C leaves. λA = 1 + 0.5 λB, λB = λA  ⇒ λA = λB = 2, λC = 0.5.
    const got = solveTrafficEquations(
      [1, 0, 0],
      [
        [0, 1, 0],
        [0.5, 0, 0.25],
        [0, 0, 0],
      ],
    );
    [2, 2, 0.5].forEach((x, i) => expect(got[i]).toBeCloseTo(x, 14));
  });

  it("solveTrafficEquations(external, routing) rejects rows above 1 and networks customers never leave", () => {
    expect(() => solveTrafficEquations([1, 0], [[0, 0.7], [0.6, 0.5]])).toThrow(/solveTrafficEquations: routing\[1\] must sum to at most 1, got 1.1/);
    expect(() => solveTrafficEquations([1, 0], [[0, 1], [1, 0]])).toThrow(
      /solveTrafficEquations: customers at station index\(es\) 0, 1 can never leave the network/,
    );
    // 0.7 + 0.2 + 0.1 is 0.9999999999999999: still a closed loop, not a leak of 1e-16.
    expect(() => solveTrafficEquations([1], [[0.7 + 0.2 + 0.1]])).toThrow(/can never leave/);
    expect(() => solveTrafficEquations([1, 0], [[0, 1]])).toThrow(/routing must have one row per station \(2\), got 1 rows/);
    expect(() => solveTrafficEquations([-1], [[0]])).toThrow(/solveTrafficEquations: external\[0\] must be a finite number >= 0, got -1/);
  });
});
