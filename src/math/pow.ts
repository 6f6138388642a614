import { clearLowWord, fromWords, highWord, lowWord, withHighWord } from "./float64-words.js";

// A port of FreeBSD msun's e_pow.c (fdlibm 5.3, Sun Microsystems, 2004: "Permission to use, copy,
// modify, and distribute this software is freely granted, provided that this notice is preserved").
// x^y = 2^(y·log2 x), with log2 x and the product carried in two doubles each (head and tail).
const BP = [1, 1.5];
const DP_H = [0, 5.84962487220764160156e-1]; // 0x3fe2b803 0x40000000
const DP_L = [0, 1.35003920212974897128e-8]; // 0x3e4cfdeb 0x43cfd006
const TWO53 = 9007199254740992; // 0x43400000 0x00000000
// Coefficients of (3/2)·(log(x) − 2s − (2/3)·s³).
const L1 = 5.99999999999994648725e-1; // 0x3fe33333 0x33333303
const L2 = 4.28571428578550184252e-1; // 0x3fdb6db6 0xdb6fabff
const L3 = 3.33333329818377432918e-1; // 0x3fd55555 0x518f264d
const L4 = 2.72728123808534006489e-1; // 0x3fd17460 0xa91d4101
const L5 = 2.30660745775561754067e-1; // 0x3fcd864a 0x93c9db65
const L6 = 2.06975017800338417784e-1; // 0x3fca7e28 0x4a454eef
const P1 = 1.66666666666666019037e-1; // 0x3fc55555 0x5555553e
const P2 = -2.77777777770155933842e-3; // 0xbf66c16c 0x16bebd93
const P3 = 6.61375632143793436117e-5; // 0x3f11566a 0xaf25de2c
const P4 = -1.65339022054652515390e-6; // 0xbebbbd41 0xc5d26bf1
const P5 = 4.13813679705723846039e-8; // 0x3e663769 0x72bea4d0
const LG2 = 6.93147180559945286227e-1; // 0x3fe62e42 0xfefa39ef
const LG2_H = 6.93147182464599609375e-1; // 0x3fe62e43 0x00000000
const LG2_L = -1.90465429995776804525e-9; // 0xbe205c61 0x0ca86c39
const OVT = 8.0085662595372944372e-17; // −(1024 − log2(overflow + 0.5 ulp))
const CP = 9.61796693925975554329e-1; // 0x3feec709 0xdc3a03fd = 2/(3·ln 2)
const CP_H = 9.61796700954437255859e-1; // 0x3feec709 0xe0000000 = (float) CP
const CP_L = -7.02846165095275826516e-9; // 0xbe3e2fe0 0x145b01f5 = tail of CP_H
const IVLN2 = 1.44269504088896338700; // 0x3ff71547 0x652b82fe = 1/ln 2
const IVLN2_H = 1.44269502162933349609; // 0x3ff71547 0x60000000 = 24 bits of 1/ln 2
const IVLN2_L = 1.92596299112661746887e-8; // 0x3e54ae0b 0xf85ddf44 = tail of 1/ln 2
const TWO_M54 = 5.55111512312578270212e-17; // 2^-54

/**
 * x raised to the power y, to within 1 ulp, the same bits in every JavaScript engine (fdlibm's
 * algorithm). The special cases are those of IEEE 754 and `Math.pow`: pow(x, ±0) = 1, pow(NaN, y ≠ 0) =
 * NaN, pow(x < 0, non-integer y) = NaN, pow(±0, y < 0) = +∞ (−∞ for −0 and odd y), and so on, except
 * that pow(1, y) = 1 even for y = NaN or ±∞ (C's rule; `Math.pow` gives NaN there). Cost: O(1).
 *
 * @example
 * pow(2, 0.5); // => 1.4142135623730951
 */
