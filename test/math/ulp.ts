// Helpers of the src/math tests: hexadecimal floats (as Python's float.hex writes them), the distance
// between two doubles in units in the last place, seeded arguments, and the committed reference table.
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";

/** The double written as Python's float.hex does ("-0x1.8p+1" = −3); exact, no decimal rounding. */
export function fromHex(text: string): number {
  const m = /^(-?)0x([01])\.([0-9a-f]{13})p([+-]\d+)$/.exec(text);
  if (m === null) {
    if (text === "inf") return Infinity;
    if (text === "-inf") return -Infinity;
    if (/^-?0x0\.0p\+0$/.test(text)) return text.startsWith("-") ? -0 : 0;
    throw new Error(`fromHex: not a float.hex string: ${text}`);
  }
  // 52 fraction bits times 2^(exponent − 52): both steps exact (the significand fits in 53 bits).
  const significand = Number(BigInt(`0x${m[2]}${m[3]}`));
  let value = significand;
  let e = Number(m[4]) - 52;
  // Scale in steps that stay exact: powers of two within the normal range, the last one rounding nothing.
  while (e > 0) {
    const step = Math.min(e, 1000);
    value *= 2 ** step;
    e -= step;
  }
  while (e < 0) {
    const step = Math.max(e, -1000);
    value /= 2 ** -step;
    e -= step;
  }
  return m[1] === "-" ? -value : value;
}

const VIEW = new DataView(new ArrayBuffer(8));

/** x's bits as an integer that orders doubles as numbers do (−0 and +0 both map to 0). */
function ordinal(x: number): bigint {
  VIEW.setFloat64(0, x);
  const bits = VIEW.getBigInt64(0);
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/**
 * How many doubles apart a and b are (0 when equal, Infinity when exactly one is NaN or they
 * differ in sign across an infinity); −0 and +0 are 0 apart.
 */
export function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  if (a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}

/** A seeded uniform source for argument sweeps (seedrandom's xor4096, as the engine's streams). */
export function seeded(name: string): () => number {
  const prng = seedrandom.xor4096(`borderflow-math-test/${name}`);
  return () => prng.double();
}

type Row = [string | string[], string];
const TABLE = JSON.parse(readFileSync(new URL("./reference-values.json", import.meta.url), "utf8")) as {
  functions: Record<string, Row[]>;
};

/** The reference rows of one function: arguments and the correctly rounded value, as doubles. */
export function referenceRows(name: string): { args: number[]; value: number }[] {
  const rows = TABLE.functions[name];
  if (rows === undefined) throw new Error(`no reference rows for ${name}`);
  return rows.map(([args, value]) => ({
    args: typeof args === "string" ? [fromHex(args)] : args.map(fromHex),
    value: fromHex(value),
  }));
}
