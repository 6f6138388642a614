import { arrivalProfileChart, fitHistogramChart, qqChart, directionIds, directionLabel, type FittedDensity } from "../charts/index.js";
import { arrivalWrites, namedStreams, readArrivals, readDurations, RecordsError } from "../../src/scenario/index.js";
import {
  FAMILIES, bootstrapPText, fitArrivalProfile, fitAsDistribution, fitDurations, type ArrivalProfileFit, type DurationFit, type EmpiricalFit, type FittedFamily,
} from "../../src/stats/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { checkDirection, checkTargets, type CheckView } from "./check-view.js";
import type { PageState } from "./page-state.js";
import { readFailure, readTextFile } from "./read-text-file.js";

/** The elements of the data-in panel. */
export interface FitViewElements {
  readonly scenario: HTMLSelectElement;
  readonly target: HTMLSelectElement;
  readonly drop: HTMLElement;
  readonly file: HTMLInputElement;
  readonly status: HTMLElement;
  readonly charts: HTMLElement;
  readonly ranking: HTMLElement;
  readonly apply: HTMLButtonElement;
}

/** What the data-in panel needs from the page. */
export interface FitViewDependencies {
  readonly document: Document;
  readonly ui: FitViewElements;
  readonly bundle: ReadonlyMap<string, BundledScenario>;
  readonly page: PageState;
  /** Called after a fit is applied to a scenario (the page redraws its levers and marks the results stale). */
  readonly onApplied: () => void;
  /** The check against crossing records, offered as a target of each direction when given. */
  readonly check?: CheckView;
  /** Where an unexpected error goes besides the status. @default console.error */
  readonly logError?: (error: unknown) => void;
}

/** Bootstrap samples in the browser: fewer than the CLI's 199, so a fit of a thousand records takes a second or two. */
export const DASHBOARD_BOOTSTRAP = 99;

const four = (x: number): string => Number(x.toPrecision(4)).toString();

/** A fit in words: `lognormal (mean 4.585, cv 0.3048)`. */
export function fitLabel(fit: FittedFamily | EmpiricalFit): string {
  if (fit.dist === "empirical") return `empirical (${fit.values.length} values)`;
  return `${fit.dist} (${Object.entries(fit.parameters).map(([k, v]) => `${k} ${four(v)}`).join(", ")})`;
}

/** The stages of a border scenario as fit targets: `directions.<d>.stages.<i>.serviceMinutes` and a label. */
export function stageTargets(bundled: BundledScenario): { path: string; label: string }[] {
  const scenario = bundled.scenario;
  if (scenario.model !== "border") return [];
  return directionIds.flatMap((d) =>
    scenario.directions[d].stages.map((stage, i) => ({ path: `directions.${d}.stages.${i}.serviceMinutes`, label: `${directionLabel(d)}: ${stage.label}` })),
  );
}

/** The directions of a border scenario as targets of arrival records: `arrivals:<direction>` and a label. */
export function arrivalTargets(bundled: BundledScenario): { path: string; label: string }[] {
  if (bundled.scenario.model !== "border") return [];
  return directionIds.map((d) => ({ path: `arrivals:${d}`, label: `${directionLabel(d)}: arrivals (trucks per day, hour and weekday profile)` }));
}

/** The lever edits (path → number) that put an arrival fit into direction `direction` of a border scenario, arrays written item by item. */
export function arrivalEdits(fit: ArrivalProfileFit, bundled: BundledScenario, direction: string): { edits: [string, number][]; note: string } {
  if (bundled.scenario.model !== "border") return { edits: [], note: "" };
  const planned = arrivalWrites(fit, bundled.scenario, `directions.${direction}`);
  const edits: [string, number][] = [];
  for (const w of planned.writes) {
    if (Array.isArray(w.value)) (w.value as number[]).forEach((v, i) => edits.push([`${w.path}.${i}`, v]));
    else edits.push([w.path, w.value as number]);
  }
  return { edits, note: planned.note };
}

