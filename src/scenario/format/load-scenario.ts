import { parseJson } from "./parse-json.js";
import type { Problem } from "./problem.js";
import { scenarioSchema } from "./scenario-schema.js";
import type { Scenario } from "./scenario-types.js";
import { validate } from "./schema/validate.js";
import { applyOverrides } from "./set-override.js";
import type { PathProblem } from "./schema/node.js";

/** The outcome of loading a scenario: the scenario with defaults filled in, or every problem found. */
export type LoadResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | {
      readonly ok: false;
      readonly problems: Problem[];
      /** Present (true) when checks across fields (unknown ids, sums of shares) are still to run once the listed problems are fixed. */
      readonly checksPending?: true;
    };

/**
 * Parses and validates the text of a scenario file, after applying `--set PATH=VALUE` overrides,
 * and fills in defaults. Reports every problem (invalid JSON by line and column; otherwise each
 * wrong field by its JSON path), never just the first, and never throws.
 *
 * @example
 * const loaded = loadScenario(text, "scenarios/mm1.json", ["stations.0.servers=2"]);
 * if (!loaded.ok) console.error(formatProblems(loaded.problems));
 */
export function loadScenario(text: string, file: string, overrides: readonly string[] = []): LoadResult {
  const inFile = (problems: readonly PathProblem[], checksPending = false): LoadResult => {
    const listed = problems.map((p) => ({ file, ...p }));
    return checksPending ? { ok: false, problems: listed, checksPending: true } : { ok: false, problems: listed };
  };
  const parsed = parseJson(text);
  if (!parsed.ok) return inFile(parsed.problems);
  const overridden = applyOverrides(parsed.value, overrides);
  const validated = validate(scenarioSchema, overridden.value);
  if (validated.ok && overridden.problems.length === 0) return { ok: true, scenario: validated.value };
  return inFile([...overridden.problems, ...(validated.ok ? [] : validated.problems)], !validated.ok && validated.checksPending === true);
}
