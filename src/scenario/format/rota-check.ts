import type { Report } from "./schema/object.js";

/**
 * The cross-field rule of a rota (network `schedule`, border `hours`): every change lies inside the
 * period, and changes come in strictly increasing `at`. Reports each offending change by its path.
 */
export function checkRota(rota: { readonly periodLength: number; readonly changes: readonly { readonly at: number }[] }, report: Report): void {
  rota.changes.forEach((change, i) => {
    if (change.at >= rota.periodLength) report(["changes", i, "at"], `must be < periodLength (${rota.periodLength}), got ${change.at}`);
    const previous = rota.changes[i - 1];
    if (previous !== undefined && change.at <= previous.at) {
      report(["changes", i, "at"], `must be greater than the previous change's at (${previous.at}), got ${change.at}`);
    }
  });
}