/** Densities of the first candidates on 200 points from 0 to a little past the largest value. */
export function densitiesOf(fit: DurationFit, top: number, count = 4): FittedDensity[] {
  return fit.candidates.slice(0, count).map((c) => {
    const family = FAMILIES.find((f) => f.dist === c.dist);
    const density = family === undefined ? () => 0 : family.density(c.parameters);
    return { label: fitLabel(c), points: Array.from({ length: 201 }, (_, i) => ({ x: (top * i) / 200, density: density((top * i) / 200) })) };
  });
}

/** Q–Q points of the sorted records against a candidate's quantiles at (i + ½)/n, at most 200 of them. */
export function qqPoints(sorted: readonly number[], fit: FittedFamily | EmpiricalFit): { reference: number; observed: number }[] {
  const n = sorted.length;
  const step = Math.max(1, Math.floor(n / 200));
  const points: { reference: number; observed: number }[] = [];
  const family = fit.dist === "empirical" ? undefined : FAMILIES.find((f) => f.dist === fit.dist);
  if (family === undefined || fit.dist === "empirical") return points;
  const quantile = family.quantile(fit.parameters);
  for (let i = 0; i < n; i += step) points.push({ reference: quantile((i + 0.5) / n), observed: sorted[i] as number });
  return points;
}

/**
 * The data-in panel: choose a scenario and one of its stages, drop a CSV of control times (or choose
 * one), and see the fitted families ranked, the histogram with the fitted densities, and the Q–Q plot of
 * the chosen one; "Apply" writes the chosen fit into the scenario's stage as an edit, like a lever.
 * The fit runs in the page with the CLI's code (`fitDurations`, 99 bootstrap samples). Crossing
 * records dropped onto a direction go to the check (`check`), which compares the scenario with them.
 */
