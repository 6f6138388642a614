import { loadScenario } from "../../format/load-scenario.js";
import { optimizationStudySchema, type OptimizationStudy } from "../../format/optimization-study-schema.js";
import { parseJson } from "../../format/parse-json.js";
import type { Problem } from "../../format/problem.js";
import type { Scenario } from "../../format/scenario-types.js";
import { validate } from "../../format/schema/validate.js";
import { configurationCount, decisionValues } from "./configurations.js";

/** The most values one decision may take: the search steps through them one by one, and each is checked against the scenario. */
export const MAX_DECISION_VALUES = 1000;

/** A study file as validated: the study, or every problem with the file and its JSON path. */
export type StudyLoad = { readonly ok: true; readonly study: OptimizationStudy } | { readonly ok: false; readonly problems: Problem[] };

/**
 * Parses and validates the text of an optimisation study file (its own fields only: the scenario it
 * names is checked by `checkStudyAgainstScenario`). Never throws.
 * @example
 * loadOptimizationStudy('{"scenario": "mm1.json"}', "s.json").ok; // => false (no decisions, no indifference)
 */
export function loadOptimizationStudy(text: string, file: string): StudyLoad {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [{ file, ...parsed.problem }] };
  const validated = validate(optimizationStudySchema, parsed.value);
  if (!validated.ok) return { ok: false, problems: validated.problems.map((p) => ({ file, ...p })) };
  const problems: Problem[] = [];
  validated.value.decisions.forEach((d, i) => {
    const n = decisionValues(d).length;
    if (n > MAX_DECISION_VALUES) problems.push({ file, path: `decisions[${i}]`, message: `takes ${n} values; at most ${MAX_DECISION_VALUES} are allowed (narrow the range or coarsen the step)` });
  });
  if (problems.length > 0) return { ok: false, problems };
  const count = configurationCount(validated.value);
  if (!Number.isSafeInteger(count)) {
    return { ok: false, problems: [{ file, path: "decisions", message: `make ${count} configurations, more than can be numbered exactly (2^53); use fewer decisions or values` }] };
  }
  return { ok: true, study: validated.value };
}

/**
 * Checks a study against the scenario it starts from: every value of every decision must be one the
 * scenario file accepts at that path (whole numbers for lane counts, shares in [0, 1] ...), checked by
 * the scenario loader itself with the decision set alone. Returns the base scenario (with `overrides`)
 * or every problem, each naming the study file's JSON path and the scenario's message.
 */
export function checkStudyAgainstScenario(
  study: OptimizationStudy,
  studyFile: string,
  scenarioText: string,
  scenarioFile: string,
  overrides: readonly string[] = [],
): { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] } {
  const base = loadScenario(scenarioText, scenarioFile, overrides);
  if (!base.ok) return base;
  const problems: Problem[] = [];
  study.decisions.forEach((decision, i) => {
    for (const value of decisionValues(decision)) {
      const loaded = loadScenario(scenarioText, scenarioFile, [...overrides, `${decision.path}=${JSON.stringify(value)}`]);
      if (!loaded.ok) {
        const first = loaded.problems[0] as Problem;
        problems.push({ file: studyFile, path: `decisions[${i}]`, message: `value ${value} of "${decision.path}" is not accepted by ${scenarioFile}: ${first.path}: ${first.message}` });
        break;
      }
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenario: base.scenario };
}
