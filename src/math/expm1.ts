import { fromWords, highWord, lowWord, withHighWord } from "./float64-words.js";

// A port of FreeBSD msun's s_expm1.c (fdlibm 5.3, Sun Microsystems, 1993: "Permission to use, copy,
// modify, and distribute this software is freely granted, provided that this notice is preserved").
const O_THRESHOLD = 7.09782712893383973096e2; // 0x40862e42 0xfefa39ef
const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 0xfee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 0x35793c76
const INV_LN2 = 1.44269504088896338700; // 0x3ff71547 0x652b82fe
// Scaled coefficients of R(2z), z = x²/2.
const Q1 = -3.33333333333331316428e-2; // 0xbfa11111 0x111110f4
const Q2 = 1.58730158725481460165e-3; // 0x3f5a01a0 0x19fe5585
const Q3 = -7.93650757867487942473e-5; // 0xbf14ce19 0x9eaadbb7
const Q4 = 4.00821782732936239552e-6; // 0x3ed0cfca 0x86e65239
const Q5 = -2.01099218183624371326e-7; // 0xbe8afdb7 0x6e09c32d
const TWO_1023 = 8.98846567431157953865e307; // 2^1023

/**
 * e^x − 1, accurate to within 1 ulp even when x is tiny (where exp(x) − 1 would cancel), the same bits
 * in every JavaScript engine (fdlibm's algorithm). expm1(±0) = ±0, expm1(−∞) = −1, expm1(+∞) = +∞.
 * Cost: O(1).
 *
 * @example
 * expm1(1e-20); // => 1e-20
 */
export function expm1(x: number): number {
  let hx = highWord(x);
  const negative = hx < 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56·ln 2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
        return negative ? -1 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return -1;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln(2)/2: reduce.
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5·ln 2
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI; // exact
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    // |x| < 2^-54
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6 - x * t));
  if (k === 0) return x - (x * e - hxs);
  const twopk = fromWords(0x3ff00000 + (k << 20), 0);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
  if (k <= -2 || k > 56) {
    let y = 1 - (e - x);
    y = k === 1024 ? y * 2 * TWO_1023 : y * twopk;
    return y - 1;
  }
  let y: number;
  if (k < 20) {
    t = withHighWord(1, 0x3ff00000 - (0x200000 >> k)); // 1 − 2^-k
    y = t - (e - x);
  } else {
    t = withHighWord(1, (0x3ff - k) << 20); // 2^-k
    y = x - (e + t);
    y += 1;
  }
  return y * twopk;
}
