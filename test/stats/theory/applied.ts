import { expect } from "vitest";
import type { QueueMeasures } from "../../../src/stats/theory/queue-result.js";

/** Test helper: the result narrowed to its "applies" branch, failing the test with the reason otherwise. */
export function applied<R extends { readonly applies: boolean }>(result: R): Extract<R, { applies: true }> {
  if (!result.applies) throw new Error(`expected the formula to apply, got: ${JSON.stringify(result)}`);
  return result as Extract<R, { applies: true }>;
}

/** Test helper: the five steady-state measures agree to `digits` decimal places. */
export function expectSameMeasures(actual: QueueMeasures, expected: QueueMeasures, digits = 12): void {
  for (const key of ["utilization", "L", "Lq", "W", "Wq"] as const) {
    expect(actual[key], key).toBeCloseTo(expected[key], digits);
  }
}
