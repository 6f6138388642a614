/**
 * The dashboard's wiring: state from the URL, controls, runs on the simulation workers, charts and
 * downloads. Everything that can be a pure function lives in app/; this file holds the DOM and events.
 */
import { crossingTimeChart, metricLabel, sweepChart } from "./charts/index.js";
import type { ComparisonResult, SweepResult } from "../src/scenario/index.js";
import { briefHeadlines } from "./app/brief-headlines.js";
import { bundleScenarios } from "./app/bundled-scenarios.js";
import { chartPanel, type ChartPanel } from "./app/chart-panel.js";
import { assembleComparison, planComparison } from "./app/comparison-plan.js";
import { comparisonPanels } from "./app/comparison-panels.js";
import { loadEdited } from "./app/edited-scenario.js";
import { headlineCards } from "./app/headline-cards.js";
import { leverControl } from "./app/lever-control.js";
import { checkLeverText } from "./app/lever-input.js";
import { leversOf, studyLevers, valueAt, type Lever } from "./app/levers.js";
import { metricChoices } from "./app/metric-choices.js";
import { comparisonCsvFile, comparisonJsonFile, sweepCsvFile, sweepJsonFile, type DownloadFile } from "./app/result-files.js";
import { saveFile } from "./app/save-file.js";
import { editedScenarioFile } from "./app/scenario-file.js";
import { scenarioLevers, type ScenarioLevers } from "./app/scenario-levers.js";
import { CancelledError, SimulationClient } from "./app/simulation-client.js";
import { firstViewScenarios, studySettings, type StudySettings } from "./app/study-settings.js";
import { assembleSweep, planSweep } from "./app/sweep-plan.js";
import { suggestedSweep } from "./app/sweep-values.js";
import { decodeState, encodeState, parseEditValue, type DashboardState, type EditValue, type ScenarioEdits, type View } from "./app/url-state.js";

const files = import.meta.glob<string>("../scenarios/*.json", { eager: true, query: "?raw", import: "default" });
const bundle = bundleScenarios(files, "border");
const knownIds = [...bundle.scenarios.keys()];

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`index.html has no element #${id}`);
  return element as T;
}

const ui = {
  notices: byId("notices"),
  choices: byId("scenario-choices"),
  base: byId<HTMLSelectElement>("base-scenario"),
  studyFields: byId("study-fields"),
  studyNote: byId("study-note"),
  useFileSettings: byId<HTMLButtonElement>("use-file-settings"),
  levers: byId("levers"),
  run: byId<HTMLButtonElement>("run"),
  cancel: byId<HTMLButtonElement>("cancel"),
  progress: byId<HTMLProgressElement>("progress"),
  progressText: byId("progress-text"),
  runBlocked: byId("run-blocked"),
  results: byId("results"),
  resultsNote: byId("results-note"),
  resultDownloads: byId("result-downloads"),
  panels: byId("panels"),
  sweep: byId("sweep"),
  sweepForm: byId<HTMLFormElement>("sweep-form"),
  sweepScenario: byId<HTMLSelectElement>("sweep-scenario"),
  sweepLever: byId<HTMLSelectElement>("sweep-lever"),
  sweepValues: byId<HTMLInputElement>("sweep-values"),
  sweepValuesError: byId("sweep-values-error"),
  sweepMetric: byId<HTMLSelectElement>("sweep-metric"),
  sweepProblems: byId("sweep-problems"),
  sweepDownloads: byId("sweep-downloads"),
  sweepPanels: byId("sweep-panels"),
  brief: byId("brief"),
  briefAlternative: byId<HTMLSelectElement>("brief-alternative"),
  briefLede: byId("brief-lede"),
  briefHeadlines: byId("brief-headlines"),
  briefChart: byId("brief-chart"),
  briefMethod: byId("brief-method"),
  printBrief: byId<HTMLButtonElement>("print-brief"),
};

const decoded = decodeState(location.search, knownIds, firstViewScenarios);
let state: DashboardState = decoded.state;
/** Fields whose text the range check refused, by scenario id ("" for the study settings): the run waits for them. */
const refused = new Map<string, Set<string>>();
const leverPanels = new Map<string, ScenarioLevers>();
const studyControls = new Map<string, ReturnType<typeof leverControl>>();
let comparisonPanelsShown: ChartPanel[] = [];
let sweepPanelsShown: ChartPanel[] = [];
let briefPanels: ChartPanel[] = [];

