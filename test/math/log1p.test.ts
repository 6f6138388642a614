import { describe, expect, it } from "vitest";
import { log1p } from "../../src/math/log1p.js";
import { referenceRows, seeded, ulpDistance } from "./ulp.js";

describe("log1p(x)", () => {
  it("log1p(x) is within 1 ulp of the correctly rounded ln(1 + x) at the committed reference points", () => {
    for (const { args, value } of referenceRows("log1p")) expect(ulpDistance(log1p(args[0]!), value), `x=${args[0]}`).toBeLessThanOrEqual(1);
  });

  it("log1p(x) is within 1 ulp of Node's Math.log1p over 100,000 seeded arguments (−u as the samplers use it, and across the range)", () => {
    const u = seeded("log1p");
    for (let i = 0; i < 50_000; i++) {
      const x = -u();
      expect(ulpDistance(log1p(x), Math.log1p(x)), `x=${x}`).toBeLessThanOrEqual(1);
      const y = Math.exp(1400 * u() - 700) * (u() < 0.2 ? -1e-300 : 1);
      expect(ulpDistance(log1p(y), Math.log1p(y)), `x=${y}`).toBeLessThanOrEqual(1);
    }
  });

  it("log1p(x) follows IEEE 754 at ±0, −1, ∞, NaN, x < −1 and subnormals", () => {
    expect(Object.is(log1p(0), 0)).toBe(true);
    expect(Object.is(log1p(-0), -0)).toBe(true);
    expect(log1p(-1)).toBe(-Infinity);
    expect(log1p(-1.5)).toBeNaN();
    expect(log1p(-Infinity)).toBeNaN();
    expect(log1p(Infinity)).toBe(Infinity);
    expect(log1p(Number.NaN)).toBeNaN();
    expect(log1p(Number.MIN_VALUE)).toBe(Number.MIN_VALUE);
    expect(log1p(-Number.MIN_VALUE)).toBe(-Number.MIN_VALUE);
  });
});
