/**
 * The dashboard's wiring: the page's elements, its state (from the URL), the simulation workers, and
 * the views (controls, comparison, brief, sweep, how sure) joined together, with navigation between the views.
 * The views live in app/; this file only connects them.
 */
import { briefSection } from "./app/brief-section.js";
import { bundleScenarios, type BundledScenario } from "./app/bundled-scenarios.js";
import { openScenario } from "./app/open-scenario.js";
import { comparisonView } from "./app/comparison-view.js";
import { optimizationView } from "./app/optimization-view.js";
import { briefFootnote } from "./app/brief-footnote.js";
import { howSureLine } from "./app/how-sure-line.js";
import { howSureView } from "./app/how-sure-view.js";
import type { UncertaintyResult } from "../src/scenario/study/analysis/uncertainty.js";
import { PageState } from "./app/page-state.js";
import { RunBar } from "./app/run-bar.js";
import { SimulationClient } from "./app/simulation-client.js";
import { studyControls } from "./app/study-controls.js";
import { firstViewScenarios } from "./app/study-settings.js";
import { sweepView } from "./app/sweep-view.js";
import { fileKind } from "../src/scenario/format/file-kind.js";
import { decodeState, encodeState, type View } from "./app/url-state.js";
import { fitView } from "./app/fit-view.js";
import { checkElements, checkView } from "./app/check-view.js";
import { checkStudy } from "./app/check-plan.js";
import { workerRun } from "./app/worker-run.js";
import { readFailure, readTextFile } from "./app/read-text-file.js";
import { csvDownloads } from "./app/download-button.js";

const files = import.meta.glob<string>("../scenarios/*.json", { eager: true, query: "?raw", import: "default" });
const bundle = bundleScenarios(files, "border");
const knownIds = [...bundle.scenarios.keys()];
const studyFiles = Object.fromEntries(Object.entries(files).filter(([path]) => fileKind(path) === "study"));

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`index.html has no element #${id}`);
  return element as T;
}

const decoded = decodeState(location.search, knownIds, firstViewScenarios);
const page = new PageState({
  initial: decoded.state,
  bundle: bundle.scenarios,
  onChange: (state, history) => {
    const url = `${location.pathname}?${encodeState(state)}`;
    if (history === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    updateNavigation();
  },
});
const state = () => page.current;
const settings = () => page.settings();

const client = new SimulationClient({
  workers: Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2)),
  createWorker: () => new Worker(new URL("./simulation.worker.ts", import.meta.url), { type: "module" }),
});
const runBar = new RunBar({ cancel: byId("cancel"), progress: byId("progress"), text: byId("progress-text") });
const runOnWorkers = workerRun(client, runBar, () => performance.now(), (error) => console.error(error));
byId("cancel").addEventListener("click", () => client.cancel());

// How CSV downloads are written: kept in this browser (a preference of the reader's spreadsheet, not of
// the study, so not in the link). Storage can be refused (private windows): the box then lasts the visit.
const decimalComma = byId<HTMLInputElement>("csv-decimal-comma");
const storedCsv = (() => {
  try {
    return localStorage.getItem("borderflow.csvDecimalComma");
  } catch {
    return null;
  }
})();
decimalComma.checked = csvDownloads.decimalComma = storedCsv === "true";
decimalComma.addEventListener("change", () => {
  csvDownloads.decimalComma = decimalComma.checked;
  try {
    localStorage.setItem("borderflow.csvDecimalComma", String(decimalComma.checked));
  } catch {
    // Not kept: the choice still holds for this visit.
  }
});

const controls = studyControls({
  document,
  ui: {
    choices: byId("scenario-choices"), base: byId("base-scenario"), studyFields: byId("study-fields"), studyNote: byId("study-note"),
    useFileSettings: byId("use-file-settings"), levers: byId("levers"), run: byId("run"), runBlocked: byId("run-blocked"),
  },
  bundle: bundle.scenarios,
  page,
  onChange: () => {
    markStale();
    check.studyChanged();
  },
});

/** Marks the results on screen, the comparison's and the brief's, as made before the last change. */
function markStale(): void {
  comparison.markStale();
  // Only a brief that shows a comparison has something to mark; before the first one it says it is running.
  if (comparison.last() !== null) brief.refresh();
}

