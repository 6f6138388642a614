/**
 * The dashboard's wiring: state from the URL, controls, runs on the simulation workers, charts and
 * downloads. Everything that can be a pure function lives in app/; this file holds the DOM and events.
 */
import type { ComparisonResult, ReplicationOutput } from "../src/scenario/index.js";
import { briefChoice, briefView } from "./app/brief-view.js";
import { bundleScenarios } from "./app/bundled-scenarios.js";
import type { ChartPanel } from "./app/chart-panel.js";
import { assembleComparison, planComparison } from "./app/comparison-plan.js";
import { comparisonPanels } from "./app/comparison-panels.js";
import { downloadButton } from "./app/download-button.js";
import { loadEdited } from "./app/edited-scenario.js";
import { leverControl, type LeverControl } from "./app/lever-control.js";
import { studyLevers, valueAt } from "./app/levers.js";
import { comparisonCsvFile, comparisonJsonFile } from "./app/result-files.js";
import { RunBar } from "./app/run-bar.js";
import { resultsNote, studyNote } from "./app/run-notes.js";
import { editedScenarioFile } from "./app/scenario-file.js";
import { scenarioLevers, type ScenarioLevers } from "./app/scenario-levers.js";
import { CancelledError, SimulationClient } from "./app/simulation-client.js";
import { stageLabelsOf } from "./app/stage-labels.js";
import { firstViewScenarios, studySettings, type StudySettings } from "./app/study-settings.js";
import { summaryTable } from "./app/summary-table.js";
import { sweepView } from "./app/sweep-view.js";
import type { JobTask } from "./app/worker-protocol.js";
import { decodeState, encodeState, type DashboardState, type EditValue, type ScenarioEdits, type View } from "./app/url-state.js";

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
  summary: byId<HTMLDetailsElement>("summary"),
  summaryTable: byId("summary-table"),
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
  briefHeading: byId("brief-heading"),
  briefLede: byId("brief-lede"),
  briefBody: byId("brief-body"),
  printBrief: byId<HTMLButtonElement>("print-brief"),
};

const decoded = decodeState(location.search, knownIds, firstViewScenarios);
let state: DashboardState = decoded.state;
/** Fields whose text the range check refused, by scenario id ("" for the study settings): the run waits for them. */
const refused = new Map<string, Set<string>>();
const leverPanels = new Map<string, ScenarioLevers>();
const studyControls = new Map<string, LeverControl>();
let comparisonPanelsShown: ChartPanel[] = [];
let briefPanels: ChartPanel[] = [];

/** What the comparison on screen was run with, so exports and the brief describe exactly those numbers. */
interface ComparisonRun {
  /** The page's state when the run started, for links that reproduce these numbers. */
  readonly state: DashboardState;
  readonly comparison: ComparisonResult;
  readonly ids: readonly string[];
  readonly edits: Readonly<Record<string, ScenarioEdits>>;
  readonly settings: StudySettings;
  readonly seconds: number;
}
let lastComparison: ComparisonRun | null = null;
let firstComparisonShown = false;
const runBar = new RunBar({ cancel: ui.cancel, progress: ui.progress, text: ui.progressText });

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
  refused.delete("");
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
    if (control.refusal() !== null) refused.set("", new Set([...(refused.get("") ?? []), key]));
    ui.studyFields.append(control.element);
  }
  renderStudyNote();
}

