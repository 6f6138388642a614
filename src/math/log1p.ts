import { fromWords, highWord } from "./float64-words.js";
import { powerOfTwo } from "./power-of-two.js";

// A port of FreeBSD msun's s_log1p.c (fdlibm 5.3, Sun Microsystems, 1993: "Permission to use, copy,
// modify, and distribute this software is freely granted, provided that this notice is preserved").
const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 0xfee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 0x35793c76
const LP1 = 6.666666666666735130e-1; // 0x3fe55555 0x55555593
const LP2 = 3.999999999940941908e-1; // 0x3fd99999 0x9997fa04
const LP3 = 2.857142874366239149e-1; // 0x3fd24924 0x94229359
const LP4 = 2.222219843214978396e-1; // 0x3fcc71c5 0x1d8e78af
const LP5 = 1.818357216161805012e-1; // 0x3fc74664 0x96cb03de
const LP6 = 1.531383769920937332e-1; // 0x3fc39a09 0xd078c69f
const LP7 = 1.479819860511658591e-1; // 0x3fc2f112 0xdf3e5244
// fdlibm's tests of the high word hx, as tests of x: hx < 0x3fda827a (1 + x below about √2), and for
// negative x, hx <= 0xbfd2bec4 (1 + x at least about √2/2), that is |x| below the double 0x3fd2bec5 00000000.
const LOG1P_REDUCE_FROM = fromWords(0x3fda827a, 0);
const NO_REDUCTION_ABOVE = -fromWords(0x3fd2bec5, 0);
const TWO_M29 = 2 ** -29;
const TWO_M54 = 2 ** -54;
const TWO53 = 2 ** 53;
// fdlibm's mask of the significand bits in the high word, and its threshold for u ~>= √2 (see below).
const SIGNIFICAND_HIGH = 0x000fffff;
const SQRT2_HIGH = 0x6a09e;

/**
 * ln(1 + x), accurate to within 1 ulp even when x is tiny (where 1 + x would lose x's digits), the same
 * bits in every JavaScript engine (fdlibm's algorithm: 1 + x = 2^k·(1 + f) with a correction term for
 * the rounding of 1 + x). log1p(±0) = ±0, log1p(−1) = −∞, log1p(x < −1) = NaN. Cost: O(1).
 *
 * The same operations as `log1pFdlibm`, so the same bits for every x; only the common cases are here
 * (|x| ≥ 2^-29, −1 < x < 2^53, f not within 2^-20 of 0), the rest go to `log1pFdlibm`. Why two
 * functions: V8 inlines a function only below 460 bytes of bytecode, and a call that is not inlined
 * boxes its double result on the heap. The whole port is 585 bytes; this one is 352, with its constants
 * written as literals. Whether V8 does inline it also depends on what is left of the inlining budget
 * (920 bytes in all) of the function it is compiled into, which its callers' own code shares. Measured on
 * 2026-12-02 (loops of log1p(−u) calls, fastest of 5): 10.6 ns a call inlined and 21.5 ns not (the call
 * site made megamorphic), against 11.6 and 23.2 for the earlier front of 256 bytes that called a
 * reduction of 184 bytes; Math.log1p: 7.4 and 16.6.
 * Keep it small: `node --print-bytecode --print-bytecode-filter=log1p` shows the length.
 *
 * @example
 * log1p(1e-20); // => 1e-20
 */
