import { finite } from "./check-argument.js";
import type { Distribution } from "./distribution.js";

/**
 * A constant: every draw is `value` (e.g. a fixed 0.25-hour document check). It consumes
 * no uniforms.
 *
 * @throws {RangeError} if value is not a finite number (TypeError if not a number).
 * @example
 * deterministic(0.25).sample(Math.random); // => 0.25
 */
export function deterministic(value: number): Distribution {
  finite("deterministic", "value", value);
  return {
    name: `deterministic(value=${value})`,
    mean: value,
    variance: 0,
    sample: () => value,
  };
}
