// The elementary functions the fitting code uses, in one place. Math.log, Math.exp and Math.pow may
// differ in the last bit between V8 versions (issue 9); the portable src/math module replaces them,
// and this file is the only one in src/stats/fit to repoint when it lands.

/** Natural logarithm. */
export const log: (x: number) => number = Math.log;
/** e to the power x. */
export const exp: (x: number) => number = Math.exp;
/** x to the power y. */
export const pow: (x: number, y: number) => number = Math.pow;
/** ln(1 + x), accurate for small x. */
export const log1p: (x: number) => number = Math.log1p;
/** e^x − 1, accurate for small x. */
export const expm1: (x: number) => number = Math.expm1;