export function log1p(x: number): number {
  let k = 0;
  let f = x;
  let c = 0;
  // The thresholds and coefficients are written out, not named: a module constant costs V8 a check that it
  // is initialised at every read (4 bytes of bytecode against 2), and bytecode is what limits inlining.
  // Their names and words are the constants above, and a test checks every branch boundary.
  if (x > -0.292893648147583 && x < 0.4142136573791504) {
    // NO_REDUCTION_ABOVE < x < LOG1P_REDUCE_FROM, √2/2 <= 1 + x < √2: no reduction (f = x), unless
    // |x| < 2^-29, where fdlibm's shortcuts apply.
    if (x < 1.862645149230957e-9 && x > -1.862645149230957e-9) return log1pFdlibm(x);
  } else {
    if (!(x > -1 && x < 9007199254740992)) return log1pFdlibm(x); // x <= −1, x >= 2^53, ∞ or NaN
    // fdlibm's reduction 1 + x = 2^k·(1 + f), with the correction c for the rounding of 1 + x.
    const u = 1 + x;
    let hu = highWord(u);
    k = (hu >> 20) - 1023;
    c = (k > 0 ? 1 - (u - x) : x - (u - 1)) / u; // the rounding error of 1 + x, divided by u
    hu &= 0xfffff; // SIGNIFICAND_HIGH
    if (hu >= 0x6a09e) {
      // SQRT2_HIGH: u ~>= √2, normalise u/2 instead of u.
      k += 1;
      hu = (0x100000 - hu) >> 2;
    }
    if (hu === 0) return log1pFdlibm(x); // |f| < 2^-20: fdlibm's shorter series
    f = u * powerOfTwo(-k) - 1; // u·2^-k is exact and lies in [√2/2, √2)
  }
  const hfsq = 0.5 * f * f;
  const s = f / (2 + f);
  const z = s * s;
  // LP1 … LP7
  const r =
    z *
    (6.666666666666735130e-1 +
      z *
        (3.999999999940941908e-1 +
          z * (2.857142874366239149e-1 + z * (2.222219843214978396e-1 + z * (1.818357216161805012e-1 + z * (1.531383769920937332e-1 + z * 1.479819860511658591e-1))))));
  // fdlibm returns f − (hfsq − s·(hfsq + r)) when k = 0; this one formula gives the same bits then:
  // with k = c = 0 it is 0 − ((hfsq − s·(hfsq + r)) − f), and a − b = −(b − a) exactly in IEEE 754.
  // LN2_HI and LN2_LO.
  return k * 6.93147180369123816490e-1 - (hfsq - (s * (hfsq + r) + (k * 1.90821492927058770002e-10 + c)) - f);
}

/**
 * ln(1 + x), accurate to within 1 ulp even when x is tiny (where 1 + x would lose x's digits), the same
 * bits in every JavaScript engine (fdlibm's algorithm: 1 + x = 2^k·(1 + f) with a correction term for
 * the rounding of 1 + x). log1p(±0) = ±0, log1p(−1) = −∞, log1p(x < −1) = NaN. Cost: O(1).
 *
 * This is the whole port, every case; `log1p` runs the common cases itself and calls this for the rest.
 *
 * @example
 * log1pFdlibm(1e-20); // => 1e-20
 */
export function log1pFdlibm(x: number): number {
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  // fdlibm tests the high word; these comparisons of values are the same tests, written without reading it.
  if (x < LOG1P_REDUCE_FROM) {
    // 1 + x < √2 (or x negative)
    const ax = Math.abs(x);
    if (ax >= 1) return x === -1 ? -Infinity : NaN; // x <= −1
    if (ax < TWO_M29) return ax < TWO_M54 ? x : x - x * x * 0.5;
    if (x > NO_REDUCTION_ABOVE) {
      // √2/2 <= 1 + x < √2: no reduction.
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (!(x < Infinity) && k !== 0) return x + x; // +∞ or NaN
  if (k !== 0) {
    const small = x < TWO53;
    let u = small ? 1 + x : x;
    hu = highWord(u);
    k = (hu >> 20) - 1023;
    // The rounding error of 1 + x, divided by u.
    c = small ? (k > 0 ? 1 - (u - x) : x - (u - 1)) / u : 0;
    hu &= SIGNIFICAND_HIGH;
    if (hu >= SQRT2_HIGH) {
      // u ~>= √2: normalise u/2 instead of u.
      k += 1;
      hu = (0x00100000 - hu) >> 2;
    }
    u *= powerOfTwo(-k); // exact: the result lies in [√2/2, √2)
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const r = hfsq * (1 - 0.66666666666666666 * f);
    return k === 0 ? f - r : k * LN2_HI - (r - (k * LN2_LO + c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
  return k === 0 ? f - (hfsq - s * (hfsq + r)) : k * LN2_HI - (hfsq - (s * (hfsq + r) + (k * LN2_LO + c)) - f);
}