function renderStudyNote(): void {
  ui.studyNote.textContent = studyNote(settingsNow());
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
    refused.set(id, new Set(panel.refusedPaths()));
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

ui.cancel.addEventListener("click", () => client.cancel());

/**
 * Runs a job on the workers behind the run bar. Resolves to the outputs and the seconds taken, or to
 * null when the job was cancelled, replaced by a newer one, or failed; `section`'s data-status says
 * which (tests wait on it), the bar says why, and a failure also goes to the console.
 */
async function runOnWorkers(what: string, section: HTMLElement, tasks: readonly JobTask[], replications: number): Promise<{ outputs: Map<string, ReplicationOutput[]>; seconds: number } | null> {
  const token = runBar.start(what, tasks.length * replications);
  section.dataset["status"] = "running";
  const started = performance.now();
  try {
    const outputs = await client.run(tasks, replications, (done, total) => runBar.progress(token, what, done, total));
    const seconds = (performance.now() - started) / 1000;
    runBar.end(token, `${what} done in ${seconds.toFixed(1)} s.`);
    return { outputs, seconds };
  } catch (error) {
    const cancelled = error instanceof CancelledError;
    section.dataset["status"] = cancelled ? "cancelled" : "failed";
    if (!cancelled) console.error(error);
    runBar.end(token, cancelled ? `${what} cancelled; the results shown (if any) are from the previous run.` :
      `The ${what.toLowerCase()} failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

async function runComparison(): Promise<void> {
  if (!validate()) return;
  const settings = settingsNow();
  const plan = planComparison(bundle.scenarios, state, settings);
  if (!plan.ok) return;
  const snapshot = { state, ids: [...state.scenarios], edits: state.edits, settings };
  const run = await runOnWorkers("Comparison", ui.results, plan.tasks, plan.replications);
  if (run === null) return;
  lastComparison = { ...snapshot, comparison: assembleComparison(plan.tasks, run.outputs), seconds: run.seconds };
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
}

ui.run.addEventListener("click", () => void runComparison());

// ---- comparison view ----

function renderResultsNote(): void {
  const run = lastComparison;
  if (run === null) {
    ui.resultsNote.textContent = bundle.scenarios.size === 0 ? "" : "Running the first comparison…";
    return;
  }
  const base = run.comparison.results[0];
  ui.resultsNote.textContent = resultsNote(
    { scenarios: run.comparison.results.length, settings: run.settings, warmupHours: base?.warmup ?? 0, seed: base?.seed ?? 0, seconds: run.seconds },
    ui.resultsNote.dataset["stale"] === "true",
  );
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
  const scenarioButton = downloadButton(document, "Download scenario", "Download the chosen scenario, with its edits and study settings, as a JSON file the CLI runs", () => {
    const bundled = bundle.scenarios.get(scenarioSelect.value);
    if (bundled === undefined) throw new Error(`no bundled scenario "${scenarioSelect.value}"`);
    return editedScenarioFile(bundled, run.edits[bundled.id] ?? {}, run.settings);
  });
  ui.resultDownloads.replaceChildren(
    "Results: ",
    downloadButton(document, "CSV", "Download the results as CSV", () => comparisonCsvFile(run.comparison)),
    " ",
    downloadButton(document, "JSON", "Download the results as JSON", () => comparisonJsonFile(run.comparison)),
    " ",
    scenarioLabel,
    " ",
    scenarioButton,
  );
  ui.summaryTable.replaceChildren(summaryTable(document, run.comparison));
  ui.summary.hidden = false;
  comparisonPanelsShown = comparisonPanels(document, run.comparison, stageLabelsOf(run.ids.map((id) => bundle.scenarios.get(id)?.scenario)));
  ui.panels.replaceChildren(...comparisonPanelsShown.map((p) => p.element));
  for (const panel of comparisonPanelsShown) panel.update();
}

// ---- brief ----

function renderBrief(): void {
  const run = lastComparison;
  if (run === null || run.comparison.results.length < 2) {
    ui.briefLede.textContent = run === null ? "Running the comparison…" : "Choose at least two scenarios: the brief reports a measure against the base.";
    ui.briefBody.replaceChildren();
    briefPanels = [];
    return;
  }
  const alternative = briefChoice(run.ids, state.brief);
  ui.briefAlternative.replaceChildren(...run.ids.slice(1).map((id, i) => new Option(run.comparison.results[i + 1]?.scenario ?? id, id, false, i + 1 === alternative)));
  // The link reproduces the numbers shown (the state they were run with), opened on this brief.
  const link = `${location.origin}${location.pathname}?${encodeState({ ...run.state, view: "brief", brief: run.ids[alternative] ?? null })}`;
  const view = briefView(document, { comparison: run.comparison, alternative, settings: run.settings, link });
  ui.briefHeading.textContent = view.heading;
  ui.briefLede.textContent = view.lede;
  ui.briefBody.replaceChildren(...view.body);
  briefPanels = [...view.panels];
  if (!ui.brief.hidden) for (const p of briefPanels) p.update();
  ui.brief.dataset["status"] = "ready";
}

ui.briefAlternative.addEventListener("change", () => {
  setState({ ...state, brief: ui.briefAlternative.value });
  renderBrief();
});
ui.printBrief.addEventListener("click", () => window.print());

// ---- sweep ----

const sweep = sweepView({
  document,
  ui: {
    section: ui.sweep, form: ui.sweepForm, scenario: ui.sweepScenario, lever: ui.sweepLever, values: ui.sweepValues,
    valuesError: ui.sweepValuesError, metric: ui.sweepMetric, problems: ui.sweepProblems, downloads: ui.sweepDownloads, panels: ui.sweepPanels,
  },
  bundle: bundle.scenarios,
  state: () => state,
  saveSpec: (spec) => setState({ ...state, sweep: spec }),
  settings: settingsNow,
  run: runOnWorkers,
});

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
  updateNavigation();
  const visible = state.view === "compare" ? comparisonPanelsShown : state.view === "sweep" ? sweep.panels() : briefPanels;
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
  sweep.renderForm();
  renderResultsNote();
  showView();
}

setState(state);
renderAll();
if (validate()) void runComparison();
else ui.resultsNote.textContent = "The link holds values that are not accepted; the fields marked in red say why. Fix them, then press “Run comparison”.";