export function pow(x: number, y: number): number {
  const hx = highWord(x);
  const lx = lowWord(x);
  const hy = highWord(y);
  const ly = lowWord(y);
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;
  if ((iy | ly) === 0) return 1; // x^±0 = 1
  if (hx === 0x3ff00000 && lx === 0) return 1;
  if (ix > 0x7ff00000 || (ix === 0x7ff00000 && lx !== 0) || iy > 0x7ff00000 || (iy === 0x7ff00000 && ly !== 0)) return NaN;
  // yIsInt: 0 if y is not an integer, 1 if it is odd, 2 if it is even (only needed when x < 0).
  let yIsInt = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) yIsInt = 2;
    else if (iy >= 0x3ff00000) {
      const k = (iy >> 20) - 0x3ff;
      if (k > 20) {
        const j = ly >>> (52 - k);
        if ((j << (52 - k)) >>> 0 === ly >>> 0) yIsInt = 2 - (j & 1);
      } else if (ly === 0) {
        const j = iy >> (20 - k);
        if (j << (20 - k) === iy) yIsInt = 2 - (j & 1);
      }
    }
  }
  if (ly === 0) {
    if (iy === 0x7ff00000) {
      // y = ±∞
      if (((ix - 0x3ff00000) | lx) === 0) return 1; // (−1)^±∞
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0;
      return hy < 0 ? -y : 0;
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1 / x : x; // y = ±1
    if (hy === 0x40000000) return x * x; // y = 2
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x); // y = 1/2, x >= +0
  }
  let ax = Math.abs(x);
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    // x = ±0, ±∞ or ±1
    let z = ax;
    if (hy < 0) z = 1 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yIsInt) === 0) z = NaN; // (−1)^non-integer
      else if (yIsInt === 1) z = -z;
    }
    return z;
  }
  if (hx < 0 && yIsInt === 0) return NaN; // (x < 0)^non-integer
  const s = hx < 0 && yIsInt === 1 ? -1 : 1; // the sign of the result
  let t1: number;
  let t2: number;
  if (iy > 0x41e00000) {
    // |y| > 2^31
    if (iy > 0x43f00000) {
      // |y| > 2^64: must overflow or underflow.
      if (ix <= 0x3fefffff) return hy < 0 ? Infinity : 0;
      if (ix >= 0x3ff00000) return hy > 0 ? Infinity : 0;
    }
    if (ix < 0x3fefffff) return hy < 0 ? s * Infinity : s * 0;
    if (ix > 0x3ff00000) return hy > 0 ? s * Infinity : s * 0;
    // |1 − x| <= 2^-20: log(x) by x − x²/2 + x³/3 − x⁴/4.
    const t = ax - 1;
    const w = t * t * (0.5 - t * (3.3333333333333331e-1 - t * 0.25));
    const u = IVLN2_H * t;
    const v = t * IVLN2_L - w * IVLN2;
    t1 = clearLowWord(u + v);
    t2 = v - (t1 - u);
  } else {
    let n = 0;
    if (ix < 0x00100000) {
      // subnormal x
      ax *= TWO53;
      n -= 53;
      ix = highWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    ix = j | 0x3ff00000;
    let k: number;
    if (j <= 0x3988e) k = 0; // |x| < √(3/2)
    else if (j < 0xbb67a) k = 1; // |x| < √3
    else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = withHighWord(ax, ix);
    // ss = s_h + s_l = (x − 1)/(x + 1) or (x − 1.5)/(x + 1.5)
    const bp = BP[k]!;
    let u = ax - bp;
    let v = 1 / (ax + bp);
    const ss = u * v;
    const sH = clearLowWord(ss);
    let tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
    let tL = ax - (tH - bp);
    const sL = v * (u - sH * tH - sH * tL);
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = clearLowWord(3 + s2 + r);
    tL = r - (tH - 3 - s2);
    u = sH * tH;
    v = sL * tH + tL * ss;
    const pH = clearLowWord(u + v);
    const pL = v - (pH - u);
    const zH = CP_H * pH;
    const zL = CP_L * pH + pL * CP + DP_L[k]!;
    const t = n;
    t1 = clearLowWord(zH + zL + DP_H[k]! + t);
    t2 = zL - (t1 - t - DP_H[k]! - zH);
  }
  // (y1 + y2)·(t1 + t2), with y1 = y's top 21 bits.
  const y1 = clearLowWord(y);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = highWord(z);
  const i = lowWord(z);
  if (j >= 0x40900000) {
    // z >= 1024
    if (((j - 0x40900000) | i) !== 0) return s * Infinity;
    if (pL + OVT > z - pH) return s * Infinity;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z <= −1075
    if (((j - (0xc090cc00 | 0)) | i) !== 0) return s * 0;
    if (pL <= z - pH) return s * 0;
  }
  // 2^(pH + pL)
  const absJ = j & 0x7fffffff;
  let k = (absJ >> 20) - 0x3ff;
  let n = 0;
  if (absJ > 0x3fe00000) {
    // |z| > 1/2: n = [z + 1/2]
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const t = fromWords(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  const t = clearLowWord(pL + pH);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2 + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  const tt = z * z;
  const t1b = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  const r = (z * t1b) / (t1b - 2) - (w + z * w);
  z = 1 - (r - z);
  j = highWord(z) + (n << 20);
  if (j >> 20 <= 0) {
    // Subnormal result: scale by 2^(n + 54), exactly, then by 2^-54 with one rounding (fdlibm's scalbn).
    z = z * fromWords((0x3ff + n + 54) << 20, 0) * TWO_M54;
  } else {
    z = withHighWord(z, j);
  }
  return s * z;
}
