import type { ComparisonResult, ReplicationOutput } from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import type { ChartPanel } from "./chart-panel.js";
import { comparisonPanels } from "./comparison-panels.js";
import { assembleComparison, planComparison } from "./comparison-plan.js";
import { downloadButton } from "./download-button.js";
import { comparisonCsvFile, comparisonJsonFile } from "./result-files.js";
import { comparisonChartSettings } from "./chart-provenance.js";
import { resultsNote, runWindows } from "./run-notes.js";
import { editedScenarioFile } from "./scenario-file.js";
import { stageLabelsOf } from "./stage-labels.js";
import { summaryTable } from "./summary-table.js";
import type { StudySettings } from "./study-settings.js";
import type { DashboardState, ScenarioEdits } from "./url-state.js";
import type { JobTask } from "./worker-protocol.js";

/** What the comparison on screen was run with, so exports and the brief describe exactly those numbers. */
export interface ComparisonRun {
  /** The page's state when the run started, for links that reproduce these numbers. */
  readonly state: DashboardState;
  readonly comparison: ComparisonResult;
  readonly ids: readonly string[];
  /** Each result's name for people: the scenario's title, or its name when it has none. */
  readonly titles: readonly string[];
  readonly edits: Readonly<Record<string, ScenarioEdits>>;
  readonly settings: StudySettings;
  /** Wall-clock seconds the run took. */
  readonly seconds: number;
}

/** The elements of the comparison view in index.html. */
export interface ComparisonElements {
  readonly section: HTMLElement;
  readonly note: HTMLElement;
  readonly downloads: HTMLElement;
  readonly summary: HTMLDetailsElement;
  readonly summaryTable: HTMLElement;
  readonly panels: HTMLElement;
}

/** What the comparison view needs from the page. */
export interface ComparisonDependencies {
  readonly document: Document;
  readonly ui: ComparisonElements;
  readonly bundle: ReadonlyMap<string, BundledScenario>;
  readonly state: () => DashboardState;
  readonly settings: () => StudySettings;
  /** Checks the controls; false holds the run back. */
  readonly canRun: () => boolean;
  /** Runs a job behind the run bar; null when cancelled or failed. */
  readonly run: (what: string, section: HTMLElement, tasks: readonly JobTask[], replications: number) => Promise<{ outputs: Map<string, ReplicationOutput[]>; seconds: number } | null>;
  /** Called with each comparison once it is on screen (the brief reports it). */
  readonly onShown: (run: ComparisonRun) => void;
  /** The dashboard's address without its query, for the full link exported charts state. */
  readonly page?: string;
  /** Milliseconds since the page started loading (`performance.now()`), for the first-comparison figure. */
  readonly now: () => number;
}

/** The comparison view: every chosen scenario run with the same settings, their charts, table and downloads. */
export interface ComparisonView {
  /** Runs the chosen scenarios (when the controls allow) and shows the result. */
  run(): Promise<void>;
  /** Says under the results that they no longer match the controls (after an edit). */
  markStale(): void;
  /** Writes the sentence above the results: what they were run with, or that the first run is coming. */
  renderNote(): void;
  /** The chart panels shown, to redraw when the view becomes visible or its width changes. */
  panels(): readonly ChartPanel[];
  /** The comparison on screen, or null before the first one. */
  last(): ComparisonRun | null;
}

/**
 * Wires the comparison: plans `borderflow compare`'s study from the state, runs it on the workers,
 * and shows the note, the downloads (results as CSV and JSON, a chosen scenario as a file the CLI
 * runs), the summary table and the chart panels. `section`'s data-runs counts the comparisons shown
 * and data-firstComparisonMs records when the first appeared (the README quotes it).
 */
export function comparisonView(deps: ComparisonDependencies): ComparisonView {
  const { document, ui, bundle } = deps;
  let shown: ChartPanel[] = [];
  let last: ComparisonRun | null = null;
  let firstShown = false;

  const renderNote = (): void => {
    const run = last;
    if (run === null) {
      ui.note.textContent = bundle.size === 0 ? "" : "Running the first comparison…";
      return;
    }
    const base = run.comparison.results[0];
    ui.note.textContent = resultsNote(
      { scenarios: run.comparison.results.length, settings: run.settings, windows: runWindows(run.comparison.results), seed: base?.seed ?? 0, seconds: run.seconds },
      ui.note.dataset["stale"] === "true",
    );
  };

  const render = (run: ComparisonRun): void => {
    renderNote();
    const scenarioSelect = document.createElement("select");
    scenarioSelect.id = "scenario-file-choice";
    run.ids.forEach((id, i) => scenarioSelect.append(new Option(run.comparison.results[i]?.scenario ?? id, id)));
    const scenarioLabel = document.createElement("label");
    scenarioLabel.append("Scenario file for the CLI ", scenarioSelect);
    const scenarioButton = downloadButton(document, "Download scenario", "the chosen scenario, with its edits and study settings, as a JSON file the CLI runs", () => {
      const bundled = bundle.get(scenarioSelect.value);
      if (bundled === undefined) throw new Error(`no bundled scenario "${scenarioSelect.value}"`);
      return editedScenarioFile(bundled, run.edits[bundled.id] ?? {}, run.settings);
    });
    ui.downloads.replaceChildren(
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
    shown = comparisonPanels(document, run.comparison, stageLabelsOf(run.ids.map((id) => bundle.get(id)?.scenario)), comparisonChartSettings({ ...run, ...(deps.page === undefined ? {} : { page: deps.page }) }));
    ui.panels.replaceChildren(...shown.map((p) => p.element));
    for (const panel of shown) panel.update();
  };

  const run = async (): Promise<void> => {
    if (!deps.canRun()) return;
    const state = deps.state();
    const settings = deps.settings();
    const plan = planComparison(bundle, state, settings);
    if (!plan.ok) return;
    const snapshot = { state, ids: [...state.scenarios], edits: state.edits, settings };
    const result = await deps.run("Comparison", ui.section, plan.tasks, plan.replications);
    if (result === null) return;
    last = { ...snapshot, titles: plan.tasks.map((t) => t.scenario.title ?? t.scenario.name), comparison: assembleComparison(plan.tasks, result.outputs), seconds: result.seconds };
    delete ui.note.dataset["stale"];
    render(last);
    deps.onShown(last);
    ui.section.dataset["status"] = "ready";
    ui.section.dataset["runs"] = String(Number(ui.section.dataset["runs"] ?? "0") + 1);
    if (!firstShown) {
      firstShown = true;
      // Time since the page started loading, for the README's "first comparison in N seconds".
      const ms = deps.now();
      ui.section.dataset["firstComparisonMs"] = String(Math.round(ms));
      console.info(`borderflow: first comparison shown ${(ms / 1000).toFixed(1)} s after the page started loading`);
    }
  };

  return {
    run,
    markStale() {
      if (last === null) return;
      ui.note.dataset["stale"] = "true";
      renderNote();
    },
    renderNote,
    panels: () => shown,
    last: () => last,
  };
}
