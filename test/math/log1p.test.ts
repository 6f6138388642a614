import { describe, expect, it } from "vitest";
import { fromWords } from "../../src/math/float64-words.js";
import { log1p, log1pFdlibm } from "../../src/math/log1p.js";
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

  it("log1pFdlibm(x), the whole port, is within 1 ulp of the correctly rounded ln(1 + x) at the committed reference points", () => {
    for (const { args, value } of referenceRows("log1p")) expect(ulpDistance(log1pFdlibm(args[0]!), value), `x=${args[0]}`).toBeLessThanOrEqual(1);
  });

  it("log1p(x) gives the same bits as log1pFdlibm(x) at every branch boundary and over 200,000 seeded arguments", () => {
    const xs: number[] = [0, -0, -1, 1, Infinity, -Infinity, Number.NaN, 2 ** 53, 2 ** 53 - 1, 2 ** 60, Number.MAX_VALUE];
    // Either side of fdlibm's thresholds: |x| = 2^-29 and 2^-54, 1 + x = √2 and √2/2 (as fdlibm reads them).
    for (const t of [2 ** -29, 2 ** -54, fromWords(0x3fda827a, 0), -fromWords(0x3fd2bec5, 0)]) {
      for (const y of [t, -t, t * (1 + 2 ** -52), t * (1 - 2 ** -53), -t * (1 + 2 ** -52), -t * (1 - 2 ** -53)]) xs.push(y);
    }
    // 1 + x = m·2^e for significands m around fdlibm's √2 test (high word 0x6a09e), around 1 (|f| < 2^-20,
    // its shorter series) and just below 2, for exponents e of both signs.
    const significands = [1, 1 + 2 ** -20, 1 + 2 ** -21, 1 - 2 ** -21, 1 + 0x6a09e * 2 ** -20, 1 + 0x6a09d * 2 ** -20, 2 - 3 * 2 ** -20, 2 - 4 * 2 ** -20, 2 - 2 ** -52];
    for (let e = -60; e <= 60; e++) for (const m of significands) xs.push(m * 2 ** e - 1, -(1 - m * 2 ** e));
    for (let e = -1074; e <= 1023; e++) xs.push(2 ** e, -(2 ** e), -(1 - 2 ** -Math.min(53, Math.abs(e))));
    const u = seeded("log1p-fast-path");
    for (let i = 0; i < 100_000; i++) xs.push(-u(), Math.exp(80 * u() - 40) * (u() < 0.5 ? -1e-3 : 1));
    for (const x of xs) expect(Object.is(log1p(x), log1pFdlibm(x)), `x=${x}`).toBe(true);
  });
});