/** The last spread across plausible worlds of each measure against each base, for the brief's line. */
const spreads = new Map<string, UncertaintyResult>();

const brief = briefSection({
  document,
  ui: { section: byId("brief"), alternative: byId("brief-alternative"), heading: byId("brief-heading"), lede: byId("brief-lede"), body: byId("brief-body"), print: byId("print-brief") },
  state,
  saveChoice: (id) => page.set({ ...page.current, brief: id }),
  linkTo: (linked) => `${location.origin}${location.pathname}?${encodeState(linked)}`,
  print: () => window.print(),
  stale: () => byId("results-note").dataset["stale"] === "true",
  footnote: (alternative) => {
    const bundled = bundle.scenarios.get(alternative);
    return bundled === undefined ? "" : briefFootnote(bundled);
  },
  howSure: (alternative, base) => {
    const p = document.createElement("p");
    p.className = "how-sure-line";
    const spread = spreads.get(`${alternative}|${base}`);
    const name = bundle.scenarios.get(alternative)?.scenario.name ?? alternative;
    const line = spread === undefined ? undefined : howSureLine(name, spread);
    const link = document.createElement("a");
    link.href = `?${encodeState({ ...page.current, view: "how-sure", brief: alternative })}`;
    link.textContent = line === undefined ? "How sure are these numbers? See what they rest on." : "How sure?";
    link.addEventListener("click", (event) => {
      event.preventDefault();
      page.set({ ...page.current, view: "how-sure", brief: alternative }, "push");
      howSure.choose(alternative);
      showView();
    });
    p.append(...(line === undefined ? [] : [`${line} `]), link);
    if (line === undefined) p.classList.add("invite");
    return p;
  },
});

const comparison = comparisonView({
  document,
  ui: { section: byId("results"), note: byId("results-note"), downloads: byId("result-downloads"), summary: byId("summary"), summaryTable: byId("summary-table"), panels: byId("panels") },
  bundle: bundle.scenarios,
  state,
  settings,
  canRun: () => controls.validate(),
  run: runOnWorkers,
  onShown: (run) => brief.render(run),
  page: `${location.origin}${location.pathname}`,
  now: () => performance.now(),
});
byId("run").addEventListener("click", () => void comparison.run());

const check = checkView({
  document, ui: checkElements(document), bundle: bundle.scenarios, edits: (id) => page.current.edits[id] ?? {}, run: runOnWorkers,
  // The check runs the scenario the comparison runs: the page's seed (else the base file's) and warm-up.
  study: (id) => {
    const bundled = bundle.scenarios.get(id);
    const base = bundle.scenarios.get(page.current.scenarios[0] ?? "");
    return bundled === undefined ? {} : checkStudy(bundled, settings(), base?.scenario.seed);
  },
  logError: (error) => console.error(error),
});

const dataIn = fitView({
  document,
  ui: {
    scenario: byId("fit-scenario"), target: byId("fit-target"), drop: byId("fit-drop"), file: byId("fit-file"),
    status: byId("fit-status"), charts: byId("fit-charts"), ranking: byId("fit-ranking"), apply: byId("fit-apply"),
  },
  bundle: bundle.scenarios,
  page,
  check,
  onApplied: () => {
    controls.render();
    controls.validate();
    markStale();
  },
});

const sweep = sweepView({
  document,
  ui: {
    section: byId("sweep"), form: byId("sweep-form"), scenario: byId("sweep-scenario"), lever: byId("sweep-lever"), values: byId("sweep-values"),
    valuesError: byId("sweep-values-error"), lever2: byId("sweep-lever2"), values2: byId("sweep-values2"), values2Error: byId("sweep-values2-error"), metric: byId("sweep-metric"), problems: byId("sweep-problems"), downloads: byId("sweep-downloads"), panels: byId("sweep-panels"),
  },
  bundle: bundle.scenarios,
  state,
  saveSpec: (spec) => page.set({ ...page.current, sweep: spec }),
  settings,
  run: runOnWorkers,
});

const optimization = optimizationView({
  document,
  section: byId("optimize"),
  bundle: bundle.scenarios,
  studies: studyFiles,
  client,
  runBar,
  logError: (error) => console.error(error),
});