export function fitView(deps: FitViewDependencies): { render(): void } {
  const { document, ui, bundle, page } = deps;
  let current: { fit: DurationFit; sorted: number[]; file: string; target: string } | null = null;
  let chosen: FittedFamily | EmpiricalFit | null = null;
  let arrivals: { fit: ArrivalProfileFit; direction: string } | null = null;

  const say = (text: string, alert = false): void => {
    ui.status.textContent = text;
    ui.status.setAttribute("role", alert ? "alert" : "status");
  };

  /** The apply button serves fits only; the check has its own settings. */
  const targetChanged = (): void => {
    ui.apply.hidden = deps.check !== undefined && checkDirection(ui.target.value) !== null;
    deps.check?.show(ui.scenario.value, ui.target.value);
  };

  const fillTargets = (): void => {
    const ids = page.current.scenarios.filter((id) => bundle.get(id)?.scenario.model === "border");
    const keep = ui.scenario.value;
    ui.scenario.replaceChildren(...ids.map((id) => new Option(bundle.get(id)?.scenario.name ?? id, id, false, id === keep)));
    const bundled = bundle.get(ui.scenario.value);
    const keepTarget = ui.target.value;
    const targets = bundled === undefined ? [] : [...stageTargets(bundled), ...arrivalTargets(bundled), ...(deps.check === undefined ? [] : checkTargets(bundled))];
    ui.target.replaceChildren(...targets.map((t) => new Option(t.label, t.path, false, t.path === keepTarget)));
    targetChanged();
  };

  const drawChoice = (): void => {
    if (current === null || chosen === null) return;
    // Two charts side by side when the column is wide enough.
    const column = ui.charts.clientWidth || 640;
    const width = Math.max(280, Math.min(560, column >= 900 ? Math.floor(column / 2) - 16 : column));
    const top = (current.sorted[current.sorted.length - 1] as number) * 1.05;
    const charts: SVGSVGElement[] = [
      fitHistogramChart({ what: "Control time", unit: "minutes", values: current.sorted, fits: densitiesOf(current.fit, top) }, { document, width }),
    ];
    const points = qqPoints(current.sorted, chosen);
    if (points.length >= 2) {
      charts.push(qqChart({ reference: fitLabel(chosen), observedLabel: "Records (minutes)", referenceLabel: `Fitted ${chosen.dist} (minutes)`, points }, { document, width }));
    }
    ui.charts.replaceChildren(...charts);
    ui.apply.disabled = false;
  };

  const renderRanking = (fit: DurationFit): void => {
    const table = document.createElement("table");
    table.className = "fit-ranking";
    const head = table.createTHead().insertRow();
    for (const text of ["", "family and parameters", "AIC", "KS p", "AD p"]) head.append(Object.assign(document.createElement("th"), { textContent: text, scope: "col" }));
    const body = table.createTBody();
    const rows: (FittedFamily | EmpiricalFit)[] = [...fit.candidates, fit.empirical];
    for (const c of rows) {
      const row = body.insertRow();
      row.dataset["dist"] = c.dist;
      const radio = Object.assign(document.createElement("input"), { type: "radio", name: "fit-choice", value: c.dist, checked: c === fit.best });
      radio.setAttribute("aria-label", `use ${c.dist}`);
      radio.addEventListener("change", () => {
        chosen = c;
        drawChoice();
      });
      row.insertCell().append(radio);
      const intervals = c.dist === "empirical" ? "" : ` — 95%: ${Object.entries(c.intervals).map(([k, [lo, hi]]) => `${k} ${four(lo)}–${four(hi)}`).join(", ")}`;
      row.insertCell().textContent = `${fitLabel(c)}${intervals}${c === fit.best ? " (best)" : ""}`;
      row.insertCell().textContent = c.dist === "empirical" ? "—" : c.aic.toFixed(1);
      const p = (value: number): string => bootstrapPText(value, DASHBOARD_BOOTSTRAP, (x) => x.toFixed(3));
      row.insertCell().textContent = c.dist === "empirical" ? "—" : p(c.ks.p);
      row.insertCell().textContent = c.dist === "empirical" ? "—" : p(c.ad.p);
    }
    ui.ranking.replaceChildren(table);
  };

  const fitArrivalsText = (text: string, file: string, direction: string): void => {
    current = null;
    chosen = null;
    try {
      const fit = fitArrivalProfile(readArrivals(text, file).arrivals, { replicates: 199, streams: namedStreams(1) });
      arrivals = { fit, direction };
    } catch (error) {
      arrivals = null;
      ui.charts.replaceChildren();
      ui.ranking.replaceChildren();
      if (error instanceof RecordsError || error instanceof RangeError) say(`${file} cannot be fitted: ${error.message.replace(/^fitArrivalProfile: /, "")}`, true);
      else throw error;
      return;
    }
    const { fit } = arrivals;
    const e = fit.trucksPerDay;
    const poisson = fit.dispersion.p >= 0.05 ? "daily counts look Poisson" : fit.dispersion.index > 1 ? "daily counts vary more than Poisson" : "daily counts vary less than Poisson";
    say(`${file}: ${fit.n} arrivals over ${fit.days} days, ${four(e.mean)} trucks per day [${four(e.lo as number)}, ${four(e.hi as number)}]; ${poisson} (dispersion index ${four(fit.dispersion.index)}, p = ${four(fit.dispersion.p)}).`);
    ui.ranking.replaceChildren();
    const column = ui.charts.clientWidth || 640;
    const width = Math.max(280, Math.min(560, column >= 900 ? Math.floor(column / 2) - 16 : column));
    const where = directionLabel(direction as (typeof directionIds)[number]);
    ui.charts.replaceChildren(
      arrivalProfileChart({ where, by: "hour", estimates: fit.hourOfDay }, { document, width }),
      arrivalProfileChart({ where, by: "weekday", estimates: fit.dayOfWeek }, { document, width }),
    );
    ui.apply.disabled = false;
  };

  const fitText = (text: string, file: string): void => {
    ui.apply.disabled = true;
    if (deps.check !== undefined && checkDirection(ui.target.value) !== null) {
      current = null;
      chosen = null;
      arrivals = null;
      ui.charts.replaceChildren();
      ui.ranking.replaceChildren();
      say("");
      deps.check.take(text, file, ui.scenario.value, ui.target.value);
      return;
    }
    if (ui.target.value.startsWith("arrivals:")) {
      fitArrivalsText(text, file, ui.target.value.slice("arrivals:".length));
      return;
    }
    arrivals = null;
    let durations: readonly number[];
    try {
      durations = readDurations(text, file, { unit: "minutes" }).durations;
      const fit = fitDurations(durations, { replicates: DASHBOARD_BOOTSTRAP, streams: namedStreams(1) });
      current = { fit, sorted: [...durations].sort((a, b) => a - b), file, target: ui.target.value };
      chosen = fit.best;
    } catch (error) {
      current = null;
      ui.charts.replaceChildren();
      ui.ranking.replaceChildren();
      if (error instanceof RecordsError || error instanceof RangeError) say(`${file} cannot be fitted: ${error.message.replace(/^fitDurations: /, "")}`, true);
      else throw error;
      return;
    }
    say(`${file}: ${durations.length} control times in minutes. Best: ${fitLabel(current.fit.best)}. p-values by parametric bootstrap (${DASHBOARD_BOOTSTRAP} samples).`);
    renderRanking(current.fit);
    drawChoice();
  };

  /** Says why `file` cannot be read, in the check's own status when the target is a check. */
  const refuse = (file: string, message: string): void => {
    if (deps.check !== undefined && checkDirection(ui.target.value) !== null) {
      say("");
      deps.check.refuse(file, message);
    } else say(`${file} cannot be read: ${message}`, true);
  };

  /** An error no branch expected: said in the status as an alert and logged, so the page never stays at "Fitting…". */
  const unexpected = (file: string, error: unknown): void => {
    (deps.logError ?? console.error)(error);
    current = null;
    chosen = null;
    arrivals = null;
    ui.charts.replaceChildren();
    ui.ranking.replaceChildren();
    say(`${file} could not be used: ${readFailure(error)}`, true);
  };

  const readFile = (file: File): void => {
    say(`${checkDirection(ui.target.value) === null ? "Fitting" : "Reading"} ${file.name}…`);
    readTextFile(file).then((read) => {
      if (!read.ok) {
        refuse(file.name, read.message);
        return;
      }
      // Let the status paint before the fit holds the page for a moment.
      setTimeout(() => {
        try {
          fitText(read.text, file.name);
        } catch (error) {
          unexpected(file.name, error);
        }
      }, 0);
    }).catch((error: unknown) => unexpected(file.name, error));
  };

  ui.scenario.addEventListener("change", fillTargets);
  ui.target.addEventListener("change", targetChanged);
  ui.file.addEventListener("change", () => {
    const file = ui.file.files?.[0];
    if (file !== undefined) readFile(file);
  });
  ui.drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    ui.drop.classList.add("dragging");
  });
  ui.drop.addEventListener("dragleave", () => ui.drop.classList.remove("dragging"));
  ui.drop.addEventListener("drop", (event) => {
    event.preventDefault();
    ui.drop.classList.remove("dragging");
    const file = event.dataTransfer?.files[0];
    if (file !== undefined) readFile(file);
  });
  ui.apply.addEventListener("click", () => {
    const bundled = bundle.get(ui.scenario.value);
    if (arrivals !== null && bundled !== undefined) {
      const { edits, note } = arrivalEdits(arrivals.fit, bundled, arrivals.direction);
      for (const [path, value] of edits) page.edit(ui.scenario.value, path, value);
      say(`Applied the arrival profile (${four(arrivals.fit.trucksPerDay.mean)} trucks per day, hour and weekday multipliers) to ${directionLabel(arrivals.direction as (typeof directionIds)[number])} of ${bundled.scenario.name}${note === "" ? "" : `; ${note}`}. Run the comparison to see its effect.`);
      deps.onApplied();
      return;
    }
    if (chosen === null || current === null || ui.scenario.value === "") return;
    const spec = fitAsDistribution(chosen) as { dist: string };
    page.edit(ui.scenario.value, current.target, spec);
    const label = [...ui.target.options].find((o) => o.value === current?.target)?.textContent ?? ui.target.value;
    say(`Applied ${fitLabel(chosen)} to “${label}” of ${bundle.get(ui.scenario.value)?.scenario.name ?? ui.scenario.value}. Run the comparison to see its effect.`);
    deps.onApplied();
  });

  return { render: fillTargets };
}
