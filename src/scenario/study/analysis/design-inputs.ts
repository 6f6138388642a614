import type { LoadResult } from "../../format/load-scenario.js";
import type { Scenario } from "../../format/scenario-types.js";
import { fieldValue, inputKey, uncertainInputs, type UncertainInput } from "../../format/uncertain-inputs.js";

/** A declared input as a study reports it: the file's declaration (its resolved fields left out). */
export type DesignInput = Omit<UncertainInput, "fields">;

/** A declared input with the files it moves: FILE's declaration, BASE's, or both (moved together). */
export interface PairedInput {
  /** What the study reports: FILE's declaration where it has one, else BASE's. */
  readonly input: DesignInput;
  readonly file?: UncertainInput;
  readonly base?: UncertainInput;
}

/** A scenario file and the user's overrides, able to load itself with more overrides (a design point). */
export type ScenarioSource = (extra: readonly string[]) => LoadResult;

function report(u: UncertainInput): DesignInput {
  return {
    path: u.path, ...(u.paths === undefined ? {} : { paths: u.paths }),
    low: u.low, nominal: u.nominal, high: u.high, distribution: u.distribution, why: u.why,
  };
}

/**
 * The inputs a study varies: FILE's declared uncertain inputs, then BASE's that FILE does not
 * declare. An input both declare (the same paths) moves both files together, over FILE's range;
 * one only a file declares moves that file only. (Inputs a `--set` holds are no longer declared in
 * the loaded scenarios, so they are not varied.)
 *
 * @example
 * pairedInputs(seals, baseline).map((p) => p.input.path); // => ["directions.kg-to-kz.trucksPerDay", ..., "seals.share"]
 */
export function pairedInputs(file: Scenario, base?: Scenario): PairedInput[] {
  const ofFile = uncertainInputs(file).inputs;
  const ofBase = base === undefined ? [] : uncertainInputs(base).inputs;
  const baseByKey = new Map(ofBase.map((u) => [inputKey(u), u]));
  const fileKeys = new Set(ofFile.map(inputKey));
  const inputs: PairedInput[] = [];
  for (const u of ofFile) {
    const twin = baseByKey.get(inputKey(u));
    inputs.push({ input: report(u), file: u, ...(twin === undefined ? {} : { base: twin }) });
  }
  for (const u of ofBase) if (!fileKeys.has(inputKey(u))) inputs.push({ input: report(u), base: u });
  return inputs;
}

/** The `--set` overrides that put each input at its value (the first field's value) in one file. */
export function pointOverrides(inputs: readonly PairedInput[], values: readonly number[], which: "file" | "base"): string[] {
  const out: string[] = [];
  inputs.forEach((p, i) => {
    const u = p[which];
    if (u === undefined) return;
    for (const f of u.fields) out.push(`${f.key}=${JSON.stringify(fieldValue(u, f, values[i] as number))}`);
  });
  return out;
}

/** The value an input takes at a design point, as its first field holds it (rounded for whole-number fields). */
export function pointValue(p: PairedInput, value: number): number {
  const u = (p.file ?? p.base) as UncertainInput;
  return fieldValue(u, u.fields[0] as UncertainInput["fields"][number], value);
}

/**
 * The most design points a sensitivity or uncertainty study may have (uncertainty's --samples, Morris's
 * trajectories × (inputs + 1)): every point is a resolved scenario held in memory, built before anything
 * runs, so --samples 1000000000 would otherwise fill the memory before the first replication.
 */
export const MAX_DESIGN_POINTS = 10_000;

/** A design point that did not load: the values that broke it and the problems, for an exit-2 message. */
export class DesignPointError extends RangeError {
  override readonly name = "DesignPointError";
}

/**
 * The scenarios of one design point: FILE (and BASE) with each input at its value. A point that
 * breaks a rule of the format (class shares no longer summing to 1) throws, naming the values.
 * @throws {DesignPointError} listing the point's values and every problem.
 */
export function resolvePoint(
  inputs: readonly PairedInput[], values: readonly number[], file: ScenarioSource, base: ScenarioSource | undefined,
): { scenario: Scenario; base?: Scenario } {
  const load = (source: ScenarioSource, which: "file" | "base"): Scenario => {
    const loaded = source(pointOverrides(inputs, values, which));
    if (loaded.ok) return loaded.scenario;
    const at = inputs.map((p, i) => `${p.input.path}=${pointValue(p, values[i] as number)}`).join(", ");
    throw new DesignPointError(`the design point ${at} is not a valid scenario:\n${loaded.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join("\n")}`);
  };
  const scenario = load(file, "file");
  return base === undefined ? { scenario } : { scenario, base: { ...load(base, "base"), seed: scenario.seed } as Scenario };
}