const howSure = howSureView({
  document,
  ui: {
    section: byId("how-sure"), form: byId("how-sure-form"), measure: byId("how-sure-measure"), base: byId("how-sure-base"), metric: byId("how-sure-metric"),
    samples: byId("how-sure-samples"), problems: byId("how-sure-problems"), panels: byId("how-sure-panels"), inputs: byId("how-sure-inputs"),
  },
  bundle: bundle.scenarios,
  state,
  settings,
  run: runOnWorkers,
  onSpread: (measure, base, shown) => {
    spreads.set(`${measure}|${base}`, shown.result);
    brief.refresh();
  },
});

// ---- a scenario file from disk ----

byId<HTMLInputElement>("open-scenario").addEventListener("change", (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (file === undefined) return;
  const problems = byId("open-problems");
  const refuse = (message: string): void => {
    const item = Object.assign(document.createElement("li"), { textContent: `${file.name}: ${message}` });
    item.setAttribute("role", "alert");
    problems.replaceChildren(item);
    input.value = "";
  };
  readTextFile(file).then((read) => {
    if (!read.ok) {
      refuse(read.message);
      return;
    }
    const opened = openScenario(file.name, read.text, [...bundle.scenarios.keys()]);
    if (!opened.ok) {
      problems.replaceChildren(...opened.problems.map((p) => Object.assign(document.createElement("li"), { textContent: `${file.name}: ${p.field}: ${p.message}` })));
      return;
    }
    problems.replaceChildren(Object.assign(document.createElement("li"), { className: "opened", textContent: `${file.name} opened as “${opened.scenario.scenario.name}”; it is only in this page (a link does not carry it).` }));
    (bundle.scenarios as Map<string, BundledScenario>).set(opened.scenario.id, opened.scenario);
    page.set({ ...page.current, scenarios: [...page.current.scenarios, opened.scenario.id] });
    renderAll();
    markStale();
    input.value = "";
  }).catch((error: unknown) => {
    // Never a silent hang: what went wrong is said where the file's problems go, and logged.
    console.error(error);
    refuse(`cannot be opened: ${readFailure(error)}`);
  });
});

// ---- notices ----

function renderNotices(): void {
  const messages = [...decoded.warnings.map((w) => `From the link: ${w}`), ...bundle.problems];
  if (bundle.scenarios.size === 0) messages.push("No border scenarios were bundled with this page, so there is nothing to compare yet.");
  byId("notices").replaceChildren(...messages.map((text) => Object.assign(document.createElement("p"), { textContent: text })));
}

// ---- views ----

function updateNavigation(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a[data-view]")) {
    const view = link.dataset["view"] as View;
    link.href = `?${encodeState({ ...page.current, view })}`;
    if (view === page.current.view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

function showView(): void {
  const view = page.current.view;
  document.body.dataset["view"] = view;
  byId("results").hidden = view !== "compare";
  byId("sweep").hidden = view !== "sweep";
  byId("brief").hidden = view !== "brief";
  byId("optimize").hidden = view !== "optimize";
  byId("how-sure").hidden = view !== "how-sure";
  updateNavigation();
  const visible = view === "compare" ? comparison.panels() : view === "sweep" ? sweep.panels() : view === "optimize" ? optimization.panels()
    : view === "how-sure" ? howSure.panels() : brief.panels();
  for (const panel of visible) panel.update();
}

for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a[data-view]")) {
  link.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    page.set({ ...page.current, view: link.dataset["view"] as View }, "push");
    showView();
  });
}

window.addEventListener("popstate", () => {
  page.restore(decodeState(location.search, knownIds, firstViewScenarios).state);
  renderAll();
  markStale();
});

// Charts are drawn for a width; redraw the visible ones when their column changes size.
let lastWidth = 0;
new ResizeObserver(() => {
  const width = byId("panels").parentElement?.clientWidth ?? 0;
  if (Math.abs(width - lastWidth) < 8) return;
  lastWidth = width;
  requestAnimationFrame(() => showView());
}).observe(document.querySelector(".content") as Element);

function renderAll(): void {
  renderNotices();
  controls.render();
  dataIn.render();
  sweep.renderForm();
  howSure.renderForm();
  comparison.renderNote();
  showView();
}

page.set(page.current);
renderAll();
if (controls.validate()) void comparison.run();
else byId("results-note").textContent = "The link holds values that are not accepted; the fields marked in red say why. Fix them, then press “Run comparison”.";