/** What the comparison on screen was run with, so exports and the brief describe exactly those numbers. */
interface ComparisonRun {
  readonly comparison: ComparisonResult;
  readonly ids: readonly string[];
  readonly edits: Readonly<Record<string, ScenarioEdits>>;
  readonly settings: StudySettings;
  readonly seconds: number;
}
let lastComparison: ComparisonRun | null = null;
let lastSweep: { sweep: SweepResult; metric: string; lever: Lever; settings: StudySettings } | null = null;
let runToken = 0;
let firstComparisonShown = false;

const client = new SimulationClient({
  workers: Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2)),
  createWorker: () => new Worker(new URL("./simulation.worker.ts", import.meta.url), { type: "module" }),
});

// ---- state and URL ----

/** The quick study depends on the chosen files (their warm-ups); every run and note asks here. */
function settingsNow(): StudySettings {
  const warmups = state.scenarios.map((id) => Number(valueAt(bundle.scenarios.get(id)?.scenario, "warmupDays") ?? 0));
  return studySettings(state, { longestWarmupDays: Math.max(0, ...warmups) });
}

function setState(next: DashboardState, history: "push" | "replace" = "replace"): void {
  state = next;
  const url = `${location.pathname}?${encodeState(state)}`;
  if (history === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
  updateNavigation();
}

function editScenario(id: string, path: string, value: EditValue | null | undefined): void {
  const fields = refused.get(id) ?? new Set<string>();
  refused.set(id, fields);
  if (value === null) fields.add(path);
  else fields.delete(path);
  if (value !== null) {
    const edits = { ...(state.edits[id] ?? {}) };
    if (value === undefined) delete edits[path];
    else edits[path] = value;
    const all = { ...state.edits, [id]: edits };
    if (Object.keys(edits).length === 0) delete all[id];
    setState({ ...state, edits: all });
  }
  validate();
  markStale();
}

// ---- controls ----

function renderNotices(extra: readonly string[] = []): void {
  const messages = [...decoded.warnings.map((w) => `From the link: ${w}`), ...bundle.problems, ...extra];
  if (bundle.scenarios.size === 0) messages.push("No border scenarios were bundled with this page, so there is nothing to compare yet.");
  ui.notices.replaceChildren(...messages.map((text) => Object.assign(document.createElement("p"), { textContent: text })));
}

function renderPicker(): void {
  ui.choices.replaceChildren(...knownIds.map((id) => {
    const bundled = bundle.scenarios.get(id);
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.value = id;
    box.checked = state.scenarios.includes(id);
    box.addEventListener("change", () => {
      const chosen = box.checked ? [...state.scenarios, id] : state.scenarios.filter((s) => s !== id);
      if (chosen.length === 0) {
        box.checked = true;
        return;
      }
      const edits = Object.fromEntries(Object.entries(state.edits).filter(([s]) => chosen.includes(s)));
      setState({ ...state, scenarios: chosen, edits, brief: state.brief !== null && chosen.includes(state.brief) ? state.brief : null });
      renderPicker();
      renderStudyFields();
      renderLevers();
      markStale();
    });
    label.append(box, ` ${bundled?.scenario.name ?? id}`);
    if (bundled !== undefined && bundled.scenario.description !== "") label.title = bundled.scenario.description;
    return label;
  }));
  ui.base.replaceChildren(...state.scenarios.map((id) => new Option(bundle.scenarios.get(id)?.scenario.name ?? id, id, false, id === state.scenarios[0])));
}

ui.base.addEventListener("change", () => {
  const base = ui.base.value;
  setState({ ...state, scenarios: [base, ...state.scenarios.filter((s) => s !== base)] });
  renderPicker();
  renderStudyFields();
  renderLevers();
  markStale();
});

function renderStudyFields(): void {
  const settings = settingsNow();
  studyControls.clear();
  ui.studyFields.replaceChildren();
  for (const lever of [studyLevers.replications, studyLevers.days]) {
    const key = lever.path as "replications" | "days";
    const base = bundle.scenarios.get(state.scenarios[0] ?? "")?.scenario;
    const control = leverControl(document, {
      lever,
      value: settings[key],
      fileValue: Number(valueAt(base, key) ?? settings[key]),
      idPrefix: "study",
      onChange: (value) => {
        const fields = refused.get("") ?? new Set<string>();
        refused.set("", fields);
        if (value === null) fields.add(key);
        else {
          fields.delete(key);
          setState({ ...state, [key]: value as number });
        }
        renderStudyNote();
        validate();
        markStale();
      },
    });
    studyControls.set(key, control);
    ui.studyFields.append(control.element);
  }
  renderStudyNote();
}

function renderStudyNote(): void {
  const s = settingsNow();
  ui.studyNote.textContent = s.quick
    ? `A shortened first view: ${s.replications} replications of ${s.days} simulated days each (the longest warm-up and two observed weeks), ` +
      "so that the comparison appears within seconds. " +
      "Intervals are wide; for figures to quote, use the scenarios' own settings or more replications."
    : `${s.replications} replications of ${s.days} simulated days each (warm-up included), the same for every scenario so that they pair.`;
}

// The files may differ; the comparison needs one setting for all, so the most any file asks for.
ui.useFileSettings.addEventListener("click", () => {
  const files = state.scenarios.flatMap((id) => bundle.scenarios.get(id)?.scenario ?? []);
  if (files.length === 0) return;
  const most = (path: string): number => Math.max(...files.map((f) => Number(valueAt(f, path) ?? 0)));
  const replications = Math.min(studyLevers.replications.max, Math.max(studyLevers.replications.min, most("replications")));
  const days = Math.min(studyLevers.days.max, most("days"));
  refused.delete("");
  setState({ ...state, replications, days });
  renderStudyFields();
  validate();
  markStale();
});

function renderLevers(): void {
  leverPanels.clear();
  for (const id of [...refused.keys()]) if (id !== "" && !state.scenarios.includes(id)) refused.delete(id);
  ui.levers.replaceChildren(...state.scenarios.map((id, i) => {
    const bundled = bundle.scenarios.get(id);
    if (bundled === undefined) return document.createComment(id);
    const panel = scenarioLevers(document, {
      bundled,
      edits: state.edits[id] ?? {},
      open: i === 0 && state.scenarios.length === 1,
      onEdit: (path, value) => editScenario(id, path, value),
    });
    leverPanels.set(id, panel);
    return panel.element;
  }));
  validate();
}

/** Checks every chosen scenario through the loader, shows each problem by its field, and holds back the run while any remain. */
function validate(): boolean {
  const settings = settingsNow();
  const studyMessages = new Map<string, string[]>([["replications", []], ["days", []]]);
  let problems = 0;
  for (const id of state.scenarios) {
    const bundled = bundle.scenarios.get(id);
    if (bundled === undefined) continue;
    const loaded = loadEdited(bundled, state.edits[id] ?? {}, settings);
    const fieldProblems = loaded.ok ? null : loaded.problems;
    leverPanels.get(id)?.showProblems(fieldProblems);
    if (fieldProblems !== null) {
      problems += fieldProblems.other.length;
      for (const [path, messages] of fieldProblems.byField) {
        const study = studyMessages.get(path);
        if (study !== undefined) study.push(...messages.map((m) => `${bundled.scenario.name}: ${m}`));
        else problems += messages.length;
      }
    }
  }
  for (const [key, control] of studyControls) {
    const messages = studyMessages.get(key) ?? [];
    problems += messages.length;
    control.showProblems(messages);
  }
  const refusedCount = [...refused.values()].reduce((n, s) => n + s.size, 0);
  const blocked = problems + refusedCount > 0;
  ui.runBlocked.textContent = blocked ? "Some values are not accepted; the fields marked in red say why. The run waits until they are fixed." : "";
  ui.run.disabled = blocked || bundle.scenarios.size === 0;
  return !blocked;
}

function markStale(): void {
  if (lastComparison !== null) {
    ui.resultsNote.dataset["stale"] = "true";
    renderResultsNote();
  }
}

// ---- runs ----

function showProgress(done: number, total: number, what: string): void {
  ui.progress.hidden = false;
  ui.progress.max = total;
  ui.progress.value = done;
  ui.progressText.textContent = `${what}: ${done} of ${total} replications done`;
}

function startRun(what: string, total: number): number {
  ui.cancel.disabled = false;
  showProgress(0, total, what);
  return ++runToken;
}

function endRun(token: number, message: string): void {
  if (token !== runToken) return;
  ui.cancel.disabled = true;
  ui.progress.hidden = true;
  ui.progressText.textContent = message;
}

ui.cancel.addEventListener("click", () => client.cancel());

async function runComparison(): Promise<void> {
  if (!validate()) return;
  const settings = settingsNow();
  const plan = planComparison(bundle.scenarios, state, settings);
  if (!plan.ok) return;
  const snapshot = { ids: [...state.scenarios], edits: state.edits, settings };
  const token = startRun("Comparison", plan.tasks.length * plan.replications);
  ui.results.dataset["status"] = "running";
  const started = performance.now();
  try {
    const outputs = await client.run(plan.tasks, plan.replications, (done, total) => {
      if (token === runToken) showProgress(done, total, "Comparison");
    });
    const comparison = assembleComparison(plan.tasks, outputs);
    lastComparison = { ...snapshot, comparison, seconds: (performance.now() - started) / 1000 };
    delete ui.resultsNote.dataset["stale"];
    renderComparison();
    renderBrief();
    ui.results.dataset["status"] = "ready";
    ui.results.dataset["runs"] = String(Number(ui.results.dataset["runs"] ?? "0") + 1);
    if (!firstComparisonShown) {
      firstComparisonShown = true;
      // Time since the page started loading, for the README's "first comparison in N seconds".
      ui.results.dataset["firstComparisonMs"] = String(Math.round(performance.now()));
      console.info(`borderflow: first comparison shown ${(performance.now() / 1000).toFixed(1)} s after the page started loading`);
    }
    endRun(token, `Comparison done in ${lastComparison.seconds.toFixed(1)} s.`);
  } catch (error) {
    if (token !== runToken) return;
    if (error instanceof CancelledError) {
      ui.results.dataset["status"] = "cancelled";
      endRun(token, "Comparison cancelled; the results shown (if any) are from the previous run.");
    } else {
      ui.results.dataset["status"] = "failed";
      console.error(error);
      endRun(token, `The comparison failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

ui.run.addEventListener("click", () => void runComparison());

// ---- comparison view ----

function stageLabelsOf(ids: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const id of ids) {
    for (const dir of ["kg-to-kz", "kz-to-kg"]) {
      const stages = valueAt(bundle.scenarios.get(id)?.scenario, `directions.${dir}.stages`);
      if (!Array.isArray(stages)) continue;
      for (const stage of stages as unknown[]) {
        const stageId = valueAt(stage, "id");
        const label = valueAt(stage, "label");
        if (typeof stageId === "string" && typeof label === "string") labels[stageId] = label;
      }
    }
  }
  return labels;
}

function renderResultsNote(): void {
  const run = lastComparison;
  if (run === null) {
    ui.resultsNote.textContent = bundle.scenarios.size === 0 ? "" : "Running the first comparison…";
    return;
  }
  const { replications, days, quick } = run.settings;
  const base = run.comparison.results[0];
  const warmupDays = base === undefined ? 0 : base.warmup / 24;
  const stale = ui.resultsNote.dataset["stale"] === "true" ? " The scenarios or levers have changed since: press “Run comparison” to update." : "";
  ui.resultsNote.textContent =
    `${run.comparison.results.length} scenario${run.comparison.results.length === 1 ? "" : "s"}, each ${replications} replications of ${days} simulated days ` +
    `(the first ${formatDays(warmupDays)} discarded as warm-up), all with seed ${base?.seed ?? "?"} so that the comparison is paired. ` +
    `${quick ? "This is the shortened first view: intervals are wider than with the scenarios' own settings. " : ""}` +
    `Bars and whiskers are means with 95% confidence intervals across replications. Ran in ${run.seconds.toFixed(1)} s.${stale}`;
}

function formatDays(days: number): string {
  return `${Number.isInteger(days) ? days : days.toFixed(1)} day${days === 1 ? "" : "s"}`;
}

function downloadButton(label: string, make: () => DownloadFile): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.addEventListener("click", () => {
    const file = make();
    saveFile(document, file.name, new Blob([file.text], { type: file.type }));
  });
  return button;
}

function renderComparison(): void {
  const run = lastComparison;
  if (run === null) return;
  renderResultsNote();
  const scenarioSelect = document.createElement("select");
  scenarioSelect.id = "scenario-file-choice";
  run.ids.forEach((id, i) => scenarioSelect.append(new Option(run.comparison.results[i]?.scenario ?? id, id)));
  const scenarioLabel = document.createElement("label");
  scenarioLabel.append("Scenario file for the CLI ", scenarioSelect);
  const scenarioButton = downloadButton("Download scenario", () => {
    const bundled = bundle.scenarios.get(scenarioSelect.value);
    if (bundled === undefined) throw new Error(`no bundled scenario "${scenarioSelect.value}"`);
    return editedScenarioFile(bundled, run.edits[bundled.id] ?? {}, run.settings);
  });
  scenarioButton.setAttribute("aria-label", "Download the chosen scenario, with its edits and study settings, as a JSON file the CLI runs");
  ui.resultDownloads.replaceChildren(
    "Results: ",
    downloadButton("CSV", () => comparisonCsvFile(run.comparison)),
    " ",
    downloadButton("JSON", () => comparisonJsonFile(run.comparison)),
    " ",
    scenarioLabel,
    " ",
    scenarioButton,
  );
  for (const b of ui.resultDownloads.querySelectorAll("button")) if (!b.hasAttribute("aria-label")) b.setAttribute("aria-label", `Download the results as ${b.textContent ?? ""}`);
  comparisonPanelsShown = comparisonPanels(document, run.comparison, stageLabelsOf(run.ids));
  ui.panels.replaceChildren(...comparisonPanelsShown.map((p) => p.element));
  for (const panel of comparisonPanelsShown) panel.update();
}

// ---- brief ----

function briefChoice(run: ComparisonRun): number {
  const wanted = state.brief === null ? -1 : run.ids.indexOf(state.brief);
  if (wanted > 0) return wanted;
  const combined = run.ids.indexOf("seals-and-unified");
  return combined > 0 ? combined : run.ids.length - 1;
}

function renderBrief(): void {
  const run = lastComparison;
  if (run === null || run.comparison.results.length < 2) {
    ui.briefLede.textContent = run === null ? "Running the comparison…" : "Choose at least two scenarios: the brief reports a measure against the base.";
    ui.briefHeadlines.replaceChildren();
    ui.briefChart.replaceChildren();
    ui.briefMethod.replaceChildren();
    return;
  }
  const chosen = briefChoice(run);
  const base = run.comparison.results[0] as ComparisonResult["results"][number];
  const alt = run.comparison.results[chosen] as ComparisonResult["results"][number];
  ui.briefAlternative.replaceChildren(...run.ids.slice(1).map((id, i) => new Option(run.comparison.results[i + 1]?.scenario ?? id, id, false, i + 1 === chosen)));
  byId("brief-heading").textContent = `What “${alt.scenario}” would change at Karasu / Ak-Tilek`;
  ui.briefLede.textContent =
    `Simulated freight trucks crossing the Kazakhstan–Kyrgyzstan border, in both directions, under “${alt.scenario}” compared with “${base.scenario}”. ` +
    "Every figure is a mean with its 95% confidence interval.";
  ui.briefHeadlines.replaceChildren(headlineCards(document, briefHeadlines(run.comparison, alt.scenario), run.settings.replications));
  briefPanels = [chartPanel(document, {
    id: "brief-crossing-time",
    heading: `Crossing time, ${base.scenario} and ${alt.scenario}`,
    render: (width) => crossingTimeChart([base, alt], { document, width: Math.min(width, 720) }),
  })];
  ui.briefChart.replaceChildren(...briefPanels.map((p) => p.element));
  if (!ui.brief.hidden) for (const p of briefPanels) p.update();
  const { replications, days, quick } = run.settings;
  const method = document.createElement("p");
  method.textContent =
    `How these numbers were made: ${replications} independent replications of ${days} simulated days for each scenario ` +
    `(the first ${formatDays(base.warmup / 24)} discarded as warm-up), every scenario meeting the same simulated trucks (common random numbers), ` +
    "so differences are paired. The effects of seals and of the unified algorithm are assumptions written in the scenario files, not measurements: " +
    "no measured effect on crossing time has been published. " +
    (quick ? "These are the dashboard's shortened first-view settings; rerun with the scenarios' own settings before quoting." : "");
  const link = document.createElement("p");
  link.className = "brief-link";
  link.append("This brief: ", Object.assign(document.createElement("a"), { href: location.href, textContent: location.href }));
  ui.briefMethod.replaceChildren(method, link);
  ui.brief.dataset["status"] = "ready";
}

ui.briefAlternative.addEventListener("change", () => {
  setState({ ...state, brief: ui.briefAlternative.value });
  renderBrief();
});
ui.printBrief.addEventListener("click", () => window.print());

// ---- sweep ----

function sweepLevers(id: string): { lever: Lever; value: number | boolean }[] {
  const bundled = bundle.scenarios.get(id);
  return bundled === undefined ? [] : leversOf(bundled.scenario).map(({ lever, value }) => ({ lever, value: state.edits[id]?.[lever.path] ?? value }));
}

/** Fills the sweep form: a scenario, one of its levers (the seal share if it has one), values (suggested if not given), a metric. */
function fillSweepForm(scenario: string, leverPath: string | null, values: string | null, metric: string): void {
  ui.sweepScenario.replaceChildren(...knownIds.map((id) => new Option(bundle.scenarios.get(id)?.scenario.name ?? id, id, false, id === scenario)));
  const levers = sweepLevers(scenario);
  const chosen = levers.find((l) => l.lever.path === leverPath) ?? levers.find((l) => l.lever.path === "seals.share") ?? levers[0];
  ui.sweepLever.replaceChildren(...levers.map(({ lever }) => new Option(`${lever.group}: ${lever.label}`, lever.path, false, lever === chosen?.lever)));
  ui.sweepValues.value = values ?? (chosen === undefined ? "" : suggestedSweep(chosen.lever, chosen.value).join(","));
  ui.sweepMetric.replaceChildren(...metricChoices().map(([path, label]) => new Option(label, path, false, path === metric)));
}

function renderSweepForm(): void {
  const spec = state.sweep !== null && bundle.scenarios.has(state.sweep.scenario) ? state.sweep : null;
  const fallback = state.scenarios.find((id) => id.includes("seal")) ?? state.scenarios[0] ?? knownIds[0] ?? "";
  fillSweepForm(spec?.scenario ?? fallback, spec?.path ?? null, spec === null ? null : spec.values.map(String).join(","), spec?.metric ?? "directions.kg-to-kz.crossingHours");
}

function readSweepForm(): { ok: true; values: EditValue[]; lever: Lever } | { ok: false } {
  const lever = sweepLevers(ui.sweepScenario.value).find((l) => l.lever.path === ui.sweepLever.value)?.lever;
  if (lever === undefined) return { ok: false };
  const texts = ui.sweepValues.value.split(",").map((t) => t.trim()).filter((t) => t !== "");
  const messages: string[] = [];
  const values: EditValue[] = [];
  for (const text of texts) {
    const checked = checkLeverText(lever, text);
    if (checked.ok) values.push(checked.value);
    else messages.push(`${text}: ${checked.message}`);
  }
  if (texts.length < 2) messages.push("enter two or more values separated by commas");
  if (texts.length > 12) messages.push(`at most 12 values in the browser, got ${texts.length}`);
  ui.sweepValuesError.textContent = messages.join("; ");
  ui.sweepValues.setAttribute("aria-invalid", String(messages.length > 0));
  return messages.length > 0 ? { ok: false } : { ok: true, values, lever };
}

function saveSweepForm(): void {
  const values = ui.sweepValues.value.split(",").map((t) => parseEditValue(t.trim()));
  if (values.length >= 2 && values.every((v) => v !== undefined)) {
    setState({ ...state, sweep: { scenario: ui.sweepScenario.value, path: ui.sweepLever.value, values: values as EditValue[], metric: ui.sweepMetric.value } });
  }
}

ui.sweepScenario.addEventListener("change", () => {
  fillSweepForm(ui.sweepScenario.value, ui.sweepLever.value, null, ui.sweepMetric.value);
  readSweepForm();
  saveSweepForm();
});
ui.sweepLever.addEventListener("change", () => {
  fillSweepForm(ui.sweepScenario.value, ui.sweepLever.value, null, ui.sweepMetric.value);
  readSweepForm();
  saveSweepForm();
});
ui.sweepValues.addEventListener("input", () => {
  readSweepForm();
  saveSweepForm();
});
ui.sweepMetric.addEventListener("change", () => {
  saveSweepForm();
  if (lastSweep !== null) {
    lastSweep = { ...lastSweep, metric: ui.sweepMetric.value };
    renderSweep();
  }
});

ui.sweepForm.addEventListener("submit", (event) => {
  event.preventDefault();
  void runSweep();
});

async function runSweep(): Promise<void> {
  const form = readSweepForm();
  const bundled = bundle.scenarios.get(ui.sweepScenario.value);
  if (!form.ok || bundled === undefined) return;
  saveSweepForm();
  const settings = settingsNow();
  const spec = { scenario: bundled.id, path: form.lever.path, values: form.values, metric: ui.sweepMetric.value };
  const plan = planSweep(bundled, state.edits[bundled.id] ?? {}, settings, spec);
  ui.sweepProblems.replaceChildren(...(plan.ok ? [] : plan.problems).map((text) => Object.assign(document.createElement("li"), { textContent: text })));
  if (!plan.ok) return;
  const token = startRun("Sweep", plan.tasks.length * plan.replications);
  ui.sweep.dataset["status"] = "running";
  try {
    const outputs = await client.run(plan.tasks, plan.replications, (done, total) => {
      if (token === runToken) showProgress(done, total, "Sweep");
    });
    lastSweep = { sweep: assembleSweep(spec, plan.tasks, outputs), metric: spec.metric, lever: form.lever, settings };
    renderSweep();
    ui.sweep.dataset["status"] = "ready";
    endRun(token, "Sweep done.");
  } catch (error) {
    if (token !== runToken) return;
    ui.sweep.dataset["status"] = error instanceof CancelledError ? "cancelled" : "failed";
    if (!(error instanceof CancelledError)) console.error(error);
    endRun(token, error instanceof CancelledError ? "Sweep cancelled." : `The sweep failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function renderSweep(): void {
  const run = lastSweep;
  if (run === null) return;
  const { sweep, metric, lever } = run;
  ui.sweepDownloads.replaceChildren(
    "Results: ",
    downloadButton("CSV", () => sweepCsvFile(sweep)),
    " ",
    downloadButton("JSON", () => sweepJsonFile(sweep)),
  );
  sweepPanelsShown = [chartPanel(document, {
    id: "sweep",
    heading: `${metricLabel(metric).label} against ${lever.label.toLowerCase()}`,
    render: (width) => sweepChart(sweep, { document, width, metric, parameterLabel: lever.unit === "" ? lever.label : `${lever.label} (${lever.unit})` }),
  })];
  ui.sweepPanels.replaceChildren(...sweepPanelsShown.map((p) => p.element));
  for (const p of sweepPanelsShown) p.update();
}

// ---- views ----

function updateNavigation(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a[data-view]")) {
    const view = link.dataset["view"] as View;
    link.href = `?${encodeState({ ...state, view })}`;
    if (view === state.view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

function showView(): void {
  document.body.dataset["view"] = state.view;
  ui.results.hidden = state.view !== "compare";
  ui.sweep.hidden = state.view !== "sweep";
  ui.brief.hidden = state.view !== "brief";
  ui.run.textContent = "Run comparison";
  updateNavigation();
  const visible = state.view === "compare" ? comparisonPanelsShown : state.view === "sweep" ? sweepPanelsShown : briefPanels;
  for (const panel of visible) panel.update();
}

for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a[data-view]")) {
  link.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setState({ ...state, view: link.dataset["view"] as View }, "push");
    showView();
  });
}

window.addEventListener("popstate", () => {
  state = decodeState(location.search, knownIds, firstViewScenarios).state;
  refused.clear();
  renderAll();
  markStale();
});

// Charts are drawn for a width; redraw the visible ones when their column changes size.
let lastWidth = 0;
new ResizeObserver(() => {
  const width = ui.panels.parentElement?.clientWidth ?? 0;
  if (Math.abs(width - lastWidth) < 8) return;
  lastWidth = width;
  requestAnimationFrame(() => showView());
}).observe(document.querySelector(".content") as Element);

function renderAll(): void {
  renderNotices();
  renderPicker();
  renderStudyFields();
  renderLevers();
  renderSweepForm();
  renderResultsNote();
  showView();
}

setState(state);
renderAll();
if (validate()) void runComparison();
else ui.resultsNote.textContent = "The link holds values that are not accepted; the fields marked in red say why. Fix them, then press “Run comparison”.";
