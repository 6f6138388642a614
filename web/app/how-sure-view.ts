import { metricLabel, spreadChart, tornadoChart } from "../charts/index.js";
import type { ReplicationOutput } from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { chartPanel, type ChartPanel } from "./chart-panel.js";
import { chartSettings, scenarioRunOf, type ChartSettings } from "./chart-settings.js";
import { loadEdited } from "./edited-scenario.js";
import { downloadButton } from "./download-button.js";
import { inputLabel } from "./input-labels.js";
import { valueAt } from "./levers.js";
import { pathSegments } from "../../src/scenario/format/override-syntax.js";
import { planHowSure, type HowSureResult } from "./how-sure-plan.js";
import { metricChoices } from "./metric-choices.js";
import type { StudySettings } from "./study-settings.js";
import type { DashboardState } from "./url-state.js";
import type { JobTask } from "./worker-protocol.js";

/** The elements of the How sure? view in index.html. */
export interface HowSureElements {
  readonly section: HTMLElement;
  readonly form: HTMLFormElement;
  readonly measure: HTMLSelectElement;
  readonly base: HTMLSelectElement;
  readonly metric: HTMLSelectElement;
  readonly samples: HTMLInputElement;
  readonly problems: HTMLElement;
  readonly panels: HTMLElement;
  readonly inputs: HTMLElement;
}

/** What the view needs from the page. */
export interface HowSureDependencies {
  readonly document: Document;
  readonly ui: HowSureElements;
  readonly bundle: ReadonlyMap<string, BundledScenario>;
  readonly state: () => DashboardState;
  readonly settings: () => StudySettings;
  /** Runs a job behind the run bar (with its progress and Cancel); null when cancelled or failed. */
  readonly run: (what: string, section: HTMLElement, tasks: readonly JobTask[], replications: number) => Promise<{ outputs: Map<string, ReplicationOutput[]> } | null>;
  /** Called with each spread shown, so the brief can say how sure its headline is. */
  readonly onSpread?: (measure: string, base: string, result: HowSureResult & { kind: "spread" }) => void;
}

/** The How sure? view: run on demand, a tornado and a spread chart with their downloads. */
export interface HowSureView {
  /** Fills the form (the first measure other than the base) and lists the measure's uncertain inputs. */
  renderForm(): void;
  /** Chooses a measure (the brief's link). */
  choose(measure: string): void;
  panels(): readonly ChartPanel[];
}

/**
 * Wires the How sure? view: the measure and base (bundled scenarios with the user's edits and the
 * study settings), a metric and the number of worlds. "Tornado" runs each declared input at its
 * low and high value; "Spread" draws plausible worlds; both on the page's workers, with the run
 * bar's progress and Cancel, and the result drawn beside the other (each kind's last result is kept).
 */
