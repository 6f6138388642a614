import { highWord } from "./float64-words.js";
import { powerOfTwo } from "./power-of-two.js";

// A port of FreeBSD msun's e_log.c (fdlibm 5.3, Sun Microsystems, 1993: "Permission to use, copy,
// modify, and distribute this software is freely granted, provided that this notice is preserved").
// Only + − × ÷, exact scalings by powers of two and one read of the exponent bits, all of which come out
// the same in every engine. fdlibm's writes of the exponent field are exact multiplications here.
const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 0xfee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 0x35793c76
const TWO54 = 1.80143985094819840000e16; // 0x43500000 0x00000000
const TWO_M1022 = 2.2250738585072014e-308; // 2^-1022, the smallest normal double
const LG1 = 6.666666666666735130e-1; // 0x3fe55555 0x55555593
const LG2 = 3.999999999940941908e-1; // 0x3fd99999 0x9997fa04
const LG3 = 2.857142874366239149e-1; // 0x3fd24924 0x94229359
const LG4 = 2.222219843214978396e-1; // 0x3fcc71c5 0x1d8e78af
const LG5 = 1.818357216161805012e-1; // 0x3fc74664 0x96cb03de
const LG6 = 1.531383769920937332e-1; // 0x3fc39a09 0xd078c69f
const LG7 = 1.479819860511658591e-1; // 0x3fc2f112 0xdf3e5244

/**
 * The natural logarithm ln x, to within 1 ulp, the same bits in every JavaScript engine
 * (fdlibm's algorithm: x = 2^k·(1 + f) with √2/2 < 1 + f < √2, then a minimax series in
 * s = f/(2 + f)). ln(±0) = −∞, ln(x < 0) = NaN, ln(+∞) = +∞. Cost: O(1), about 20 operations.
 *
 * The same operations as `logFdlibm`, so the same bits for every x; only the common case is here (x
 * normal, finite and positive, f not within 2^-20 of 0), the rest go to `logFdlibm`. Why two functions:
 * V8 inlines a function only below 460 bytes of bytecode, and a call that is not inlined boxes its
 * double result on the heap (see `log1p`). Keep it under 460 bytes (`node --print-bytecode
 * --print-bytecode-filter=log` shows the length).
 *
 * @example
 * log(Math.E); // => 1
 */
export function log(x: number): number {
  if (!(x >= TWO_M1022 && x < Infinity)) return logFdlibm(x); // subnormal, 0, negative, ∞ or NaN
  let hx = highWord(x);
  const e = hx >> 20;
  hx &= 0x000fffff;
  const scale = e - 1023 + (((hx + 0x95f64) & 0x100000) >> 20);
  if ((0x000fffff & (2 + hx)) < 3) return logFdlibm(x); // −2^-20 <= f < 2^-20: fdlibm's shorter series
  const f = x * powerOfTwo(-scale) - 1;
  const dk = scale;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return scale === 0 ? f - (hfsq - s * (hfsq + r)) : dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  return scale === 0 ? f - s * (f - r) : dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}

/**
 * The natural logarithm ln x, to within 1 ulp, the same bits in every JavaScript engine
 * (fdlibm's algorithm: x = 2^k·(1 + f) with √2/2 < 1 + f < √2, then a minimax series in
 * s = f/(2 + f)). ln(±0) = −∞, ln(x < 0) = NaN, ln(+∞) = +∞. Cost: O(1), about 20 operations.
 * This is the whole port, every case; `log` runs the common cases itself and calls this for the rest.
 *
 * @example
 * logFdlibm(Math.E); // => 1
 */
export function logFdlibm(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN; // ±0, x < 0, NaN
  if (x === Infinity) return x;
  let k = 0;
  if (x < TWO_M1022) {
    // subnormal: scale up, exactly
    k -= 54;
    x *= TWO54;
  }
  let hx = highWord(x);
  const e = hx >> 20;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  // Normalise x (or x/2, when its significand is above about √2) into [√2/2, √2): exact.
  const scale = e - 1023 + (i >> 20);
  k += scale;
  x *= powerOfTwo(-scale);
  const f = x - 1;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // −2^-20 <= f < 2^-20
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const r = f * f * (0.5 - 0.33333333333333333 * f);
    return k === 0 ? f - r : dk * LN2_HI - (r - dk * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const r = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}
