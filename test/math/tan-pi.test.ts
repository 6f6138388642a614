import { describe, expect, it } from "vitest";
import { tanPi } from "../../src/math/tan-pi.js";
import { referenceRows, seeded, ulpDistance } from "./ulp.js";

describe("tanPi(x)", () => {
  it("tanPi(x) is within 3 ulp of the correctly rounded tan(π·x) at the committed reference points", () => {
    // The kernel's 1 ulp, plus the rounding of π·r (1 ulp of the argument) times tan's condition number (at most π/2 on |r| <= 1/4).
    for (const { args, value } of referenceRows("tanPi")) expect(ulpDistance(tanPi(args[0]!), value), `x=${args[0]}`).toBeLessThanOrEqual(3);
  });

  it("tanPi(x) is within 1 ulp of Node's Math.tan(Math.PI * x) over 100,000 seeded x in [−1/4, 1/4], where both see the same argument", () => {
    const u = seeded("tanPi");
    for (let i = 0; i < 100_000; i++) {
      const x = (u() - 0.5) / 2;
      expect(ulpDistance(tanPi(x), Math.tan(Math.PI * x)), `x=${x}`).toBeLessThanOrEqual(1);
    }
  });

  it("tanPi(x) is odd and has period 1", () => {
    const u = seeded("tanPi-period");
    for (let i = 0; i < 1000; i++) {
      // A multiple of 2^-40, so that x + 3 is exact.
      const x = Math.round(u() * 2 ** 40) / 2 ** 40 - 0.5;
      expect(tanPi(-x)).toBe(-tanPi(x));
      expect(tanPi(x + 3)).toBe(tanPi(x));
    }
  });

  it("tanPi(x) is exact at multiples of 1/4, infinite at the poles, and NaN at ±∞ and NaN", () => {
    expect(Object.is(tanPi(0), 0)).toBe(true);
    expect(Object.is(tanPi(-0), -0)).toBe(true);
    expect(tanPi(0.25)).toBe(1);
    expect(tanPi(-0.25)).toBe(-1);
    expect(tanPi(0.75)).toBe(-1);
    expect(Math.abs(tanPi(0.5))).toBe(Infinity);
    expect(tanPi(2)).toBe(0);
    expect(tanPi(Number.MIN_VALUE)).toBe(Number.MIN_VALUE * Math.PI);
    expect(tanPi(Infinity)).toBeNaN();
    expect(tanPi(Number.NaN)).toBeNaN();
  });
});
