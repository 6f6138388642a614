import { describe, expect, it } from "vitest";
import { log } from "../../src/math/log.js";
import { referenceRows, seeded, ulpDistance } from "./ulp.js";

describe("log(x)", () => {
  it("log(x) is within 1 ulp of the correctly rounded ln x at the committed reference points", () => {
    for (const { args, value } of referenceRows("log")) expect(ulpDistance(log(args[0]!), value), `x=${args[0]}`).toBeLessThanOrEqual(1);
  });

  it("log(x) is within 1 ulp of Node's Math.log over 100,000 seeded arguments, near 1 and across the range", () => {
    const u = seeded("log");
    for (let i = 0; i < 50_000; i++) {
      const x = 0.5 + 1.5 * u();
      expect(ulpDistance(log(x), Math.log(x)), `x=${x}`).toBeLessThanOrEqual(1);
      const y = Math.exp(1400 * u() - 700);
      expect(ulpDistance(log(y), Math.log(y)), `x=${y}`).toBeLessThanOrEqual(1);
    }
  });

  it("log(x) follows IEEE 754 at 0, −0, 1, ∞, NaN, negative x and subnormals", () => {
    expect(log(0)).toBe(-Infinity);
    expect(log(-0)).toBe(-Infinity);
    expect(Object.is(log(1), 0)).toBe(true);
    expect(log(Infinity)).toBe(Infinity);
    expect(log(-Infinity)).toBeNaN();
    expect(log(-1e-300)).toBeNaN();
    expect(log(Number.NaN)).toBeNaN();
    expect(log(Number.MIN_VALUE)).toBe(-744.4400719213812);
    expect(log(Number.MAX_VALUE)).toBe(709.782712893384);
  });
});
