import { describe, expect, it } from "vitest";
import { log, logFdlibm } from "../../src/math/log.js";
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

  it("logFdlibm(x), the whole port, is within 1 ulp of the correctly rounded ln x at the committed reference points", () => {
    for (const { args, value } of referenceRows("log")) expect(ulpDistance(logFdlibm(args[0]!), value), `x=${args[0]}`).toBeLessThanOrEqual(1);
  });

  it("log(x) gives the same bits as logFdlibm(x) at every branch boundary and over 200,000 seeded arguments", () => {
    const xs: number[] = [0, -0, -1, Infinity, -Infinity, Number.NaN, Number.MIN_VALUE, Number.MAX_VALUE, 2 ** -1022, 2 ** -1022 * (1 - 2 ** -52)];
    // Significands around fdlibm's tests: the √2 split (hx + 0x95f64), |f| < 2^-20 (its shorter series) on
    // both sides of 1, and the two polynomial forms (hx - 0x6147a, 0x6b851 - hx), for every exponent.
    const significands = [1, 1 + 2 ** -20, 1 + 2 ** -21, 2 - 2 ** -21, 2 - 3 * 2 ** -20, 2 - 2 ** -52, 1 + 0x6a09b * 2 ** -20, 1 + 0x6a09c * 2 ** -20,
      1 + 0x6147a * 2 ** -20, 1 + 0x6147b * 2 ** -20, 1 + 0x6b851 * 2 ** -20, 1 + 0x6b850 * 2 ** -20, 1 + 0x6b852 * 2 ** -20];
    for (let e = -1074; e <= 1023; e++) for (const m of significands) xs.push(m * 2 ** e);
    const u = seeded("log-fast-path");
    for (let i = 0; i < 100_000; i++) xs.push(Math.exp(1400 * u() - 700), 1 + (u() - 0.5) * 2 ** -18);
    for (const x of xs) expect(Object.is(log(x), logFdlibm(x)), `x=${x}`).toBe(true);
  });
});
