import { loadScenario, type ReplicationOutput, type Scenario, type StudyUnit } from "../../src/scenario/index.js";
import { DesignPointError, pairedInputs, type ScenarioSource } from "../../src/scenario/study/analysis/design-inputs.js";
import { designScenarioName } from "../../src/scenario/study/analysis/design-point.js";
import { sensitivitySpec, sensitivityUnits, summarizeSensitivity, type SensitivityResult } from "../../src/scenario/study/analysis/sensitivity.js";
import { summarizeUncertainty, uncertaintySpec, uncertaintyUnits, type UncertaintyResult } from "../../src/scenario/study/analysis/uncertainty.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { scenarioOverrides } from "./edited-scenario.js";
import type { StudySettings } from "./study-settings.js";
import type { ScenarioEdits } from "./url-state.js";
import type { JobTask } from "./worker-protocol.js";

/** What the How sure? view asks: a tornado of the measure's effect, or its spread across plausible worlds. */
export interface HowSureRequest {
  readonly kind: "tornado" | "spread";
  /** Dotted path of the metric whose difference (measure − base) is studied. */
  readonly metric: string;
  /** Plausible worlds of a spread. */
  readonly samples: number;
}

/** A finished How sure? study: the CLI's result of either kind. */
export type HowSureResult = { readonly kind: "tornado"; readonly result: SensitivityResult } | { readonly kind: "spread"; readonly result: UncertaintyResult };

/** A planned study: the tasks to run on the workers and how to turn their outputs into the CLI's result. */
export type HowSurePlan =
  | {
    readonly ok: true;
    readonly tasks: readonly JobTask[];
    readonly replications: number;
    readonly finish: (outputs: ReadonlyMap<string, readonly ReplicationOutput[]>) => HowSureResult;
  }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Plans `borderflow sensitivity MEASURE --against BASE` (a tornado) or `borderflow uncertainty
 * MEASURE --against BASE --samples N` (a spread) with the page's edits and study settings as
 * overrides, as the CLI would run them with the same `--set`s: the same design, the same units,
 * the same result. Each unit's scenario becomes a task; a task runs its replications from the unit's
 * first replication (worlds of a spread run their own).
 */
export function planHowSure(
  measure: BundledScenario, base: BundledScenario, edits: Readonly<Record<string, ScenarioEdits>>, settings: StudySettings, request: HowSureRequest,
): HowSurePlan {
  const source = (bundled: BundledScenario): ScenarioSource => {
    const overrides = scenarioOverrides(bundled, edits[bundled.id] ?? {}, settings);
    return (more) => loadScenario(bundled.text, bundled.file, [...overrides, ...more]);
  };
  const file = source(measure);
  const against = source(base);
  const loadedFile = file([]);
  const loadedBase = against([]);
  if (!loadedFile.ok || !loadedBase.ok) {
    const problems = [...(loadedFile.ok ? [] : loadedFile.problems), ...(loadedBase.ok ? [] : loadedBase.problems)];
    return { ok: false, problems: problems.map((p) => `${p.file}: ${p.path}: ${p.message}`) };
  }
  const inputs = pairedInputs(loadedFile.scenario, loadedBase.scenario);
  try {
    if (request.kind === "tornado") {
      const spec = sensitivitySpec({ method: "oat", metrics: [request.metric] }, inputs, file, against);
      return plan(sensitivityUnits(spec), spec.replications, (outputs) => ({ kind: "tornado", result: summarizeSensitivity(spec, outputs) }), (scenario) => designScenarioName(spec, scenario));
    }
    const spec = uncertaintySpec({ samples: request.samples, metrics: [request.metric] }, inputs, file, against);
    return plan(uncertaintyUnits(spec), spec.replications, (outputs) => ({ kind: "spread", result: summarizeUncertainty(spec, outputs) }), (scenario) => designScenarioName(spec, scenario));
  } catch (error) {
    if (error instanceof DesignPointError || error instanceof RangeError) return { ok: false, problems: [error.message] };
    throw error;
  }
}

/**
 * Groups units into tasks (a scenario and its consecutive replications) and undoes the grouping after the run;
 * a failing task is named by its design point (`label`).
 */
function plan(
  units: readonly StudyUnit[], replications: number, summarize: (outputs: ReplicationOutput[]) => HowSureResult, label: (scenario: Scenario) => string,
): HowSurePlan & { ok: true } {
  const tasks: JobTask[] = [];
  for (let i = 0; i < units.length; i += replications) {
    const unit = units[i] as StudyUnit;
    tasks.push({ key: String(tasks.length), scenario: unit.scenario, firstReplication: unit.replication, label: label(unit.scenario) });
  }
  return {
    ok: true, tasks, replications,
    finish: (outputs) => summarize(tasks.flatMap((t) => [...(outputs.get(t.key) ?? [])])),
  };
}
