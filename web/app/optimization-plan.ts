import { loadScenario, type Problem, type Scenario } from "../../src/scenario/index.js";
import { optimizationStudySchema, type OptimizationStudy } from "../../src/scenario/format/optimization-study-schema.js";
import { numberRule } from "../../src/scenario/format/schema/number.js";
import {
  configurationAt, configurationCount, configurationOverrides, configurationScenarioName, enumerateConfigurations, type Configuration,
} from "../../src/scenario/study/optimize/configurations.js";
import { checkStudyAgainstScenario, loadOptimizationStudy } from "../../src/scenario/study/optimize/load-study.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { decisionRangeText, parseDecisionRange } from "./decision-range.js";
import { dottedPath } from "./field-problems.js";
import type { JobTask } from "./worker-protocol.js";

/** The "What to build" form as typed: every number is text, so the study loader judges it as the CLI would. */
export interface OptimizationForm {
  /** The bundled scenario's id, such as `harvest-peak`. */
  readonly scenario: string;
  readonly description: string;
  /** Each decision: a `--set` path, its values (`1, 2` or `3 to 8 step 1`) and the cost of one unit (blank: free). */
  readonly decisions: readonly { readonly path: string; readonly values: string; readonly unitCost: string }[];
  /** Each target: a metric path, `max` or `min`, the limit and the tolerance (blank: the study's default). */
  readonly constraints: readonly { readonly metric: string; readonly sense: "max" | "min"; readonly limit: string; readonly tolerance: string }[];
  /** `min-cost`, or a metric path to minimise within `budget`. */
  readonly objective: string;
  readonly budget: string;
  readonly alpha: string;
  readonly indifference: string;
  readonly firstStageReplications: string;
  readonly maxReplications: string;
  /** The search of a large space (see {@link searchSettings}); blank: the study file format's default. */
  readonly maxConfigurations: string;
  readonly searchStarts: string;
  readonly finalists: string;
  /** Simulated days, warm-up included, as `--set days=N`; blank: the scenario file's own. */
  readonly days: string;
}

/** The study file's settings for the search of a space larger than `maxConfigurations`, in the form's order. */
export const searchSettingKeys = ["maxConfigurations", "searchStarts", "finalists"] as const;

/** One search setting as the study file format defines it: its default and the whole numbers it accepts. */
export interface SearchSetting {
  readonly key: (typeof searchSettingKeys)[number];
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
}

/** The search settings' defaults and ranges, read from the study file's schema (so the form cannot drift from the loader). */
export const searchSettings: readonly SearchSetting[] = searchSettingKeys.map((key) => {
  const field = optimizationStudySchema.fields[key];
  const rule = numberRule(field.schema);
  if (rule?.min === undefined || rule.max === undefined) throw new TypeError(`the study schema's ${key} has no range`);
  return { key, defaultValue: field.value, min: rule.min, max: rule.max };
});

/** What the form's study file is called, in messages and downloads (it names its scenario relative to scenarios/). */
export const studyFileName = "scenarios/what-to-build.study.json";

/** A ready run: the study as the CLI reads it, and each configuration's worker task. */
export interface OptimizationPlan {
  readonly ok: true;
  readonly study: OptimizationStudy;
  /** The study file's text, to save next to the scenario files and run with the CLI. */
  readonly studyText: string;
  /** The scenario the study starts from, study overrides applied. */
  readonly base: Scenario;
  /** Configurations in the decision space (run whole up to the study's maxConfigurations, searched beyond). */
  readonly count: number;
  /**
   * The worker task of a configuration (by its enumeration index, keyed `c<index>`), its scenario loaded
   * exactly as the CLI loads it. A space run whole is loaded and checked when planned; a searched one a
   * configuration at a time, as the search asks. @throws {Error} for a configuration the scenario refuses.
   */
  taskOf(configuration: number): JobTask;
  /** The CLI command that gives the same answer, byte for byte. */
  readonly command: string;
}

