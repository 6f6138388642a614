/**
 * The dashboard's state as a query string, so that a copied link reproduces the view:
 * `?s=baseline,seals&set=seals:seals.share=0.5&r=5&days=14&seed=7&warmup=3&view=brief&brief=seals`.
 * `set` repeats, one `scenario:path=value` each: the CLI's `--set path=value` with the scenario in front.
 */
import { parseValueText } from "../../src/scenario/format/override-syntax.js";

/** A distribution as the scenario format writes it, such as `{ dist: "lognormal", mean: 4.6, cv: 0.3 }` (a fit applied from records). */
export type DistributionEdit = Readonly<{ dist: string } & Record<string, unknown>>;

/** A lever's value: a number (share, count, month) or a switch. */
export type LeverEditValue = number | boolean;

/** An edit of a scenario: a lever's value, or a distribution fitted to records. */
export type EditValue = LeverEditValue | DistributionEdit;

/** Lever edits of one scenario, by override path (`seals.share`). */
export type ScenarioEdits = Readonly<Record<string, EditValue>>;

/** The page shown: the comparison, the sweep, or the one-page brief. */
export type View = "compare" | "sweep" | "brief" | "optimize" | "how-sure";

/** A sweep of one lever of one scenario, or of two (a grid); it runs on demand, so the link keeps its settings only. */
export interface SweepSpec {
  /** The scenario whose lever is varied. */
  readonly scenario: string;
  /** Override path of the lever, such as `seals.share`. */
  readonly path: string;
  /** The values to run, in order. */
  readonly values: readonly LeverEditValue[];
  /** Dotted metric path the chart shows, such as `directions.kg-to-kz.crossingHours`. */
  readonly metric: string;
  /** A second lever and its values: every combination with the first runs (a grid). */
  readonly second?: { readonly path: string; readonly values: readonly LeverEditValue[] };
}

export interface DashboardState {
  /** Scenario ids (bundled file names without `.json`); the first is the base of the paired comparison. */
  readonly scenarios: readonly string[];
  /** Lever edits by scenario id. */
  readonly edits: Readonly<Record<string, ScenarioEdits>>;
  /** Replications of every scenario; null means the quick first-view setting. */
  readonly replications: number | null;
  /** Simulated days, warm-up included; null means the quick first-view setting. */
  readonly days: number | null;
  /** Seed of every scenario's random streams (`--seed`); null means the base file's seed. */
  readonly seed: number | null;
  /** Days every scenario discards as warm-up (`--set warmupDays=N`); null means each file's own. */
  readonly warmupDays: number | null;
  readonly view: View;
  /** The alternative the brief reports against the base; null lets the brief choose. */
  readonly brief: string | null;
  readonly sweep: SweepSpec | null;
}

const views: readonly View[] = ["compare", "sweep", "brief", "optimize", "how-sure"];

/** The state of a page opened without a query: the given scenarios, nothing edited, quick settings. */
export function defaultState(scenarios: readonly string[]): DashboardState {
  return { scenarios: [...scenarios], edits: {}, replications: null, days: null, seed: null, warmupDays: null, view: "compare", brief: null, sweep: null };
}

/** The edit as a lever value, or undefined for a distribution (no lever shows one). */
export function leverValue(value: EditValue | undefined): LeverEditValue | undefined {
  return typeof value === "object" ? undefined : value;
}

