import { showValue } from "../../math/index.js";
import { lostNumber, parseValueText, splitAssignment } from "./override-syntax.js";
import type { PathProblem } from "./schema/node.js";

/** One value of a swept parameter. */
export type SweepValue = number | string | boolean;

/** The outcome of parsing `PATH=V1,V2,...`: the dotted path and its values, or what is wrong. */
export type SweepParse =
  | { readonly ok: true; readonly path: string; readonly values: SweepValue[] }
  | { readonly ok: false; readonly problems: PathProblem[] };

/**
 * Parses a sweep, `PATH=V1,V2,...`: comma-separated values, each read like an override's VALUE
 * (JSON when it parses, else text) after trimming spaces. Values are numbers, strings or booleans;
 * the path is returned dotted (`stations[0].servers` becomes `stations.0.servers`) and checked
 * later, when each value is applied as an override.
 *
 * @example
 * parseSweep("stations.0.servers=1,2,3"); // => { ok: true, path: "stations.0.servers", values: [1, 2, 3] }
 */
export function parseSweep(text: string): SweepParse {
  const split = splitAssignment(text);
  if (!split.ok) return { ok: false, problems: [split.problem] };
  const { segments, valueText } = split.assignment;
  const path = segments.join("."); // dotted, as results name the swept parameter
  const where = `--set ${text}`;
  if (valueText.trim() === "") return { ok: false, problems: [{ path: where, message: "no values after \"=\"; expected PATH=V1,V2,..., such as stations.0.servers=1,2,3" }] };
  const problems: PathProblem[] = [];
  const values: SweepValue[] = [];
  valueText.split(",").forEach((item, i) => {
    const trimmed = item.trim();
    if (trimmed === "") {
      problems.push({ path: where, message: `value ${i + 1} is empty; separate values with single commas, such as 1,2,3` });
      return;
    }
    const value = parseValueText(trimmed);
    // 1e400 reads as Infinity (which would reach the scenario as null: JSON has no Infinity), 1e-400 as 0.
    const lost = lostNumber(trimmed);
    if (lost !== undefined) problems.push({ path: where, message: `value ${i + 1}: ${lost}` });
    else if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") values.push(value);
    else problems.push({ path: where, message: `value ${i + 1} is ${showValue(value)}; a sweep takes numbers, strings or booleans` });
  });
  return problems.length === 0 ? { ok: true, path, values } : { ok: false, problems };
}
