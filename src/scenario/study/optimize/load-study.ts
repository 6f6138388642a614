import { loadScenario } from "../../format/load-scenario.js";
import { optimizationStudySchema, type OptimizationStudy } from "../../format/optimization-study-schema.js";
import { parseJson } from "../../format/parse-json.js";
import type { Problem } from "../../format/problem.js";
import type { Scenario } from "../../format/scenario-types.js";
import { childPath } from "../../format/schema/json-path.js";
import { notModelField } from "../../format/uncertain-inputs.js";
import { pathSegments, splitAssignment } from "../../format/override-syntax.js";
import { validate } from "../../format/schema/validate.js";
import { configurationAt, configurationCount, configurationOverrides, decisionValueCount, decisionValues } from "./configurations.js";
import { decisionLattice } from "./decision-lattice.js";

/** The most values one decision may take: the search steps through them one by one, and each is checked against the scenario. */
export const MAX_DECISION_VALUES = 1000;

/**
 * The most first-stage replications a study may need: the configurations it runs (the space, or at most
 * maxConfigurations) × firstStageReplications. Every output is kept in memory (about 1.5 kB for a
 * network scenario's), so 10,000 configurations × 100,000 would need terabytes.
 */
export const MAX_FIRST_STAGE = 1_000_000;

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
    // Counted, not listed: a range of 10^9 values is refused here, before it is built.
    const n = decisionValueCount(d);
    if (n > MAX_DECISION_VALUES) problems.push({ file, path: `decisions[${i}]`, message: `takes ${Number.isFinite(n) ? n : "more"} values; at most ${MAX_DECISION_VALUES} are allowed (narrow the range or coarsen the step)` });
  });
  if (problems.length > 0) return { ok: false, problems };
  // Every configuration's cost must be a number: 8 x 1e308 would cost Infinity, and every comparison of costs would be void.
  const cost = validated.value.cost;
  if (cost !== undefined) {
    let most = 0;
    for (const d of validated.value.decisions) {
      const unit = Object.hasOwn(cost, d.path) ? (cost[d.path] as number) : 0;
      const largest = Math.max(...decisionValues(d).map(Math.abs));
      most += unit * largest;
      if (!Number.isFinite(most)) {
        problems.push({ file, path: childPath("cost", d.path), message: `${unit} per unit makes the dearest configuration cost more than the largest number (${Number.MAX_VALUE}); give costs in larger units (thousands, millions)` });
        return { ok: false, problems };
      }
    }
  }
  const count = configurationCount(validated.value);
  if (!Number.isSafeInteger(count)) {
    return { ok: false, problems: [{ file, path: "decisions", message: `make ${count} configurations, more than can be numbered exactly (2^53); use fewer decisions or values` }] };
  }
  // Every configuration the study runs gets its first stage, and every output is kept in memory (a space
  // run whole asks for all of them at once).
  const { firstStageReplications, maxConfigurations } = validated.value;
  const configurations = Math.min(count, maxConfigurations);
  const firstStages = configurations * firstStageReplications;
  if (firstStages > MAX_FIRST_STAGE) {
    const which = count <= maxConfigurations ? "the space, run whole" : "maxConfigurations, the most the search runs";
    return { ok: false, problems: [{ file, path: "firstStageReplications", message: `${configurations} configurations (${which}) × firstStageReplications ${firstStageReplications} = ${firstStages} replications; at most ${MAX_FIRST_STAGE} are allowed (each output is kept in memory): lower firstStageReplications or maxConfigurations` }] };
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
    const why = notModelField(decision.path);
    if (why !== undefined) return void problems.push({ file: studyFile, path: `decisions[${i}].path`, message: why });
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

/**
 * The most configurations `checkConfigurations` loads one by one. Loading a configuration's scenario took
 * 0.12 ms (mm1.json) to 1.1 ms (harvest-peak.json) on the 2-core build machine, so checking 10,000 takes
 * about 1 to 11 s, and every space that is run whole (maxConfigurations is at most 10,000) is checked whole.
 */
export const CHECK_ALL_CONFIGURATIONS = 10_000;

/**
 * Which configurations are checked before a run: every one of a space of at most
 * `CHECK_ALL_CONFIGURATIONS`; of a larger one, the corners of the decisions' lattice (every decision at
 * its smallest or its largest value), at most that many, ascending. A rule between fields that is linear
 * in the decisions (warmup < horizon, a minimum below a maximum) breaks somewhere in the box only if it
 * breaks at a corner; other configurations of a large space are checked as the search runs them.
 * @example
 * configurationsToCheck({ decisions: [{ path: "a", values: [1, 2, 3] }, { path: "b", values: [5, 6] }] }).all; // => true
 */
export function configurationsToCheck(study: Pick<OptimizationStudy, "decisions">): { readonly all: boolean; readonly count: number; readonly indices: readonly number[] } {
  const lattice = decisionLattice(study);
  if (lattice.count <= CHECK_ALL_CONFIGURATIONS) return { all: true, count: lattice.count, indices: Array.from({ length: lattice.count }, (_, i) => i) };
  const ends = lattice.sizes.map((s) => (s > 1 ? [0, s - 1] : [0]));
  const corners: number[] = [];
  const point = ends.map(() => 0);
  // Mixed-radix counting over each decision's ends, stopping at the cap (2^d corners may be very many).
  for (;;) {
    corners.push(lattice.indexOf(point.map((e, i) => (ends[i] as number[])[e] as number)));
    if (corners.length >= CHECK_ALL_CONFIGURATIONS) break;
    let i = point.length - 1;
    while (i >= 0 && (point[i] as number) + 1 >= (ends[i] as number[]).length) point[i--] = 0;
    if (i < 0) break;
    point[i] = (point[i] as number) + 1;
  }
  return { all: false, count: lattice.count, indices: corners.sort((a, b) => a - b) };
}

/**
 * Loads the configurations `configurationsToCheck` names, each as `borderflow optimize` runs it (the
 * scenario with `overrides` and the configuration's decisions), so a combination the scenario refuses
 * (warmup 50000 with horizon 6000) is found before anything runs, not mid-run. Stops at the third
 * refused configuration. `loaded` receives each scenario (to keep them for the run). Never throws.
 */
export function checkConfigurations(
  study: OptimizationStudy,
  studyFile: string,
  scenarioText: string,
  scenarioFile: string,
  overrides: readonly string[] = [],
  loaded?: (index: number, scenario: Scenario) => void,
): { ok: true; all: boolean; checked: number; count: number } | { ok: false; problems: Problem[] } {
  const { all, count, indices } = configurationsToCheck(study);
  const problems: Problem[] = [];
  for (const index of indices) {
    const c = configurationAt(study, index);
    const one = loadScenario(scenarioText, scenarioFile, [...overrides, ...configurationOverrides(c)]);
    if (one.ok) {
      loaded?.(index, one.scenario);
      continue;
    }
    const reasons = one.problems.map((p) => `${p.path === "" ? "" : `${p.path}: `}${p.message}`).join("; ");
    problems.push({ file: studyFile, path: "decisions", message: `configuration ${JSON.stringify(c.decisions)} is not accepted by ${scenarioFile}: ${reasons}` });
    if (problems.length === 3) {
      problems.push({ file: studyFile, path: "decisions", message: "checking stopped at the third configuration refused; narrow the decisions' ranges so every combination is one the scenario accepts" });
      break;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, all, checked: indices.length, count };
}

/**
 * The JSON path of the first field of a study that names `metric`: a constraint's metric, the
 * minimised metric or the cost metric (where a message about that metric points).
 * @example
 * metricField({ constraints: [{ metric: "system.throughput", min: 1 }], objective: "min-cost" }, "system.throughput"); // => "constraints[0].metric"
 */
export function metricField(study: Pick<OptimizationStudy, "constraints" | "objective" | "costMetric">, metric: string): string {
  const i = study.constraints.findIndex((k) => k.metric === metric);
  if (i >= 0) return `constraints[${i}].metric`;
  if (study.objective !== "min-cost" && study.objective.minimize === metric) return "objective.minimize";
  return "costMetric";
}

/**
 * The overrides (`--set`, and the options standing for one: --horizon, --seed ...) of a field the study
 * decides, each a problem at its decision: every configuration sets its decisions after the overrides,
 * so such an override would be lost unseen. `sets` are the overrides given as --set.
 * @example
 * overriddenDecisions(study, "s.study.json", ["stations[0].servers=4"], ["stations[0].servers=4"]).length; // => 1 when stations.0.servers is decided
 */
export function overriddenDecisions(study: Pick<OptimizationStudy, "decisions">, file: string, overrides: readonly string[], sets: readonly string[]): Problem[] {
  const decided = study.decisions.map((d) => pathSegments(d.path).join("."));
  const problems: Problem[] = [];
  for (const override of overrides) {
    const split = splitAssignment(override);
    const i = split.ok ? decided.indexOf(split.assignment.segments.join(".")) : -1;
    if (i < 0) continue;
    const given = sets.includes(override) ? `--set ${override}` : `--${override.slice(0, override.indexOf("="))} (${override})`;
    problems.push({ file, path: `decisions[${i}].path`, message: `"${study.decisions[i]?.path}" is decided by the study, so ${given} would be overridden by every configuration; remove the option, or the decision from the study` });
  }
  return problems;
}
