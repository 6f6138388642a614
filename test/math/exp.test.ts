import { describe, expect, it } from "vitest";
import { exp } from "../../src/math/exp.js";
import { referenceRows, seeded, ulpDistance } from "./ulp.js";

describe("exp(x)", () => {
  it("exp(x) is within 1 ulp of the correctly rounded e^x at the committed reference points", () => {
    for (const { args, value } of referenceRows("exp")) expect(ulpDistance(exp(args[0]!), value), `x=${args[0]}`).toBeLessThanOrEqual(1);
  });

  it("exp(x) is within 1 ulp of Node's Math.exp over 100,000 seeded arguments, near 0 and across the range", () => {
    const u = seeded("exp");
    for (let i = 0; i < 50_000; i++) {
      const x = 4 * u() - 2;
      expect(ulpDistance(exp(x), Math.exp(x)), `x=${x}`).toBeLessThanOrEqual(1);
      const y = 1460 * u() - 750;
      expect(ulpDistance(exp(y), Math.exp(y)), `x=${y}`).toBeLessThanOrEqual(1);
    }
  });

  it("exp(x) follows IEEE 754 at ±0, ±∞, NaN, overflow, underflow and subnormal results", () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(Number.NaN)).toBeNaN();
    expect(exp(709.79)).toBe(Infinity);
    expect(exp(-745.2)).toBe(0);
    expect(exp(Number.MIN_VALUE)).toBe(1);
    expect(exp(1)).toBe(Math.E);
    expect(exp(-745.1332191019411)).toBe(Number.MIN_VALUE);
    expect(exp(709.782712893384)).toBe(1.7976931348622732e308);
  });
});