/** Why the form cannot run: messages by form field (`decisions.0.values`, `alpha`...), and those no field owns. */
export interface OptimizationFormProblems {
  readonly ok: false;
  readonly byField: ReadonlyMap<string, readonly string[]>;
  readonly other: readonly string[];
}

/** Blank text is left out (the study's default applies); a number is a number; anything else goes to the loader as text, which refuses it by path. */
function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

function defined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The study file the form stands for, as JSON data, and the problems of the decision values the
 * loader cannot see (text that is neither a list nor a range), by field.
 */
export function formStudy(form: OptimizationForm): { data: Record<string, unknown>; problems: Map<string, string[]> } {
  const problems = new Map<string, string[]>();
  const decisions = form.decisions.map((d, i) => {
    const parsed = parseDecisionRange(d.values);
    if (!parsed.ok) problems.set(`decisions.${i}.values`, [parsed.message]);
    return { path: d.path.trim(), ...(parsed.ok ? parsed.range : { values: [] }) };
  });
  const cost = Object.fromEntries(form.decisions.flatMap((d) => {
    const value = numberOrText(d.unitCost);
    return value === undefined ? [] : [[d.path.trim(), value]];
  }));
  const constraints = form.constraints.map((k) => defined({ metric: k.metric.trim(), [k.sense]: numberOrText(k.limit) ?? null, tolerance: numberOrText(k.tolerance) }));
  const data = defined({
    $schema: "./study.schema.json",
    description: form.description.trim() === "" ? undefined : form.description.trim(),
    scenario: `${form.scenario}.json`,
    decisions,
    cost,
    constraints,
    objective: form.objective === "min-cost" ? "min-cost" : { minimize: form.objective },
    budget: numberOrText(form.budget),
    alpha: numberOrText(form.alpha),
    indifference: numberOrText(form.indifference),
    firstStageReplications: numberOrText(form.firstStageReplications),
    maxReplications: numberOrText(form.maxReplications),
    maxConfigurations: numberOrText(form.maxConfigurations),
    searchStarts: numberOrText(form.searchStarts),
    finalists: numberOrText(form.finalists),
  });
  return { data, problems };
}

/**
 * The form field a study problem belongs to: a decision's path or values (min, max, step and the
 * scenario's refusal of a value all go to its values), its unit cost, a target's metric, limit or
 * tolerance, or a setting; null for problems of the study as a whole.
 */
export function studyFieldOf(path: string, decisionPaths: readonly string[]): string | null {
  const dotted = dottedPath(path);
  const decision = /^decisions\.(\d+)(?:\.(\w+))?/.exec(dotted);
  if (decision !== null) return `decisions.${decision[1]}.${decision[2] === "path" ? "path" : "values"}`;
  const constraint = /^constraints\.(\d+)(?:\.(\w+))?/.exec(dotted);
  if (constraint !== null) return `constraints.${constraint[1]}.${constraint[2] === "metric" || constraint[2] === "tolerance" ? constraint[2] : "limit"}`;
  if (dotted.startsWith("cost.")) {
    const i = decisionPaths.indexOf(dotted.slice("cost.".length));
    return i < 0 ? null : `decisions.${i}.cost`;
  }
  const top = dotted.split(".")[0] ?? "";
  return ["objective", "budget", "alpha", "indifference", "firstStageReplications", "maxReplications", ...searchSettingKeys].includes(top) ? top : null;
}

/**
 * Checks the form with the CLI's own loaders (loadOptimizationStudy, then checkStudyAgainstScenario on
 * the bundled file with `days`) and, when both accept it, plans the run: every configuration's scenario,
 * loaded exactly as `borderflow optimize` loads it, so the workers' answer is the CLI's.
 */
