import { describe, expect, it } from "vitest";
import { exp, expFdlibm } from "../../src/math/exp.js";
import { fromWords } from "../../src/math/float64-words.js";
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

  it("expFdlibm(x), the whole port, is within 1 ulp of the correctly rounded e^x at the committed reference points", () => {
    for (const { args, value } of referenceRows("exp")) expect(ulpDistance(expFdlibm(args[0]!), value), `x=${args[0]}`).toBeLessThanOrEqual(1);
  });

  it("exp(x) gives the same bits as expFdlibm(x) at every branch boundary and over 200,000 seeded arguments", () => {
    const xs: number[] = [0, -0, 1, -1, Infinity, -Infinity, Number.NaN, Number.MIN_VALUE, Number.MAX_VALUE, 709.782712893384, -745.1332191019411];
    // Either side of fdlibm's thresholds on |x| (2^-28, ln(2)/2, 1.5·ln 2, 709.78...), for both signs, and
    // the k at which the result becomes subnormal (−1021) or needs 2^1024 (k = 1024).
    for (const t of [2 ** -28, fromWords(0x3fd62e43, 0), fromWords(0x3ff0a2b2, 0), fromWords(0x40862e42, 0), 1021.5 * Math.LN2, 1022.5 * Math.LN2, 1023.5 * Math.LN2]) {
      for (const y of [t, t * (1 + 2 ** -52), t * (1 - 2 ** -53)]) xs.push(y, -y);
    }
    const u = seeded("exp-fast-path");
    for (let i = 0; i < 100_000; i++) xs.push(1500 * u() - 750, 8 * u() - 4);
    for (const x of xs) expect(Object.is(exp(x), expFdlibm(x)), `x=${x}`).toBe(true);
  });
});
