import { describe, expect, it } from "vitest";
import { pow } from "../../src/math/pow.js";
import { referenceRows, seeded, ulpDistance } from "./ulp.js";

describe("pow(x, y)", () => {
  it("pow(x, y) is within 1 ulp of the correctly rounded x^y at the committed reference points", () => {
    for (const { args, value } of referenceRows("pow")) {
      expect(ulpDistance(pow(args[0]!, args[1]!), value), `x=${args[0]}, y=${args[1]}`).toBeLessThanOrEqual(1);
    }
  });

  it("pow(x, y) is within 1 ulp of Node's Math.pow over 100,000 seeded arguments (the samplers' u^(1/k), and across the range)", () => {
    const u = seeded("pow");
    for (let i = 0; i < 50_000; i++) {
      const x = 1 - u();
      const y = 1 / (0.01 + 2 * u());
      expect(ulpDistance(pow(x, y), Math.pow(x, y)), `x=${x}, y=${y}`).toBeLessThanOrEqual(1);
      const a = Math.exp(200 * u() - 100);
      const b = 20 * u() - 10;
      expect(ulpDistance(pow(a, b), Math.pow(a, b)), `x=${a}, y=${b}`).toBeLessThanOrEqual(1);
    }
  });

  it("pow(x, y) follows IEEE 754 at zeros, infinities, NaN, negative bases and subnormal results", () => {
    const cases: [number, number][] = [
      [0, -1], [-0, -1], [-0, -2], [0, 0.5], [-0, 0.5], [-0, 3], [Infinity, -2], [-Infinity, 3], [-Infinity, -3],
      [-Infinity, 0.5], [2, Infinity], [0.5, Infinity], [2, -Infinity], [Number.NaN, 0], [Number.NaN, 1], [3, Number.NaN],
      [-8, 1 / 3], [-2, 3], [-2, 4], [-2, -1075], [2, -1074], [2, -1075], [2, 1024], [0.5, 0.5], [Number.MIN_VALUE, 0.5], [10, 308.2547],
    ];
    for (const [x, y] of cases) expect(Object.is(pow(x, y), Math.pow(x, y)), `pow(${x}, ${y})`).toBe(true);
    // C's rule, where Math.pow says NaN: 1 to any power is 1.
    expect(pow(1, Number.NaN)).toBe(1);
    expect(pow(-1, Infinity)).toBe(1);
  });
});
