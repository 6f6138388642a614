// The math layer, below src/engine and src/stats: it imports nothing. Only re-exports.
export { showValue } from "./show-value.js";
