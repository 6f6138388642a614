import type { DoesNotApply } from "./queue-result.js";

/**
 * The "does not apply" result of a queue whose utilization is at least 1. Internal.
 * `ratio` names the formula of the utilization, such as "λ/(cμ)", so the reader can check it.
 */
export function unstable(model: string, ratio: string, utilization: number): DoesNotApply {
  return {
    applies: false,
    reason: `${model} is unstable: utilization ${ratio} = ${readable(utilization)} is not below 1, so the queue grows without bound`,
  };
}

/** Six significant digits, without the float noise of 1.2000000000000002. Internal. */
export function readable(x: number): string {
  return String(Number(x.toPrecision(6)));
}
