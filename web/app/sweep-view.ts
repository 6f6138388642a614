import { metricLabel, sweepChart, sweepGridChart, type SweepGrid } from "../charts/index.js";
import type { ReplicationOutput, SweepResult } from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { chartPanel, type ChartPanel } from "./chart-panel.js";
import { chartSettings, scenarioRun, type ChartSettings } from "./chart-settings.js";
import { downloadButton } from "./download-button.js";
import { leversOf, type Lever } from "./levers.js";
import { metricChoices } from "./metric-choices.js";
import { sweepCsvFile, sweepGridCsvFile, sweepGridJsonFile, sweepJsonFile } from "./result-files.js";
import type { StudySettings } from "./study-settings.js";
import { assembleSweep, assembleSweepGrid, planSweep, planSweepGrid } from "./sweep-plan.js";
import { parseSweepValues, suggestedSweep } from "./sweep-values.js";
import { leverValue, parseEditValue, type DashboardState, type LeverEditValue, type SweepSpec } from "./url-state.js";
import type { JobTask } from "./worker-protocol.js";

/** The elements of the sweep view in index.html. */
export interface SweepElements {
  readonly section: HTMLElement;
  readonly form: HTMLFormElement;
  readonly scenario: HTMLSelectElement;
  readonly lever: HTMLSelectElement;
  readonly values: HTMLInputElement;
  readonly valuesError: HTMLElement;
  /** The optional second lever ("" for none) and its values. */
  readonly lever2: HTMLSelectElement;
  readonly values2: HTMLInputElement;
  readonly values2Error: HTMLElement;
  readonly metric: HTMLSelectElement;
  readonly problems: HTMLElement;
  readonly downloads: HTMLElement;
  readonly panels: HTMLElement;
}

/** What the sweep view needs from the page. */
export interface SweepDependencies {
  readonly document: Document;
  readonly ui: SweepElements;
  readonly bundle: ReadonlyMap<string, BundledScenario>;
  readonly state: () => DashboardState;
  /** Keeps the form's settings in the URL. */
  readonly saveSpec: (spec: SweepSpec) => void;
  readonly settings: () => StudySettings;
  /** Runs a job behind the run bar; null when cancelled or failed. */
  readonly run: (what: string, section: HTMLElement, tasks: readonly JobTask[], replications: number) => Promise<{ outputs: Map<string, ReplicationOutput[]> } | null>;
}

/** The sweep view: a form, run on demand, and one chart (a line for one lever, a grid for two) with its downloads. */
export interface SweepView {
  /** Fills the form from the state (the link's sweep, or the seal share of a chosen scenario). */
  renderForm(): void;
  /** The chart panels shown, to redraw when the view becomes visible or its width changes. */
  panels(): readonly ChartPanel[];
}

const defaultMetric = "directions.kg-to-kz.crossingHours";

/** The lever a swept path names, with its label and unit for the chart. */
type Swept = { readonly lever: Lever; readonly values: LeverEditValue[] };

/** What the view last ran: a sweep of one lever or a grid of two, with the settings that made it. */
type Shown =
  | { readonly kind: "line"; readonly sweep: SweepResult; readonly first: Lever; readonly metric: string; readonly settings: ChartSettings }
  | { readonly kind: "grid"; readonly grid: SweepGrid; readonly first: Lever; readonly second: Lever; readonly metric: string; readonly settings: ChartSettings };

const noSecond = "";

/**
 * Wires the sweep form: a scenario (with the user's edits), one of its levers, values checked as the
 * lever's field checks them, optionally a second lever with its values, a metric. Runs `borderflow
 * sweep`'s study on the workers (for two levers, one sweep of the first per value of the second) and
 * draws the metric against the lever, or a grid of both; changing the metric redraws without running again.
 */
