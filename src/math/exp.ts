import { fromWords } from "./float64-words.js";
import { powerOfTwo } from "./power-of-two.js";

// A port of FreeBSD msun's e_exp.c (fdlibm 5.3, Sun Microsystems, 2004: "Permission to use, copy,
// modify, and distribute this software is freely granted, provided that this notice is preserved").
const O_THRESHOLD = 7.09782712893383973096e2; // 0x40862e42 0xfefa39ef
const U_THRESHOLD = -7.45133219101941108420e2; // 0xc0874910 0xd52d3051
const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 0xfee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 0x35793c76
const INV_LN2 = 1.44269504088896338700; // 0x3ff71547 0x652b82fe
const P1 = 1.66666666666666019037e-1; // 0x3fc55555 0x5555553e
const P2 = -2.77777777770155933842e-3; // 0xbf66c16c 0x16bebd93
const P3 = 6.61375632143793436117e-5; // 0x3f11566a 0xaf25de2c
const P4 = -1.65339022054652515390e-6; // 0xbebbbd41 0xc5d26bf1
const P5 = 4.13813679705723846039e-8; // 0x3e663769 0x72bea4d0
const TWO_M1000 = 9.33263618503218878990e-302; // 2^-1000
const TWO_1023 = 8.98846567431157953865e307; // 2^1023
const E = 2.718281828459045; // e, correctly rounded
// fdlibm's tests of the high word hx of |x| as tests of |x|: hx >= 0x40862e42, hx > 0x3fd62e42,
// hx < 0x3ff0a2b2 and hx < 0x3e300000.
const O_THRESHOLD_HIGH = fromWords(0x40862e42, 0);
const HALF_LN2_FROM = fromWords(0x3fd62e43, 0);
const ONE_AND_HALF_LN2 = fromWords(0x3ff0a2b2, 0);
const TWO_M28 = 2 ** -28;

/**
 * The exponential e^x, to within 1 ulp, the same bits in every JavaScript engine (fdlibm's algorithm:
 * x = k·ln 2 + r with |r| <= ln(2)/2, then a minimax rational function of r, scaled by 2^k).
 * exp(±0) = 1, exp(−∞) = 0, exp(+∞) = +∞; overflows to +∞ above 709.78 and underflows to 0 below −745.13.
 * Cost: O(1), about 20 operations.
 *
 * The same operations as `expFdlibm`, so the same bits for every x; only the common cases are here
 * (2^-28 <= |x| < ln(2)/2, and 1.5·ln 2 <= |x| < 709.78 with a normal result), the rest go to
 * `expFdlibm`. Why two functions: V8 inlines a function only below 460 bytes of bytecode (and within a
 * budget for the caller), and a call that is not inlined boxes its double result on the heap (see `log1p`).
 *
 * @example
 * exp(1); // => 2.718281828459045
 */
export function exp(x: number): number {
  const ax = Math.abs(x);
  if (ax >= ONE_AND_HALF_LN2 && ax < O_THRESHOLD_HIGH) {
    // fdlibm's general reduction: k = round(x / ln 2), never 0 here.
    const k = (INV_LN2 * x + (x < 0 ? -0.5 : 0.5)) | 0;
    if (k < -1021) return expFdlibm(x); // a subnormal result
    const hi = x - k * LN2_HI; // exact
    const lo = k * LN2_LO;
    const r = hi - lo;
    const t = r * r;
    const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    const y = 1 - (lo - (r * c) / (2 - c) - hi);
    return k === 1024 ? y * 2 * TWO_1023 : y * powerOfTwo(k);
  }
  if (!(ax < HALF_LN2_FROM && ax >= TWO_M28)) return expFdlibm(x);
  // |x| <= ln(2)/2: no reduction (k = 0).
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  return 1 - ((x * c) / (c - 2) - x);
}

/**
 * The exponential e^x, to within 1 ulp, the same bits in every JavaScript engine (fdlibm's algorithm:
 * x = k·ln 2 + r with |r| <= ln(2)/2, then a minimax rational function of r, scaled by 2^k).
 * exp(±0) = 1, exp(−∞) = 0, exp(+∞) = +∞; overflows to +∞ above 709.78 and underflows to 0 below −745.13.
 * Cost: O(1), about 20 operations. This is the whole port, every case; `exp` runs the common cases
 * itself and calls this for the rest.
 *
 * @example
 * expFdlibm(1); // => 2.718281828459045
 */
export function expFdlibm(x: number): number {
  // fdlibm tests the high word of |x|; these comparisons of values are the same tests.
  const ax = Math.abs(x);
  if (!(ax < O_THRESHOLD_HIGH)) {
    // |x| >= 709.78..., or not finite.
    if (x !== x) return x + x; // NaN
    if (ax === Infinity) return x > 0 ? x : 0;
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let k = 0;
  let hi = 0;
  let lo = 0;
  if (ax >= HALF_LN2_FROM) {
    // |x| > ln(2)/2: reduce.
    const negative = x < 0;
    if (ax < ONE_AND_HALF_LN2) {
      if (x === 1) return E;
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI; // exact
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (ax < TWO_M28) {
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k >= -1021) return k === 1024 ? y * 2 * TWO_1023 : y * powerOfTwo(k);
  return y * powerOfTwo(k + 1000) * TWO_M1000;
}
