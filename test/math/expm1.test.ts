import { describe, expect, it } from "vitest";
import { expm1 } from "../../src/math/expm1.js";
import { referenceRows, seeded, ulpDistance } from "./ulp.js";

describe("expm1(x)", () => {
  it("expm1(x) is within 1 ulp of the correctly rounded e^x − 1 at the committed reference points", () => {
    for (const { args, value } of referenceRows("expm1")) expect(ulpDistance(expm1(args[0]!), value), `x=${args[0]}`).toBeLessThanOrEqual(1);
  });

  it("expm1(x) is within 1 ulp of Node's Math.expm1 over 100,000 seeded arguments, near 0 and across the range", () => {
    const u = seeded("expm1");
    for (let i = 0; i < 50_000; i++) {
      const x = (2 * u() - 1) * Math.exp(-40 * u());
      expect(ulpDistance(expm1(x), Math.expm1(x)), `x=${x}`).toBeLessThanOrEqual(1);
      const y = 760 * u() - 50;
      expect(ulpDistance(expm1(y), Math.expm1(y)), `x=${y}`).toBeLessThanOrEqual(1);
    }
  });

  it("expm1(x) follows IEEE 754 at ±0, ±∞, NaN, overflow and subnormals", () => {
    expect(Object.is(expm1(0), 0)).toBe(true);
    expect(Object.is(expm1(-0), -0)).toBe(true);
    expect(expm1(Infinity)).toBe(Infinity);
    expect(expm1(-Infinity)).toBe(-1);
    expect(expm1(-50)).toBe(-1);
    expect(expm1(Number.NaN)).toBeNaN();
    expect(expm1(710)).toBe(Infinity);
    expect(expm1(Number.MIN_VALUE)).toBe(Number.MIN_VALUE);
  });
});