export function planOptimization(bundled: BundledScenario, form: OptimizationForm): OptimizationPlan | OptimizationFormProblems {
  const { data, problems } = formStudy(form);
  const studyText = `${JSON.stringify(data, null, 2)}\n`;
  const byField = problems;
  const other: string[] = [];
  const file = (problem: Problem): void => {
    const field = problem.file === bundled.file ? "days" : studyFieldOf(problem.path, form.decisions.map((d) => d.path.trim()));
    if (field === null) other.push(`${problem.path === "" ? "" : `${problem.path}: `}${problem.message}`);
    else byField.set(field, [...(byField.get(field) ?? []), problem.message]);
  };
  const days = numberOrText(form.days);
  if (days !== undefined && !(typeof days === "number" && Number.isInteger(days) && days >= 1)) byField.set("days", [`must be a whole number of days >= 1, got ${form.days.trim()}`]);
  const overrides = days === undefined ? [] : [`days=${days}`];
  const loaded = loadOptimizationStudy(studyText, studyFileName);
  if (!loaded.ok) loaded.problems.forEach(file);
  if (!loaded.ok || byField.size > 0 || other.length > 0) return { ok: false, byField, other };
  const checked = checkStudyAgainstScenario(loaded.study, studyFileName, bundled.text, bundled.file, overrides);
  if (!checked.ok) {
    checked.problems.forEach(file);
    return { ok: false, byField, other };
  }
  const study = loaded.study;
  const problemOf = (c: Configuration): { task: JobTask } | { problem: string } => {
    const one = loadScenario(bundled.text, bundled.file, [...overrides, ...configurationOverrides(c)]);
    return one.ok ? { task: { key: `c${c.index}`, scenario: one.scenario, label: configurationScenarioName(one.scenario.name, c) } }
      : { problem: `configuration ${JSON.stringify(c.decisions)}: ${one.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}` };
  };
  const count = configurationCount(study);
  const tasks = new Map<number, JobTask>();
  if (count <= study.maxConfigurations) {
    for (const c of enumerateConfigurations(study)) {
      const one = problemOf(c);
      if ("problem" in one) other.push(one.problem);
      else tasks.set(c.index, one.task);
    }
    if (other.length > 0) return { ok: false, byField, other };
  }
  const taskOf = (index: number): JobTask => {
    const known = tasks.get(index);
    if (known !== undefined) return known;
    const one = problemOf(configurationAt(study, index));
    if ("problem" in one) throw new Error(one.problem);
    tasks.set(index, one.task);
    return one.task;
  };
  const command = `npx borderflow optimize ${studyFileName}${days === undefined ? "" : ` --set days=${days}`}`;
  return { ok: true, study, studyText, base: checked.scenario, count, taskOf, command };
}

/**
 * A bundled study file as the form shows it (its scenario named by id), or null when it starts from a
 * scenario the page does not have, or prices configurations by a `costMetric`, which the form does not offer.
 * A search setting at the format's default is left blank (the field's placeholder states the default),
 * so the study file the form hands out carries only the search settings a planner chose.
 */
export function studyToForm(study: OptimizationStudy, scenarioIds: readonly string[], days: string): OptimizationForm | null {
  const scenario = study.scenario.replace(/^(\.\/)?/, "").replace(/\.json$/, "");
  if (!scenarioIds.includes(scenario) || study.costMetric !== undefined) return null;
  return {
    scenario,
    description: study.description,
    decisions: study.decisions.map((d) => ({ path: d.path, values: decisionRangeText(d), unitCost: study.cost?.[d.path] === undefined ? "" : String(study.cost[d.path]) })),
    constraints: study.constraints.map((k) => ({
      metric: k.metric,
      sense: k.max !== undefined ? "max" as const : "min" as const,
      limit: String(k.max ?? k.min),
      tolerance: k.tolerance === undefined ? "" : String(k.tolerance),
    })),
    objective: study.objective === "min-cost" ? "min-cost" : study.objective.minimize,
    budget: study.budget === undefined ? "" : String(study.budget),
    alpha: String(study.alpha),
    indifference: String(study.indifference),
    firstStageReplications: String(study.firstStageReplications),
    maxReplications: String(study.maxReplications),
    ...searchSettingsText(study),
    days,
  };
}

function searchSettingsText(study: OptimizationStudy): Pick<OptimizationForm, SearchSetting["key"]> {
  return Object.fromEntries(searchSettings.map((s) => [s.key, study[s.key] === s.defaultValue ? "" : String(study[s.key])])) as Record<SearchSetting["key"], string>;
}
