import { parseJson } from "./parse-json.js";
import type { Problem } from "./problem.js";
import { scenarioSchema } from "./scenario-schema.js";
import type { Scenario } from "./scenario-types.js";
import { validate } from "./schema/validate.js";
import { applyOverrides } from "./set-override.js";
import { splitAssignment } from "./override-syntax.js";
import { isHeld, uncertainInputs } from "./uncertain-inputs.js";
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
 * wrong field by its JSON path), never just the first, and never throws. The declared `uncertain`
 * inputs are checked too, once the rest is valid. A field that an override sets is held at that
 * value: it may leave its declared range, and its declaration is dropped from the loaded scenario
 * (it is no longer uncertain), so that the loaded scenario is itself valid when checked again.
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
  // The declared uncertain inputs need the whole scenario (where each path leads), so they are
  // checked once everything else is valid, like the other checks across fields.
  const set = overriddenPaths(overrides);
  const uncertain = validated.ok ? uncertainInputs(validated.value, set).problems : [];
  if (validated.ok && overridden.problems.length === 0 && uncertain.length === 0) {
    const scenario = validated.value;
    const held = (d: (typeof scenario.uncertain)[number]): boolean => isHeld(d, set);
    return { ok: true, scenario: scenario.uncertain.some(held) ? { ...scenario, uncertain: scenario.uncertain.filter((d) => !held(d)) } : scenario };
  }
  // The uncertain inputs are checked only once the rest is valid: pending while it is not.
  const pending = !validated.ok && (validated.checksPending === true || declaresUncertain(overridden.value));
  return inFile([...overridden.problems, ...(validated.ok ? uncertain : validated.problems)], pending);
}

/** The dotted paths the overrides set (a malformed one is reported by applyOverrides). */
function overriddenPaths(overrides: readonly string[]): Set<string> {
  const paths = new Set<string>();
  for (const text of overrides) {
    const split = splitAssignment(text);
    if (split.ok) paths.add(split.assignment.segments.join("."));
  }
  return paths;
}

/** Whether a raw scenario declares any uncertain input (their checks wait for the rest to be valid). */
function declaresUncertain(raw: unknown): boolean {
  const list = typeof raw === "object" && raw !== null ? (raw as { uncertain?: unknown }).uncertain : undefined;
  return Array.isArray(list) && list.length > 0;
}
