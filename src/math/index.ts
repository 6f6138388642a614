// The math layer, below src/engine and src/stats: elementary functions that give the same bits in every
// JavaScript engine, because they use only + − × ÷, Math.sqrt and bit manipulation, which IEEE 754 rounds
// the same everywhere (the engines' Math.log, Math.exp, Math.pow, trigonometric functions and the like
// differ in the last bit), and how every error message shows a bad value. It imports nothing. Only re-exports.
export { log } from "./log.js";
export { log1p } from "./log1p.js";
export { exp } from "./exp.js";
export { expm1 } from "./expm1.js";
export { pow } from "./pow.js";
export { tanPi } from "./tan-pi.js";
export { logGamma } from "./log-gamma.js";
export { normalQuantile } from "./normal-quantile.js";
export { showValue } from "./show-value.js";
