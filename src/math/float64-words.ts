// Reading and writing the two 32-bit halves of a double, as fdlibm's GET_HIGH_WORD, GET_LOW_WORD
// and INSERT_WORDS do. One shared 8-byte buffer; the index of the high half follows the platform's
// byte order, so the functions are right on little- and big-endian machines alike.

const DOUBLE = new Float64Array(1);
const WORDS = new Int32Array(DOUBLE.buffer);
DOUBLE[0] = 1;
const HIGH = WORDS[1] === 0x3ff00000 ? 1 : 0;
const LOW = 1 - HIGH;

/**
 * The high 32 bits of x (sign, exponent and the top 20 bits of the significand), as a signed integer.
 *
 * @example
 * highWord(1); // => 1072693248 (0x3ff00000)
 */
export function highWord(x: number): number {
  DOUBLE[0] = x;
  return WORDS[HIGH]!;
}

/**
 * The low 32 bits of x (the bottom 32 bits of the significand), as a signed integer.
 *
 * @example
 * lowWord(1); // => 0
 */
export function lowWord(x: number): number {
  DOUBLE[0] = x;
  return WORDS[LOW]!;
}

/**
 * The double whose high and low 32 bits are `high` and `low` (each taken modulo 2^32).
 *
 * @example
 * fromWords(0x3ff00000, 0); // => 1
 */
export function fromWords(high: number, low: number): number {
  WORDS[HIGH] = high;
  WORDS[LOW] = low;
  return DOUBLE[0]!;
}

/**
 * x with its low 32 bits cleared: x truncated to its top 21 significand bits, so that products
 * of two such numbers are exact (fdlibm's SET_LOW_WORD(x, 0)).
 *
 * @example
 * clearLowWord(1 + 2 ** -40); // => 1
 */
export function clearLowWord(x: number): number {
  DOUBLE[0] = x;
  WORDS[LOW] = 0;
  return DOUBLE[0]!;
}

/**
 * x with its high 32 bits replaced by `high` (fdlibm's SET_HIGH_WORD).
 *
 * @example
 * withHighWord(1, 0x40000000); // => 2
 */
export function withHighWord(x: number, high: number): number {
  DOUBLE[0] = x;
  WORDS[HIGH] = high;
  return DOUBLE[0]!;
}