export function sweepView(deps: SweepDependencies): SweepView {
  const { document, ui, bundle } = deps;
  let shown: ChartPanel[] = [];
  let last: Shown | null = null;

  const leversFor = (id: string): { lever: Lever; value: number | boolean }[] => {
    const bundled = bundle.get(id);
    const edits = deps.state().edits[id] ?? {};
    return bundled === undefined ? [] : leversOf(bundled.scenario).map(({ lever, value }) => ({ lever, value: leverValue(edits[lever.path]) ?? value }));
  };

  /** Fills the form; `second` is the second lever's path and its values' text (null text: suggested values). */
  const fill = (scenario: string, leverPath: string | null, values: string | null, metric: string, second: { path: string; values: string | null } | null = null): void => {
    ui.scenario.replaceChildren(...[...bundle.keys()].map((id) => new Option(bundle.get(id)?.scenario.name ?? id, id, false, id === scenario)));
    const levers = leversFor(scenario);
    const chosen = levers.find((l) => l.lever.path === leverPath) ?? levers.find((l) => l.lever.path === "seals.share") ?? levers[0];
    ui.lever.replaceChildren(...levers.map(({ lever }) => new Option(`${lever.group}: ${lever.label}`, lever.path, false, lever === chosen?.lever)));
    ui.values.value = values ?? (chosen === undefined ? "" : suggestedSweep(chosen.lever, chosen.value).join(","));
    const other = levers.find((l) => l.lever.path === second?.path);
    ui.lever2.replaceChildren(new Option("None (sweep one lever)", noSecond, false, other === undefined),
      ...levers.map(({ lever }) => new Option(`${lever.group}: ${lever.label}`, lever.path, false, lever === other?.lever)));
    ui.values2.value = other === undefined ? "" : (second?.values ?? suggestedSweep(other.lever, other.value).join(","));
    ui.values2.disabled = other === undefined;
    ui.metric.replaceChildren(...metricChoices().map(([path, label]) => new Option(label, path, false, path === metric)));
  };

  /** Reads one lever's values, showing its field's problems; undefined when refused. */
  const readValues = (lever: Lever | undefined, input: HTMLInputElement, error: HTMLElement): Swept | undefined => {
    if (lever === undefined) return undefined;
    const parsed = parseSweepValues(lever, input.value);
    error.textContent = parsed.ok ? "" : parsed.messages.join("; ");
    input.setAttribute("aria-invalid", String(!parsed.ok));
    return parsed.ok ? { lever, values: parsed.values } : undefined;
  };

  const read = (): { ok: true; first: Swept; second: Swept | null } | { ok: false } => {
    const levers = leversFor(ui.scenario.value);
    const first = readValues(levers.find((l) => l.lever.path === ui.lever.value)?.lever, ui.values, ui.valuesError);
    const wantsSecond = ui.lever2.value !== noSecond;
    const second = wantsSecond ? readValues(levers.find((l) => l.lever.path === ui.lever2.value)?.lever, ui.values2, ui.values2Error) : null;
    if (!wantsSecond) {
      ui.values2Error.textContent = "";
      ui.values2.setAttribute("aria-invalid", "false");
    }
    if (wantsSecond && second !== undefined && second !== null && second.lever.path === first?.lever.path) {
      ui.values2Error.textContent = "this is the first lever too; choose another, or none";
      ui.values2.setAttribute("aria-invalid", "true");
      return { ok: false };
    }
    return first === undefined || second === undefined ? { ok: false } : { ok: true, first, second };
  };

  const save = (): void => {
    const parse = (text: string): LeverEditValue[] | undefined => {
      const values = text.split(",").map((t) => parseEditValue(t.trim()));
      return values.length >= 2 && values.every((v) => v !== undefined) ? (values as LeverEditValue[]) : undefined;
    };
    const values = parse(ui.values.value);
    if (values === undefined) return;
    const second = ui.lever2.value === noSecond ? undefined : parse(ui.values2.value);
    deps.saveSpec({
      scenario: ui.scenario.value, path: ui.lever.value, values, metric: ui.metric.value,
      ...(second === undefined ? {} : { second: { path: ui.lever2.value, values: second } }),
    });
  };

  const leverName = (lever: Lever): string => (lever.unit === "" ? lever.label : `${lever.label} (${lever.unit})`);

  const draw = (): void => {
    if (last === null) return;
    const shownNow = last;
    const { metric, settings } = shownNow;
    if (shownNow.kind === "line") {
      const { sweep, first } = shownNow;
      ui.downloads.replaceChildren(
        "Results: ",
        downloadButton(document, "CSV", "Download the sweep as CSV", () => sweepCsvFile(sweep)),
        " ",
        downloadButton(document, "JSON", "Download the sweep as JSON", () => sweepJsonFile(sweep)),
      );
      shown = [chartPanel(document, {
        id: "sweep",
        settings,
        heading: `${metricLabel(metric).label} against ${first.label.toLowerCase()}`,
        render: (width) => sweepChart(sweep, { document, width, metric, parameterLabel: leverName(first) }),
      })];
    } else {
      const { grid, first, second } = shownNow;
      ui.downloads.replaceChildren(
        "Results: ",
        downloadButton(document, "CSV", "Download the sweep of two levers as CSV", () => sweepGridCsvFile(grid)),
        " ",
        downloadButton(document, "JSON", "Download the sweep of two levers as JSON", () => sweepGridJsonFile(grid)),
      );
      shown = [chartPanel(document, {
        id: "sweep-grid",
        settings,
        heading: `${metricLabel(metric).label} by ${first.label.toLowerCase()} and ${second.label.toLowerCase()}`,
        render: (width) => sweepGridChart(grid, { document, width, metric, columnLabel: leverName(first), rowLabel: leverName(second) }),
      })];
    }
    ui.panels.replaceChildren(...shown.map((p) => p.element));
    for (const p of shown) p.update();
  };

  const run = async (): Promise<void> => {
    const form = read();
    const bundled = bundle.get(ui.scenario.value);
    if (!form.ok || bundled === undefined) return;
    save();
    const { first, second } = form;
    const spec: SweepSpec = {
      scenario: bundled.id, path: first.lever.path, values: first.values, metric: ui.metric.value,
      ...(second === null ? {} : { second: { path: second.lever.path, values: second.values } }),
    };
    const edits = deps.state().edits[bundled.id] ?? {};
    const grid = spec.second === undefined ? null : { ...spec, second: spec.second };
    const plan = grid === null ? planSweep(bundled, edits, deps.settings(), spec) : planSweepGrid(bundled, edits, deps.settings(), grid);
    ui.problems.replaceChildren(...(plan.ok ? [] : plan.problems).map((text) => Object.assign(document.createElement("li"), { textContent: text })));
    if (!plan.ok) return;
    const result = await deps.run(grid === null ? "Sweep" : "Sweep of two levers", ui.section, plan.tasks, plan.replications);
    if (result === null) return;
    const swept = (lever: Swept): string => `${lever.lever.path} over ${lever.values.map(String).join(", ")}`;
    const study = `sweep of ${swept(first)}${second === null ? "" : ` at each value of ${swept(second)}`}`;
    const runs = plan.tasks.map((t) => scenarioRun(bundled.id, { seed: t.scenario.seed, replications: plan.replications,
      horizon: t.scenario.model === "border" ? t.scenario.days * 24 : t.scenario.horizon, warmup: t.scenario.model === "border" ? t.scenario.warmupDays * 24 : 0 }));
    const settings = chartSettings(runs, { [bundled.id]: edits }, { study });
    last = grid === null || second === null
      ? { kind: "line", sweep: assembleSweep(spec, plan.tasks, result.outputs), first: first.lever, metric: spec.metric, settings }
      : { kind: "grid", grid: assembleSweepGrid(grid, plan.tasks, result.outputs), first: first.lever, second: second.lever, metric: spec.metric, settings };
    draw();
    ui.section.dataset["status"] = "ready";
  };

  for (const select of [ui.scenario, ui.lever, ui.lever2]) {
    select.addEventListener("change", () => {
      // A changed lever gets suggested values; the other lever keeps what the user typed.
      const second = ui.lever2.value === noSecond ? null : { path: ui.lever2.value, values: select === ui.lever2 ? null : ui.values2.value };
      fill(ui.scenario.value, ui.lever.value, select === ui.lever2 ? ui.values.value : null, ui.metric.value, second);
      read();
      save();
    });
  }
  for (const input of [ui.values, ui.values2]) {
    input.addEventListener("input", () => {
      read();
      save();
    });
  }
  ui.metric.addEventListener("change", () => {
    save();
    if (last !== null) {
      last = { ...last, metric: ui.metric.value };
      draw();
    }
  });
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });

  return {
    renderForm() {
      const state = deps.state();
      const spec = state.sweep !== null && bundle.has(state.sweep.scenario) ? state.sweep : null;
      const fallback = state.scenarios.find((id) => id.includes("seal")) ?? state.scenarios[0] ?? [...bundle.keys()][0] ?? "";
      const second = spec?.second === undefined ? null : { path: spec.second.path, values: spec.second.values.map(String).join(",") };
      fill(spec?.scenario ?? fallback, spec?.path ?? null, spec === null ? null : spec.values.map(String).join(","), spec?.metric ?? defaultMetric, second);
    },
    panels: () => shown,
  };
}
