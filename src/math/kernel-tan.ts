import { clearLowWord, highWord } from "./float64-words.js";

// A port of FreeBSD msun's k_tan.c (fdlibm 5.3, Sun Microsystems, 2004: "Permission to use, copy,
// modify, and distribute this software is freely granted, provided that this notice is preserved").
const T0 = 3.33333333333334091986e-1; // 0x3fd55555 0x55555563
const T1 = 1.33333333333201242699e-1; // 0x3fc11111 0x1110fe7a
const T2 = 5.39682539762260521377e-2; // 0x3faba1ba 0x1bb341fe
const T3 = 2.18694882948595424599e-2; // 0x3f9664f4 0x8406d637
const T4 = 8.86323982359930005737e-3; // 0x3f8226e3 0xe96e8493
const T5 = 3.59207910759131235356e-3; // 0x3f6d6d22 0xc9560328
const T6 = 1.45620945432529025516e-3; // 0x3f57dbc8 0xfee08315
const T7 = 5.88041240820264096874e-4; // 0x3f4344d8 0xf2f26501
const T8 = 2.46463134818469906812e-4; // 0x3f3026f7 0x1a8d1068
const T9 = 7.81794442939557092300e-5; // 0x3f147e88 0xa03792a6
const T10 = 7.14072491382608190305e-5; // 0x3f12b80f 0x32f0a7e9
const T11 = -1.85586374855275456654e-5; // 0xbef375cb 0xdb605373
const T12 = 2.59073051863633712884e-5; // 0x3efb2a70 0x74bf7ad4
const PIO4 = 7.85398163397448278999e-1; // 0x3fe921fb 0x54442d18
const PIO4_LO = 3.06161699786838301793e-17; // 0x3c81a626 0x33145c07

/**
 * tan(x + y) (iy = 1) or −1/tan(x + y) (iy = −1) for |x + y| <= π/4, where y is a tail below half an ulp
 * of x (0 when x is exact). Within 1 ulp. The kernel of fdlibm's tan, for callers that reduce the argument
 * themselves; no check of the range. Cost: O(1).
 *
 * @example
 * kernelTan(Math.PI / 4, 0, 1); // => 0.9999999999999999
 */
export function kernelTan(x: number, y: number, iy: 1 | -1): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3e300000 && iy === 1) return x; // |x| < 2^-28: tan x = x to double precision
  const big = ix >= 0x3fe59428; // |x| >= 0.6744
  if (big) {
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    x = PIO4 - x + (PIO4_LO - y);
    y = 0;
  }
  let z = x * x;
  let w = z * z;
  // x^5·(T1 + x^4·T3 + … + x^20·T11) + x^5·(x^2·(T2 + x^4·T4 + … + x^22·T12))
  let r = T1 + w * (T3 + w * (T5 + w * (T7 + w * (T9 + w * T11))));
  let v = z * (T2 + w * (T4 + w * (T6 + w * (T8 + w * (T10 + w * T12)))));
  let s = z * x;
  r = y + z * (s * (r + v) + y);
  r += T0 * s;
  w = x + r;
  if (big) {
    v = iy;
    return (1 - ((hx >> 30) & 2)) * (v - 2 * (x - ((w * w) / (w + v) - r)));
  }
  if (iy === 1) return w;
  // −1/(x + r), computed so that the division loses no digits.
  z = clearLowWord(w);
  v = r - (z - x);
  const a = -1 / w;
  const t = clearLowWord(a);
  s = 1 + t * z;
  return t + a * (s + t * v);
}
