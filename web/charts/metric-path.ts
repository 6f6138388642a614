import type { Estimate } from "../../src/stats/estimate.js";
import type { StudyResult } from "../../src/scenario/study/study-result.js";

/**
 * Read the estimate at a dotted path of a study result, such as `directions.kg-to-kz.crossingHours`,
 * `directions.kz-to-kg.crossingHours.p95`, `directions.kg-to-kz.activities.kz-xray.waitHours` or
 * `system.timeInSystem`. Path parts are split on dots only, so hyphenated ids need no quoting.
 * @throws {RangeError} naming the first unknown part and the names allowed there, or when the path ends before an estimate.
 * @example getEstimate(result, "directions.kg-to-kz.crossingHours").mean // => 14.2
 */
export function getEstimate(result: StudyResult, path: string): Estimate {
  if (typeof path !== "string" || path === "") throw new RangeError("getEstimate: path must be a non-empty dotted path such as \"system.timeInSystem\"");
  let here: unknown = result;
  const walked: string[] = [];
  for (const part of path.split(".")) {
    const fields = childNames(here);
    if (!isRecord(here) || !Object.hasOwn(here, part)) {
      const where = walked.length === 0 ? "a study result" : walked.join(".");
      const known = fields.length > 0 ? `known: ${fields.join(", ")}` : isEstimate(here) ? "it is already an estimate" : "it holds no metrics";
      throw new RangeError(`getEstimate: unknown metric path "${path}": no "${part}" in ${where} (${known})`);
    }
    here = here[part];
    walked.push(part);
  }
  if (!isEstimate(here)) {
    const next = childNames(here);
    const hint = next.length > 0 ? `; continue with one of: ${next.join(", ")}` : "";
    throw new RangeError(`getEstimate: metric path "${path}" is not an estimate${hint}`);
  }
  return here;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEstimate(value: unknown): value is Estimate {
  return isRecord(value) && typeof value.mean === "number" && "lo" in value && "hi" in value && "halfWidth" in value;
}

/** Names worth suggesting at this level: those that lead to an estimate. */
function childNames(value: unknown): string[] {
  if (!isRecord(value)) return [];
  return Object.keys(value).filter((key) => isRecord(value[key]) && key !== "series");
}
