// 2^e for every e a double can hold, from 2^-1074 (the smallest subnormal) to 2^1023, each exact: the
// table is filled by doubling, which never rounds. Scaling by an entry is exact whenever the result is
// normal, so it replaces fdlibm's writes of an exponent field (SET_HIGH_WORD, INSERT_WORDS) with one
// multiplication, which V8 runs faster than a round trip through a typed array.
const MIN_EXPONENT = -1074;
const TABLE = new Float64Array(1023 - MIN_EXPONENT + 1);
TABLE[0] = Number.MIN_VALUE;
for (let i = 1; i < TABLE.length; i++) TABLE[i] = TABLE[i - 1]! * 2;

/**
 * 2^e, exactly, for an integer e from −1074 to 1023 (undefined behaviour outside: the caller's range
 * is part of its algorithm). Cost: one array read.
 *
 * @example
 * powerOfTwo(-3); // => 0.125
 */
export function powerOfTwo(e: number): number {
  return TABLE[e - MIN_EXPONENT]!;
}
