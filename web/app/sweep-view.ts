import { metricLabel, sweepChart } from "../charts/index.js";
import type { ReplicationOutput, SweepResult } from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { chartPanel, type ChartPanel } from "./chart-panel.js";
import { downloadButton } from "./download-button.js";
import { leversOf, type Lever } from "./levers.js";
import { metricChoices } from "./metric-choices.js";
import { sweepCsvFile, sweepJsonFile } from "./result-files.js";
import type { StudySettings } from "./study-settings.js";
import { assembleSweep, planSweep } from "./sweep-plan.js";
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

/** The sweep view: a form, run on demand, and one chart with its downloads. */
export interface SweepView {
  /** Fills the form from the state (the link's sweep, or the seal share of a chosen scenario). */
  renderForm(): void;
  /** The chart panels shown, to redraw when the view becomes visible or its width changes. */
  panels(): readonly ChartPanel[];
}

const defaultMetric = "directions.kg-to-kz.crossingHours";

/**
 * Wires the sweep form: a scenario (with the user's edits), one of its levers, values checked as the
 * lever's field checks them, a metric. Runs `borderflow sweep`'s study on the workers and draws the
 * metric against the lever; changing the metric redraws without running again.
 */
export function sweepView(deps: SweepDependencies): SweepView {
  const { document, ui, bundle } = deps;
  let shown: ChartPanel[] = [];
  let last: { sweep: SweepResult; metric: string; lever: Lever } | null = null;

  const leversFor = (id: string): { lever: Lever; value: number | boolean }[] => {
    const bundled = bundle.get(id);
    const edits = deps.state().edits[id] ?? {};
    return bundled === undefined ? [] : leversOf(bundled.scenario).map(({ lever, value }) => ({ lever, value: leverValue(edits[lever.path]) ?? value }));
  };

  const fill = (scenario: string, leverPath: string | null, values: string | null, metric: string): void => {
    ui.scenario.replaceChildren(...[...bundle.keys()].map((id) => new Option(bundle.get(id)?.scenario.name ?? id, id, false, id === scenario)));
    const levers = leversFor(scenario);
    const chosen = levers.find((l) => l.lever.path === leverPath) ?? levers.find((l) => l.lever.path === "seals.share") ?? levers[0];
    ui.lever.replaceChildren(...levers.map(({ lever }) => new Option(`${lever.group}: ${lever.label}`, lever.path, false, lever === chosen?.lever)));
    ui.values.value = values ?? (chosen === undefined ? "" : suggestedSweep(chosen.lever, chosen.value).join(","));
    ui.metric.replaceChildren(...metricChoices().map(([path, label]) => new Option(label, path, false, path === metric)));
  };

  const read = (): { ok: true; values: LeverEditValue[]; lever: Lever } | { ok: false } => {
    const lever = leversFor(ui.scenario.value).find((l) => l.lever.path === ui.lever.value)?.lever;
    if (lever === undefined) return { ok: false };
    const parsed = parseSweepValues(lever, ui.values.value);
    ui.valuesError.textContent = parsed.ok ? "" : parsed.messages.join("; ");
    ui.values.setAttribute("aria-invalid", String(!parsed.ok));
    return parsed.ok ? { ok: true, values: parsed.values, lever } : { ok: false };
  };

  const save = (): void => {
    const values = ui.values.value.split(",").map((t) => parseEditValue(t.trim()));
    if (values.length >= 2 && values.every((v) => v !== undefined)) {
      deps.saveSpec({ scenario: ui.scenario.value, path: ui.lever.value, values: values as LeverEditValue[], metric: ui.metric.value });
    }
  };

  const draw = (): void => {
    if (last === null) return;
    const { sweep, metric, lever } = last;
    ui.downloads.replaceChildren(
      "Results: ",
      downloadButton(document, "CSV", "Download the sweep as CSV", () => sweepCsvFile(sweep)),
      " ",
      downloadButton(document, "JSON", "Download the sweep as JSON", () => sweepJsonFile(sweep)),
    );
    shown = [chartPanel(document, {
      id: "sweep",
      heading: `${metricLabel(metric).label} against ${lever.label.toLowerCase()}`,
      render: (width) => sweepChart(sweep, { document, width, metric, parameterLabel: lever.unit === "" ? lever.label : `${lever.label} (${lever.unit})` }),
    })];
    ui.panels.replaceChildren(...shown.map((p) => p.element));
    for (const p of shown) p.update();
  };

  const run = async (): Promise<void> => {
    const form = read();
    const bundled = bundle.get(ui.scenario.value);
    if (!form.ok || bundled === undefined) return;
    save();
    const spec: SweepSpec = { scenario: bundled.id, path: form.lever.path, values: form.values, metric: ui.metric.value };
    const plan = planSweep(bundled, deps.state().edits[bundled.id] ?? {}, deps.settings(), spec);
    ui.problems.replaceChildren(...(plan.ok ? [] : plan.problems).map((text) => Object.assign(document.createElement("li"), { textContent: text })));
    if (!plan.ok) return;
    const result = await deps.run("Sweep", ui.section, plan.tasks, plan.replications);
    if (result === null) return;
    last = { sweep: assembleSweep(spec, plan.tasks, result.outputs), metric: spec.metric, lever: form.lever };
    draw();
    ui.section.dataset["status"] = "ready";
  };

  for (const select of [ui.scenario, ui.lever]) {
    select.addEventListener("change", () => {
      fill(ui.scenario.value, ui.lever.value, null, ui.metric.value);
      read();
      save();
    });
  }
  ui.values.addEventListener("input", () => {
    read();
    save();
  });
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
      fill(spec?.scenario ?? fallback, spec?.path ?? null, spec === null ? null : spec.values.map(String).join(","), spec?.metric ?? defaultMetric);
    },
    panels: () => shown,
  };
}