/** Parses a `set=` value: a lever's value (see parseEditValue) or a distribution's JSON `{"dist":...}`; anything else is undefined. */
export function parseSetValue(text: string): EditValue | undefined {
  if (!text.startsWith("{")) return parseEditValue(text);
  try {
    const value = JSON.parse(text) as unknown;
    const isDistribution = typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { dist?: unknown }).dist === "string";
    return isDistribution ? (value as DistributionEdit) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses "0.5", "12", "true" or "false" as `--set` reads a value (JSON: so "1e3" is 1000, while "0x10",
 * ".5" and "1e400" are not numbers there and are undefined here, as is anything else that is not a
 * finite number or a switch), so a link or a field accepts exactly the numbers the CLI does.
 */
export function parseEditValue(text: string): LeverEditValue | undefined {
  const value = parseValueText(text);
  if (typeof value === "boolean") return value;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

// Characters that need no escaping in a query value and keep links readable.
function component(text: string): string {
  return encodeURIComponent(text).replace(/%(3A|2C|3D|2F)/gi, (escape) => decodeURIComponent(escape));
}

/**
 * The query string (without `?`) of a state. Settings left at their defaults are omitted; the
 * scenario list is always written, so a link keeps its meaning if the default list changes.
 * @example encodeState({ ...defaultState(["baseline", "seals"]), edits: { seals: { "seals.share": 0.5 } } })
 * // => "s=baseline,seals&set=seals:seals.share=0.5"
 */
export function encodeState(state: DashboardState): string {
  const parts = [`s=${state.scenarios.map(component).join(",")}`];
  for (const id of state.scenarios) {
    for (const [path, value] of Object.entries(state.edits[id] ?? {})) parts.push(`set=${component(`${id}:${path}=${typeof value === "object" ? JSON.stringify(value) : String(value)}`)}`);
  }
  if (state.replications !== null) parts.push(`r=${state.replications}`);
  if (state.days !== null) parts.push(`days=${state.days}`);
  if (state.seed !== null) parts.push(`seed=${state.seed}`);
  if (state.warmupDays !== null) parts.push(`warmup=${state.warmupDays}`);
  if (state.view !== "compare") parts.push(`view=${state.view}`);
  if (state.brief !== null) parts.push(`brief=${component(state.brief)}`);
  if (state.sweep !== null) {
    const { scenario, path, values, metric } = state.sweep;
    parts.push(`sweep=${component(`${scenario}:${path}`)}`, `values=${values.map(String).join(",")}`, `metric=${component(metric)}`);
    const second = state.sweep.second;
    if (second !== undefined) parts.push(`sweep2=${component(second.path)}`, `values2=${second.values.map(String).join(",")}`);
  }
  return parts.join("&");
}

/** A decoded state and what in the query was ignored, and why, to show on the page. */
export interface DecodedState {
  readonly state: DashboardState;
  readonly warnings: readonly string[];
}

function positiveInteger(name: string, text: string | null, warnings: string[]): number | null {
  if (text === null) return null;
  const n = Number(text);
  if (Number.isSafeInteger(n) && n >= 1) return n;
  warnings.push(`${name}=${text} ignored: it must be a whole number ≥ 1`);
  return null;
}

/** A whole number of at least `min`, written in decimal digits as the CLI's `--seed` takes it; else null with a warning. */
function decimalInteger(name: string, text: string | null, min: number, warnings: string[]): number | null {
  if (text === null) return null;
  const n = Number(text);
  if (/^[+-]?\d+$/.test(text) && Number.isSafeInteger(n) && n >= min) return n;
  warnings.push(`${name}=${text} ignored: it must be a whole number${min === 0 ? " ≥ 0" : ""}, written in decimal digits`);
  return null;
}

/**
 * The state a query string describes. Never throws: whatever cannot be used (an unknown scenario,
 * a malformed `set`) is left out and named in `warnings`.
 * @param known scenario ids that exist
 * @param defaults scenarios shown when the query names none that exist
 */
export function decodeState(search: string, known: readonly string[], defaults: readonly string[]): DecodedState {
  const query = new URLSearchParams(search);
  const warnings: string[] = [];
  const isKnown = new Set(known);
  let scenarios: string[] = [];
  const listed = query.get("s");
  if (listed !== null) {
    for (const id of listed.split(",").filter((s) => s !== "")) {
      if (!isKnown.has(id)) warnings.push(`scenario "${id}" ignored: no bundled scenario has that name (known: ${known.join(", ")})`);
      else if (!scenarios.includes(id)) scenarios.push(id);
    }
  }
  if (scenarios.length === 0) scenarios = defaults.filter((id) => isKnown.has(id));
  const edits: Record<string, Record<string, EditValue>> = {};
  for (const entry of query.getAll("set")) {
    const match = /^([^:]+):([^=]+)=(.*)$/.exec(entry);
    const value = match === null ? undefined : parseSetValue(match[3] as string);
    if (match === null || value === undefined) {
      warnings.push(`set=${entry} ignored: expected scenario:path=value with a number, true, false or a distribution {"dist":...}`);
    } else if (!scenarios.includes(match[1] as string)) {
      warnings.push(`set=${entry} ignored: "${match[1]}" is not among the chosen scenarios`);
    } else {
      // Null-prototype records: a path such as __proto__ stays an edit of its own, which the loader then
      // refuses by name, as the CLI's --set does, instead of setting the record's prototype and vanishing.
      (edits[match[1] as string] ??= Object.create(null) as Record<string, EditValue>)[match[2] as string] = value;
    }
  }
  const viewText = query.get("view");
  let view: View = "compare";
  if (viewText !== null) {
    if ((views as readonly string[]).includes(viewText)) view = viewText as View;
    else warnings.push(`view=${viewText} ignored: allowed views are ${views.join(", ")}`);
  }
  const briefText = query.get("brief");
  let brief: string | null = null;
  if (briefText !== null) {
    if (scenarios.includes(briefText)) brief = briefText;
    else warnings.push(`brief=${briefText} ignored: "${briefText}" is not among the chosen scenarios`);
  }
  return {
    state: {
      scenarios,
      edits,
      replications: positiveInteger("r", query.get("r"), warnings),
      days: positiveInteger("days", query.get("days"), warnings),
      seed: decimalInteger("seed", query.get("seed"), Number.MIN_SAFE_INTEGER, warnings),
      warmupDays: decimalInteger("warmup", query.get("warmup"), 0, warnings),
      view,
      brief,
      sweep: decodeSweep(query, isKnown, warnings),
    },
    warnings,
  };
}

function decodeSweep(query: URLSearchParams, known: ReadonlySet<string>, warnings: string[]): SweepSpec | null {
  const target = query.get("sweep");
  if (target === null) return null;
  const match = /^([^:]+):(.+)$/.exec(target);
  const values = (query.get("values") ?? "").split(",").map(parseEditValue);
  const metric = query.get("metric");
  if (match === null || !known.has(match[1] as string)) {
    warnings.push(`sweep=${target} ignored: expected a bundled scenario and a lever path, such as seals:seals.share`);
    return null;
  }
  if (values.length < 2 || values.some((v) => v === undefined)) {
    warnings.push(`values=${query.get("values") ?? ""} ignored: a sweep needs two or more values, each a number, true or false`);
    return null;
  }
  if (metric === null || metric === "") {
    warnings.push("sweep ignored: it names no metric (add metric=directions.kg-to-kz.crossingHours, for example)");
    return null;
  }
  const spec = { scenario: match[1] as string, path: match[2] as string, values: values as LeverEditValue[], metric };
  const secondPath = query.get("sweep2");
  if (secondPath === null) return spec;
  const secondValues = (query.get("values2") ?? "").split(",").map(parseEditValue);
  if (secondPath === "" || secondValues.length < 2 || secondValues.some((v) => v === undefined)) {
    warnings.push(`sweep2=${secondPath} ignored: a second lever needs a path and two or more values2, each a number, true or false`);
    return spec;
  }
  return { ...spec, second: { path: secondPath, values: secondValues as LeverEditValue[] } };
}
