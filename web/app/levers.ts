import { directionIds, directionLabel } from "../charts/index.js";
import { fieldValue, uncertainInputs, type UncertainField } from "../../src/scenario/format/uncertain-inputs.js";
import type { Scenario } from "../../src/scenario/index.js";
import { inputLabel } from "./input-labels.js";

/**
 * The main levers of a border scenario that the dashboard lets a planner change, read from the
 * scenario itself (so stages and their labels come from the file) and written back as `--set` paths.
 */

/**
 * How a lever is edited: a share 0–1 (slider), a whole number (slider), a number (slider), a month 1–12,
 * a switch, or a whole number written in decimal digits over a range too wide for a slider (a seed).
 */
export type LeverKind = "share" | "count" | "rate" | "month" | "switch" | "integer";

/**
 * Fields a lever moves with its own, as a declared uncertain input with `paths` moves them (the CLI's
 * `sensitivity` and `uncertainty`): each in proportion to its file value, or to the same value where the
 * file's values are equal (`fieldValue` in src/scenario/format/uncertain-inputs.ts).
 */
export interface MovedTogether {
  /** The file's value of the lever's own field, which the proportion is taken against. */
  readonly nominal: number;
  /** The other fields, with their file values and rules. */
  readonly fields: readonly UncertainField[];
  /** Each other field's name, for the lever's note. */
  readonly labels: readonly string[];
}

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
  /** Other fields this lever moves with its own (a declared uncertain input of several paths). */
  readonly moves?: MovedTogether;
  /** What an empty field means (such as "each file's own warm-up"); absent: an empty field is refused. */
  readonly blank?: string;
}

/**
 * The `--set` assignments a lever's value stands for: its own path, then each field it moves with it.
 * @example leverAssignments(harvestPeak, 1.2) // => [["monthOfYear.8", 1.2], ["monthOfYear.9", 1.2313...]]
 */
export function leverAssignments(lever: Pick<Lever, "path" | "moves">, value: number | boolean): [string, number | boolean][] {
  const own: [string, number | boolean] = [lever.path, value];
  const moves = lever.moves;
  if (moves === undefined || typeof value !== "number") return [own];
  return [own, ...moves.fields.map((f): [string, number] => [f.key, fieldValue({ nominal: moves.nominal }, f, value)])];
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
  // Every declared uncertain input is a lever too, so a planner can try any assumption. An input of several
  // fields moves them together, as the CLI's sensitivity and uncertainty do; when its first field is already
  // a lever (the customs check's mean control time), that lever moves the others with it.
  if (isScenario(scenario)) {
    for (const input of uncertainInputs(scenario).inputs) {
      const [field, ...others] = input.fields;
      if (field === undefined) continue;
      const plausible = `plausible ${input.low} to ${input.high}: ${input.why}`;
      const moves: MovedTogether | undefined = others.length === 0 ? undefined
        : { nominal: field.nominal, fields: others, labels: others.map((f) => inputLabel(scenario, f.path)) };
      const together = moves === undefined ? "" : `; moves ${moves.labels.join(", ")} with it, in proportion`;
      const at = out.findIndex((l) => l.lever.path === field.key);
      const taken = out[at];
      if (taken !== undefined) {
        if (moves !== undefined) out[at] = { ...taken, lever: { ...taken.lever, moves, rangeNote: `${taken.lever.rangeNote ?? ""}${together}; ${plausible}` } };
        continue;
      }
      const rule = field.rule;
      const share = rule.min === 0 && rule.max === 1;
      const step = share ? 0.01 : rule.integer ? 1 : 0.1;
      // Above an exclusive minimum, the lowest value on the slider's grid: a range input steps from its min, so a
      // min of 0.01 with a step of 0.1 made every dragged value end in .x1 (4.01, 13.51 hours).
      const low = rule.min ?? (rule.exclusiveMin === undefined ? 0 : rule.exclusiveMin + step);
      const high = rule.max ?? Math.max(1, input.high * 4);
      add({
        path: field.key, label: inputLabel(scenario, field.path) + (moves === undefined ? "" : ` (${moves.labels.length === 1 ? "and" : "with"} ${moves.labels.join(", ")})`),
        group: "Assumptions (declared uncertain)",
        kind: share ? "share" : rule.integer ? "count" : "rate", min: low, max: high, step, unit: "",
        rangeNote: `${plausible}${together}`,
        ...(moves === undefined ? {} : { moves }),
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
  warmupDays: { path: "warmupDays", label: "Warm-up discarded", group: "Study", kind: "count", min: 0, max: 364, step: 1, unit: "days",
    rangeNote: "whole days, fewer than the simulated days; the CLI's --set warmupDays=N", blank: "each file's own warm-up" },
  seed: { path: "seed", label: "Seed", group: "Study", kind: "integer", min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, step: 1, unit: "",
    rangeNote: "a whole number in decimal digits, as the CLI's --seed takes it; the same seed gives the same numbers" },
} as const satisfies Record<string, Lever>;
