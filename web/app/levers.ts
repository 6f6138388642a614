import { directionIds, directionLabel } from "../charts/index.js";
import { uncertainInputs } from "../../src/scenario/format/uncertain-inputs.js";
import type { Scenario } from "../../src/scenario/index.js";
import { inputLabel } from "./input-labels.js";

/**
 * The main levers of a border scenario that the dashboard lets a planner change, read from the
 * scenario itself (so stages and their labels come from the file) and written back as `--set` paths.
 */

/** How a lever is edited: a share 0–1 (slider), a whole number, a month 1–12, or a switch. */
export type LeverKind = "share" | "count" | "rate" | "month" | "switch";

export interface Lever {
  /** The override path, as `--set` takes it: `seals.share`, `directions.kg-to-kz.stages.0.lanes`. */
  readonly path: string;
  /** What the lever is, in plain words, for its label. */
  readonly label: string;
  /** The fieldset the lever belongs to, such as "Unified algorithm". */
  readonly group: string;
  readonly kind: LeverKind;
  /** Smallest value the dashboard accepts (switches: 0). */
  readonly min: number;
  /** Largest value the dashboard accepts (switches: 1). */
  readonly max: number;
  /** Step of the slider and the number input. */
  readonly step: number;
  /** Unit shown after the field; empty for switches and shares. */
  readonly unit: string;
  /** Why the range is what it is, when the dashboard is stricter than the scenario format. */
  readonly rangeNote?: string;
}

/** A lever with the value the scenario has now. */
export interface LeverValue {
  readonly lever: Lever;
  readonly value: number | boolean;
}


const unifiedParts: readonly (readonly [string, string])[] = [
  ["unified.jointControl.enabled", "Joint control (both countries' officers at one stop)"],
  ["unified.preArrivalInfo.enabled", "Pre-arrival information (documents checked before the truck arrives)"],
  ["unified.turnBackIncomplete", "Turn back trucks with missing documents instead of holding them"],
  ["unified.allDayOperation", "Controls open 24 hours"],
  ["unified.electronicQueue.enabled", "Electronic queue (booked time slots)"],
];

/** The value at a dotted path (`directions.kg-to-kz.stages.0.lanes`), or undefined if there is none. */
export function valueAt(data: unknown, path: string): unknown {
  let here = data;
  for (const key of path.split(".")) {
    if (typeof here !== "object" || here === null || !Object.hasOwn(here, key)) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

const volumeCap = 3000;
const minutesCap = 600;
const laneCap = 40;
const placeCap = 5000;

/**
 * The levers a resolved (defaults filled in) border scenario offers, each with its current value,
 * grouped and in the order a planner reads them. Fields the scenario lacks give no lever, so a
 * scenario of another model gives an empty list.
 */
export function leversOf(scenario: unknown): LeverValue[] {
  const out: LeverValue[] = [];
  const add = (lever: Lever): void => {
    const value = valueAt(scenario, lever.path);
    if (lever.kind === "switch" ? typeof value === "boolean" : typeof value === "number") out.push({ lever, value: value as number | boolean });
  };
  for (const id of directionIds) {
    const name = directionLabel(id);
    add({ path: `directions.${id}.trucksPerDay`, label: `Trucks per day, ${name}`, group: "Traffic", kind: "rate", min: 1, max: volumeCap, step: 1,
      unit: "trucks/day", rangeNote: `the dashboard runs up to ${volumeCap} a day, ten times the checkpoint's design capacity: use the CLI for more` });
  }
  add({ path: "startMonth", label: "Season: month the simulation starts", group: "Traffic", kind: "month", min: 1, max: 12, step: 1, unit: "" });
  add({ path: "seals.share", label: "Share of trucks with an electronic seal", group: "Electronic seals", kind: "share", min: 0, max: 1, step: 0.05, unit: "" });
  for (const [path, label] of unifiedParts) add({ path, label, group: "Unified algorithm", kind: "switch", min: 0, max: 1, step: 1, unit: "" });
  add({ path: "logisticsCentre.places", label: "Waiting places in the logistics centre", group: "Logistics centre", kind: "count", min: 0, max: placeCap, step: 1,
    unit: "trucks", rangeNote: `the dashboard allows up to ${placeCap}` });
  for (const id of directionIds) {
    const name = directionLabel(id);
    const stages = valueAt(scenario, `directions.${id}.stages`);
    if (!Array.isArray(stages)) continue;
    stages.forEach((stage: unknown, i) => {
      const label = valueAt(stage, "label") ?? valueAt(stage, "id") ?? `stage ${i + 1}`;
      add({ path: `directions.${id}.stages.${i}.lanes`, label: `Lanes: ${String(label)}`, group: `Lanes, ${name}`, kind: "count", min: 1, max: laneCap,
        step: 1, unit: "lanes", rangeNote: `the dashboard allows up to ${laneCap} lanes a stage` });
    });
  }
  for (const id of directionIds) {
    const stages = valueAt(scenario, `directions.${id}.stages`);
    if (!Array.isArray(stages)) continue;
    stages.forEach((stage: unknown, i) => {
      const label = valueAt(stage, "label") ?? valueAt(stage, "id") ?? `stage ${i + 1}`;
      add({ path: `directions.${id}.stages.${i}.serviceMinutes.mean`, label: `Mean control time: ${String(label)}`, group: `Control times, ${directionLabel(id)}`,
        kind: "rate", min: 0.1, max: minutesCap, step: 0.1, unit: "minutes", rangeNote: `more than 0, at most ${minutesCap} minutes in the dashboard` });
    });
  }
  // Every declared uncertain input of one field is a lever too, so a planner can try any assumption.
  const taken = new Set(out.map((l) => l.lever.path));
  if (isScenario(scenario)) {
    for (const input of uncertainInputs(scenario).inputs) {
      const field = input.fields[0];
      if (input.paths !== undefined || field === undefined || taken.has(field.key)) continue;
      const rule = field.rule;
      const share = rule.min === 0 && rule.max === 1;
      const low = rule.min ?? (rule.exclusiveMin === undefined ? 0 : rule.exclusiveMin + (rule.integer ? 1 : 0.01));
      const high = rule.max ?? Math.max(1, input.high * 4);
      add({
        path: field.key, label: inputLabel(scenario, field.path), group: "Assumptions (declared uncertain)",
        kind: share ? "share" : rule.integer ? "count" : "rate", min: low, max: high, step: share ? 0.01 : rule.integer ? 1 : 0.1, unit: "",
        rangeNote: `plausible ${input.low} to ${input.high}: ${input.why}`,
      });
    }
  }
  return out;
}

function isScenario(value: unknown): value is Scenario {
  return typeof value === "object" && value !== null && Array.isArray((value as { uncertain?: unknown }).uncertain) && typeof (value as { model?: unknown }).model === "string";
}

/** Study settings shared by every scenario of a comparison (paired comparison needs the same replications). */
export const studyLevers = {
  replications: { path: "replications", label: "Replications", group: "Study", kind: "count", min: 2, max: 100, step: 1, unit: "runs",
    rangeNote: "at least 2 for a confidence interval, at most 100 in the browser: use the CLI for more" },
  days: { path: "days", label: "Simulated days (warm-up included)", group: "Study", kind: "count", min: 1, max: 365, step: 1, unit: "days",
    rangeNote: "at most a year in the browser: use the CLI for more" },
} as const satisfies Record<string, Lever>;