export function howSureView(deps: HowSureDependencies): HowSureView {
  const { document, ui, bundle } = deps;
  const shown = new Map<"tornado" | "spread", ChartPanel>();
  const last = new Map<"tornado" | "spread", HowSureResult>();
  /** The settings each kind's last result ran with, for its exported chart. */
  const madeWith = new Map<"tornado" | "spread", ChartSettings>();

  const listInputs = (): void => {
    const bundled = bundle.get(ui.measure.value);
    const base = bundle.get(ui.base.value);
    const blocks = [bundled, base].filter((b): b is BundledScenario => b !== undefined).map((b) => {
      const block = document.createElement("section");
      const heading = Object.assign(document.createElement("h3"), { textContent: b.scenario.name });
      const description = Object.assign(document.createElement("p"), { textContent: b.scenario.description });
      const table = document.createElement("table");
      table.className = "uncertain-inputs";
      const head = table.createTHead().insertRow();
      for (const h of ["Uncertain input", "Value", "Plausible range", "Why"]) head.append(Object.assign(document.createElement("th"), { textContent: h, scope: "col" }));
      const body = table.createTBody();
      for (const u of b.scenario.uncertain) {
        const row = body.insertRow();
        const path = inputLabel(b.scenario, u.paths?.[0] ?? u.path ?? "");
        const value = valueAt(b.scenario, pathSegments(u.paths?.[0] ?? u.path ?? "").join("."));
        for (const text of [path, typeof value === "number" ? String(value) : "", `${u.low} to ${u.high}${u.distribution === "triangular" ? " (most likely the value)" : ""}`, u.why]) row.insertCell().textContent = text;
      }
      const list = (title: string, items: readonly string[]): HTMLElement => {
        const d = document.createElement("div");
        d.append(Object.assign(document.createElement("h4"), { textContent: title }));
        const ul = document.createElement("ul");
        ul.append(...items.map((t) => Object.assign(document.createElement("li"), { textContent: t })));
        d.append(ul);
        return d;
      };
      const extra = b.scenario.model === "border" ? [list("Sources", b.scenario.sources), list("Assumptions", b.scenario.assumptions)] : [];
      block.append(heading, description, table, ...extra);
      return block;
    });
    ui.inputs.replaceChildren(...blocks);
  };

  const fill = (measure: string, base: string, metric: string): void => {
    const ids = [...bundle.keys()];
    const name = (id: string): string => bundle.get(id)?.scenario.name ?? id;
    ui.measure.replaceChildren(...ids.map((id) => new Option(name(id), id, false, id === measure)));
    ui.base.replaceChildren(...ids.map((id) => new Option(name(id), id, false, id === base)));
    ui.metric.replaceChildren(...metricChoices().map(([path, label]) => new Option(label, path, false, path === metric)));
    listInputs();
  };

  const draw = (): void => {
    const panels: ChartPanel[] = [];
    for (const [kind, done] of last) {
      const metric = done.kind === "tornado" ? (done.result.metrics[0] ?? "") : (Object.keys(done.result.metrics)[0] ?? "");
      const label = metricLabel(metric).label.toLowerCase();
      const settings = madeWith.get(kind);
      const stated = settings === undefined ? {} : { settings };
      const panel = done.kind === "tornado"
        ? chartPanel(document, { ...stated, id: "tornado", heading: `What moves the effect on ${label}`, render: (width) => tornadoChart(done.result, { document, width, inputLabels: labels }) })
        : chartPanel(document, { ...stated, id: "spread", heading: `The effect on ${label} across plausible worlds`, render: (width) => spreadChart(done.result, { document, width }) });
      const json = `${JSON.stringify(done.result, null, 2)}\n`;
      panel.element.append(downloadButton(document, "JSON", `Download the ${kind === "tornado" ? "tornado" : "spread"} as JSON`, () => ({ name: `${kind}.json`, type: "application/json", text: json })));
      shown.set(kind, panel);
      panels.push(panel);
    }
    ui.panels.replaceChildren(...panels.map((p) => p.element));
    for (const p of panels) p.update();
  };

  let labels: Record<string, string> = {};

  const run = async (kind: "tornado" | "spread"): Promise<void> => {
    const measure = bundle.get(ui.measure.value);
    const base = bundle.get(ui.base.value);
    if (measure === undefined || base === undefined) return;
    const samples = Number(ui.samples.value);
    const problems: string[] = [];
    if (measure.id === base.id) problems.push("Choose a measure other than the base: the effect of a scenario against itself is zero in every world.");
    if (kind === "spread" && !(Number.isSafeInteger(samples) && samples >= 2 && samples <= 200)) problems.push(`Plausible worlds must be a whole number from 2 to 200, got ${ui.samples.value}.`);
    const plan = problems.length > 0 ? null : planHowSure(measure, base, deps.state().edits, deps.settings(), { kind, metric: ui.metric.value, samples });
    if (plan !== null && !plan.ok) problems.push(...plan.problems);
    ui.problems.replaceChildren(...problems.map((text) => Object.assign(document.createElement("li"), { textContent: text })));
    if (plan === null || !plan.ok) return;
    const what = kind === "tornado" ? "Tornado" : "Spread across plausible worlds";
    const edits = deps.state().edits;
    const settings = deps.settings();
    const metric = ui.metric.value;
    const result = await deps.run(what, ui.section, plan.tasks, plan.replications);
    if (result === null) return;
    const finished = plan.finish(result.outputs);
    const { seed, replications, inputs } = finished.result;
    const runs = [measure, base].flatMap((b) => {
      const loaded = loadEdited(b, edits[b.id] ?? {}, settings);
      return loaded.ok ? [scenarioRunOf(b.id, loaded.scenario, { seed, replications })] : [];
    });
    const study = finished.kind === "tornado"
      ? `one-at-a-time sensitivity of ${measure.id} − ${base.id} in ${metric}, each of ${inputs.length} declared inputs at its low and high value`
      : `spread of ${measure.id} − ${base.id} in ${metric} across ${finished.result.samples} plausible worlds (Latin hypercube over ${inputs.length} declared inputs)`;
    madeWith.set(kind, chartSettings(runs, Object.fromEntries([measure.id, base.id].flatMap((id) => (edits[id] === undefined ? [] : [[id, edits[id]]]))), { study }));
    labels = Object.fromEntries(finished.result.inputs.map((i) => [i.path, inputLabel(measure.scenario, i.path)]));
    last.set(kind, finished);
    if (finished.kind === "spread") deps.onSpread?.(measure.id, base.id, finished);
    draw();
    ui.section.dataset["status"] = "ready";
  };

  for (const select of [ui.measure, ui.base]) select.addEventListener("change", listInputs);
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    void run(submitter?.value === "spread" ? "spread" : "tornado");
  });

  const defaults = (): { measure: string; base: string } => {
    const ids = [...bundle.keys()];
    const base = ids.includes("baseline") ? "baseline" : (ids[0] ?? "");
    const state = deps.state();
    const measure = state.brief ?? state.scenarios.find((id) => id !== base) ?? ids.find((id) => id !== base) ?? base;
    return { measure: bundle.has(measure) ? measure : base, base };
  };

  return {
    renderForm() {
      const { measure, base } = defaults();
      fill(ui.measure.value !== "" && bundle.has(ui.measure.value) ? ui.measure.value : measure, ui.base.value !== "" && bundle.has(ui.base.value) ? ui.base.value : base, ui.metric.value || "directions.kg-to-kz.crossingHours");
    },
    choose(measure) {
      if (bundle.has(measure)) {
        ui.measure.value = measure;
        listInputs();
      }
    },
    panels: () => [...shown.values()],
  };
}

