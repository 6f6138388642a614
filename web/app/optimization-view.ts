import { metricLabel, optimizationChart } from "../charts/index.js";
import type { OptimizationResult } from "../../src/scenario/study/optimize/optimization-result.js";
import { loadOptimizationStudy } from "../../src/scenario/study/optimize/load-study.js";
import { MissingMetricError, runOptimization } from "../../src/scenario/study/optimize/run-optimization.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { chartPanel, type ChartPanel } from "./chart-panel.js";
import { chartSettings, scenarioRunOf, type ChartSettings } from "./chart-settings.js";
import { decisionLabel } from "./decision-label.js";
import { downloadButton } from "./download-button.js";
import { leversOf, valueAt } from "./levers.js";
import { metricChoices } from "./metric-choices.js";
import { optimizationExecutor, type RangeRunner } from "./optimization-executor.js";
import { optimizationCsvFile, optimizationJsonFile, studyFile } from "./optimization-files.js";
import { planOptimization, searchSettings, studyToForm, type OptimizationForm, type SearchSetting } from "./optimization-plan.js";
import { optimizationResultElements } from "./optimization-results.js";
import type { RunBar } from "./run-bar.js";
import { CancelledError } from "./simulation-client.js";
import { quickStudy } from "./study-settings.js";

/** What the "What to build" view needs from the page. */
export interface OptimizationViewDependencies {
  readonly document: Document;
  /** The view's section in index.html; the view builds its form and results inside it. */
  readonly section: HTMLElement;
  readonly bundle: ReadonlyMap<string, BundledScenario>;
  /** The bundled study files (`scenarios/*.study.json`) by path, as starting points. */
  readonly studies: Readonly<Record<string, string>>;
  /** The page's simulation client. */
  readonly client: RangeRunner;
  readonly runBar: RunBar;
  readonly logError: (error: unknown) => void;
}

/** The view: a form run on demand, its answer, one chart and the downloads. */
export interface OptimizationView {
  /** The chart panels shown, to redraw when the view becomes visible or its width changes (the first call also checks the form). */
  panels(): readonly ChartPanel[];
}

const blank = "";

/**
 * Wires the "What to build" view: a study form (a bundled study as the starting point, the scenario,
 * decisions with their values and unit costs, targets, objective and statistical settings), checked by
 * the study file's own loaders with each problem at its field; run on the workers through the CLI's
 * `runOptimization`, so the answer is the one `borderflow optimize` gives for the downloaded study file.
 */
export function optimizationView(deps: OptimizationViewDependencies): OptimizationView {
  const { document, section, bundle } = deps;
  const ids = [...bundle.keys()];
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] =>
    Object.assign(document.createElement(tag), props);

  const quickDays = (id: string): string => String(Number(valueAt(bundle.get(id)?.scenario, "warmupDays") ?? 0) + quickStudy.observedDays);
  const starts = new Map<string, OptimizationForm>();
  for (const [path, text] of Object.entries(deps.studies).sort(([a], [b]) => a.localeCompare(b))) {
    const loaded = loadOptimizationStudy(text, path);
    if (!loaded.ok) continue;
    const id = (path.split("/").at(-1) ?? path).replace(/\.study\.json$/, "");
    const form = studyToForm(loaded.study, ids, quickDays(loaded.study.scenario.replace(/\.json$/, "")));
    if (form !== null) starts.set(id, form);
  }
  const blankForm = (scenario: string): OptimizationForm => {
    const lanes = leversOf(bundle.get(scenario)?.scenario).find((l) => l.lever.kind === "count" && l.lever.path.includes(".lanes"));
    return {
      scenario, description: "",
      decisions: [{ path: lanes?.lever.path ?? "", values: lanes === undefined ? "" : `${lanes.value} to ${Number(lanes.value) + 2}`, unitCost: "1" }],
      constraints: [{ metric: "directions.kg-to-kz.crossingHours.p95", sense: "max", limit: "12", tolerance: "1" }],
      objective: "min-cost", budget: "", alpha: "0.05", indifference: "1", firstStageReplications: "10", maxReplications: "40",
      maxConfigurations: "", searchStarts: "", finalists: "", days: quickDays(scenario),
    };
  };

  // ---- the form's elements, built once; rows are rebuilt from a form object ----
  const intro = el("p", { textContent: "Finds the cheapest configuration that meets your targets, and says how sure it is: each decision takes every value you give, and every combination is simulated with the same random numbers (up to 500 of them unless you set another limit below; a larger space is searched, and then the promise holds among the search's finalists only). The feasibility checks and the final choice have a stated probability of being right. It runs `borderflow optimize` on this page's workers; the study file below gives the same answer from the command line." });
  const form = el("form", { className: "optimize-form", noValidate: true });
  form.id = "optimize-form";
  const start = el("select", { name: "start" });
  start.id = "optimize-start";
  const scenario = el("select", { name: "scenario" });
  scenario.id = "optimize-scenario";
  const decisionRows = el("div", { className: "optimize-rows" });
  const constraintRows = el("div", { className: "optimize-rows" });
  const addDecision = el("button", { type: "button", textContent: "Add a decision" });
  const addConstraint = el("button", { type: "button", textContent: "Add a target" });
  const settings = el("div", { className: "optimize-settings" });
  const searchFields = el("div", { className: "optimize-settings" });
  const submit = el("button", { type: "submit", className: "primary", textContent: "Find what to build" });
  const problems = el("ul", { className: "problems" });
  problems.id = "optimize-problems";
  const command = el("p", { className: "optimize-command" });
  const downloads = el("div", { className: "result-downloads" });
  downloads.id = "optimize-downloads";
  const answer = el("div", { className: "optimize-answer" });
  answer.id = "optimize-answer";
  const panelsHolder = el("div", { className: "panels" });
  const paths = el("datalist");
  paths.id = "optimize-decision-paths";
  const metrics = el("datalist");
  metrics.id = "optimize-metrics";
  metrics.append(...metricChoices().map(([path, label]) => new Option(label, path)));

  const errors = new Map<string, { input: HTMLElement; error: HTMLElement }>();
  let nextId = 0;
  /** A labelled input with its error line, registered under the form field `key` that problems name. */
  const field = (key: string, label: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement => {
    input.id = `optimize-field-${++nextId}`;
    input.dataset["field"] = key;
    const error = el("p", { className: "field-error" });
    error.id = `${input.id}-error`;
    input.setAttribute("aria-describedby", error.id);
    errors.set(key, { input, error });
    const wrap = el("div", { className: "optimize-field" });
    const text = el("label", { textContent: label });
    text.htmlFor = input.id;
    wrap.append(text, input, error);
    return wrap;
  };
  const input = (value: string, extra: Partial<HTMLInputElement> = {}): HTMLInputElement => el("input", { type: "text", value, ...extra });
  /**
   * "Best means" across the whole row, with the chosen objective in full words under it: a select cannot
   * wrap, and on a phone a metric's option is wider than the screen.
   */
  const objectiveNote = el("p", { className: "field-note" });
  const objectiveField = (select: HTMLSelectElement): HTMLElement => {
    const wrap = field("objective", "Best means", select);
    wrap.classList.add("objective");
    objectiveNote.id = `${select.id}-note`;
    select.setAttribute("aria-describedby", `${select.getAttribute("aria-describedby") ?? ""} ${objectiveNote.id}`.trim());
    objectiveNote.textContent = objectiveText(select.value);
    wrap.append(objectiveNote);
    return wrap;
  };

  const settingInputs = {
    objective: el("select"),
    budget: input("", { inputMode: "decimal" }),
    alpha: input("", { inputMode: "decimal" }),
    indifference: input("", { inputMode: "decimal" }),
    firstStageReplications: input("", { inputMode: "numeric" }),
    maxReplications: input("", { inputMode: "numeric" }),
    // Blank means the study file format's default, which the placeholder states with the range allowed.
    ...Object.fromEntries(searchSettings.map((s) => [s.key, input("", {
      inputMode: "numeric",
      placeholder: `blank: ${s.defaultValue.toLocaleString("en-GB")} (${s.min.toLocaleString("en-GB")} to ${s.max.toLocaleString("en-GB")})`,
    })])) as Record<SearchSetting["key"], HTMLInputElement>,
    days: input("", { inputMode: "numeric" }),
  };
  let current: OptimizationForm = starts.values().next().value ?? blankForm(ids[0] ?? "");

  const fill = (f: OptimizationForm): void => {
    current = f;
    errors.clear();
    scenario.replaceChildren(...ids.map((id) => new Option(bundle.get(id)?.scenario.name ?? id, id, false, id === f.scenario)));
    paths.replaceChildren(...leversOf(bundle.get(f.scenario)?.scenario).filter((l) => l.lever.kind !== "switch")
      // A decision sets one path: a lever that moves other fields with it (a grouped input) moves only its own here.
      .map(({ lever, value }) => new Option(`${lever.group}: ${lever.label} (now ${String(value)})${lever.moves === undefined ? "" : "; this field only, not the fields the lever moves with it"}`, lever.path)));
    decisionRows.replaceChildren(...f.decisions.map((d, i) => {
      const row = el("fieldset", { className: "optimize-row" });
      row.dataset["decision"] = String(i);
      row.append(el("legend", { textContent: `Decision ${i + 1}` }));
      const path = input(d.path);
      path.setAttribute("list", paths.id);
      const remove = el("button", { type: "button", textContent: "Remove" });
      remove.setAttribute("aria-label", `Remove decision ${i + 1}`);
      remove.addEventListener("click", () => fill({ ...read(), decisions: read().decisions.filter((_, j) => j !== i) }));
      row.append(
        field(`decisions.${i}.path`, "Field (a lever, or any path --set takes)", path),
        field(`decisions.${i}.values`, "Values (1, 2, 3 or 1 to 4 step 1)", input(d.values)),
        field(`decisions.${i}.cost`, "Cost of one unit (blank: free)", input(d.unitCost, { inputMode: "decimal" })),
        remove,
      );
      return row;
    }));
    constraintRows.replaceChildren(...f.constraints.map((k, i) => {
      const row = el("fieldset", { className: "optimize-row" });
      row.dataset["constraint"] = String(i);
      row.append(el("legend", { textContent: `Target ${i + 1}` }));
      const metric = input(k.metric);
      metric.setAttribute("list", metrics.id);
      const sense = el("select");
      sense.append(new Option("at most", "max", false, k.sense === "max"), new Option("at least", "min", false, k.sense === "min"));
      const remove = el("button", { type: "button", textContent: "Remove" });
      remove.setAttribute("aria-label", `Remove target ${i + 1}`);
      remove.addEventListener("click", () => fill({ ...read(), constraints: read().constraints.filter((_, j) => j !== i) }));
      row.append(
        field(`constraints.${i}.metric`, "Metric (its mean over the replications)", metric),
        field(`constraints.${i}.sense`, "Must be", sense),
        field(`constraints.${i}.limit`, "Limit", input(k.limit, { inputMode: "decimal" })),
        field(`constraints.${i}.tolerance`, "Tolerance (blank: 5% of the limit)", input(k.tolerance, { inputMode: "decimal" })),
        remove,
      );
      return row;
    }));
    const objective = settingInputs.objective;
    objective.replaceChildren(new Option("Cheapest that meets every target", "min-cost"),
      ...metricChoices().map(([path, label]) => new Option(`Smallest ${lowerFirst(label)}, within the budget`, path)));
    if (![...objective.options].some((o) => o.value === f.objective)) objective.append(new Option(`Smallest ${f.objective}, within the budget`, f.objective));
    objective.value = f.objective;
    for (const key of ["budget", "alpha", "indifference", "firstStageReplications", "maxReplications", "maxConfigurations", "searchStarts", "finalists", "days"] as const) settingInputs[key].value = f[key];
    settings.replaceChildren(
      objectiveField(objective),
      field("budget", "Budget (only with a metric to minimise)", settingInputs.budget),
      field("alpha", "Chance of a wrong answer allowed (alpha)", settingInputs.alpha),
      field("indifference", "Smallest difference worth telling apart (in the objective's unit)", settingInputs.indifference),
      field("firstStageReplications", "Replications of every configuration first", settingInputs.firstStageReplications),
      field("maxReplications", "Most replications of any configuration", settingInputs.maxReplications),
      field("days", "Simulated days, warm-up included (blank: the file's own)", settingInputs.days),
    );
    searchFields.replaceChildren(
      field("maxConfigurations", "Most configurations run (a space of up to this many is run whole; a larger one is searched)", settingInputs.maxConfigurations),
      field("searchStarts", "Starting points of the search", settingInputs.searchStarts),
      field("finalists", "Most finalists the search hands to the final choice", settingInputs.finalists),
    );
  };

  const read = (): OptimizationForm => {
    const value = (key: string): string => (errors.get(key)?.input as HTMLInputElement | undefined)?.value ?? "";
    return {
      scenario: scenario.value,
      description: current.scenario === scenario.value ? current.description : "",
      decisions: [...decisionRows.children].map((_, i) => ({ path: value(`decisions.${i}.path`), values: value(`decisions.${i}.values`), unitCost: value(`decisions.${i}.cost`) })),
      constraints: [...constraintRows.children].map((_, i) => ({
        metric: value(`constraints.${i}.metric`), sense: value(`constraints.${i}.sense`) === "min" ? "min" : "max",
        limit: value(`constraints.${i}.limit`), tolerance: value(`constraints.${i}.tolerance`),
      })),
      objective: settingInputs.objective.value,
      budget: settingInputs.budget.value,
      alpha: settingInputs.alpha.value,
      indifference: settingInputs.indifference.value,
      firstStageReplications: settingInputs.firstStageReplications.value,
      maxReplications: settingInputs.maxReplications.value,
      maxConfigurations: settingInputs.maxConfigurations.value,
      searchStarts: settingInputs.searchStarts.value,
      finalists: settingInputs.finalists.value,
      days: settingInputs.days.value,
    };
  };

  const showProblems = (byField: ReadonlyMap<string, readonly string[]>, other: readonly string[]): void => {
    for (const [key, { input: target, error }] of errors) {
      const messages = byField.get(key) ?? [];
      error.textContent = messages.join("; ");
      target.setAttribute("aria-invalid", String(messages.length > 0));
    }
    const unplaced = [...byField].filter(([key]) => !errors.has(key)).map(([key, messages]) => `${key}: ${messages.join("; ")}`);
    problems.replaceChildren(...[...other, ...unplaced].map((text) => el("li", { textContent: text })));
  };

  /** Checks the form and shows its problems; the plan when it can run. */
  const check = (): ReturnType<typeof planOptimization> | null => {
    const bundled = bundle.get(scenario.value);
    if (bundled === undefined) return null;
    const plan = planOptimization(bundled, read());
    if (plan.ok) {
      showProblems(new Map(), []);
      command.replaceChildren(
        "The same study from the command line: save the study file into scenarios/ as what-to-build.study.json and run ",
        el("code", { textContent: plan.command }), " (it gives these results byte for byte). ",
        downloadButton(document, "Study file", "Download the study file", () => studyFile(plan.studyText)),
      );
    } else showProblems(plan.byField, plan.other);
    return plan;
  };

  let shown: ChartPanel[] = [];
  let last: { result: OptimizationResult; form: OptimizationForm; settings: ChartSettings } | null = null;

  const labelOf = (scenarioId: string): ((path: string) => string) => decisionLabel(bundle.get(scenarioId)?.scenario);

  const draw = (): void => {
    if (last === null) return;
    const { result, form: f, settings: made } = last;
    downloads.replaceChildren(
      "Results: ",
      downloadButton(document, "JSON", "Download the optimisation as JSON", () => optimizationJsonFile(result)),
      " ",
      downloadButton(document, "CSV", "Download every configuration as CSV", () => optimizationCsvFile(result)),
    );
    answer.replaceChildren(...optimizationResultElements(document, result, labelOf(f.scenario)));
    const reported = Object.keys(result.evaluated[0]?.metrics ?? {});
    if (reported.length === 0) {
      shown = [];
    } else {
      shown = [chartPanel(document, {
        settings: made,
        id: "optimization",
        heading: "Cost against a metric, every configuration tried",
        choices: reported.length > 1 ? [{ name: "metric", label: "Metric", value: reported[0] as string, options: reported.map((m) => [m, metricLabel(m).label] as const) }] : [],
        render: (width, choices) => {
          const metric = choices["metric"] ?? (reported[0] as string);
          const k = f.constraints.find((c) => c.metric.trim() === metric);
          const limit = k === undefined ? Number.NaN : Number(k.limit);
          const target = Number.isFinite(limit) ? (k?.sense === "min" ? { min: limit } : { max: limit }) : undefined;
          return optimizationChart(result, { document, width, metric, ...(target === undefined ? {} : { target }) });
        },
      })];
    }
    panelsHolder.replaceChildren(...shown.map((p) => p.element));
    for (const p of shown) p.update();
  };

  const run = async (): Promise<void> => {
    const plan = check();
    if (plan === null || !plan.ok) return;
    const what = "Optimisation";
    const f = read();
    const token = deps.runBar.start(what, (plan.count <= plan.study.maxConfigurations ? plan.count : 1) * plan.study.firstStageReplications);
    section.dataset["status"] = "running";
    const started = performance.now();
    try {
      const execute = optimizationExecutor(deps.client, plan.taskOf, (done, total) => deps.runBar.progress(token, what, done, total));
      const result = await runOptimization(plan.study, plan.base, execute);
      const seconds = (performance.now() - started) / 1000;
      deps.runBar.end(token, `${what} done in ${seconds.toFixed(1)} s (${result.search.replications} replications).`);
      // Every configuration runs the scenario's seed; replications differ (the selection adds some).
      const runs = result.evaluated.map((c) => scenarioRunOf(f.scenario, plan.base, { seed: plan.base.seed, replications: c.replications }));
      const decisions = Object.keys(result.evaluated[0]?.decisions ?? {})
        .map((path) => `${path} over ${[...new Set(result.evaluated.map((c) => c.decisions[path]))].join(", ")}`).join("; ");
      const study = `search for what to build (${result.search.visited} of ${result.search.space} configurations run: ${decisions})`;
      last = { result, form: f, settings: chartSettings(runs, {}, { study }) };
      draw();
      section.dataset["status"] = "ready";
    } catch (error) {
      const cancelled = error instanceof CancelledError;
      section.dataset["status"] = cancelled ? "cancelled" : "failed";
      if (error instanceof MissingMetricError) {
        showProblems(new Map(), [error.message]);
        deps.runBar.end(token, `The ${what.toLowerCase()} stopped: a metric it needs is not reported (see above the form's fields).`);
        return;
      }
      if (!cancelled) deps.logError(error);
      deps.runBar.end(token, cancelled ? `${what} cancelled; the results shown (if any) are from the previous run.`
        : `The ${what.toLowerCase()} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  start.replaceChildren(...[...starts.keys()].map((id) => new Option(`${id}.study.json`, id)), new Option("A blank study", blank));
  start.addEventListener("change", () => {
    fill(starts.get(start.value) ?? blankForm(scenario.value));
    check();
  });
  scenario.addEventListener("change", () => {
    fill({ ...read(), scenario: scenario.value, days: quickDays(scenario.value) });
    check();
  });
  addDecision.addEventListener("click", () => fill({ ...read(), decisions: [...read().decisions, { path: "", values: "", unitCost: "" }] }));
  addConstraint.addEventListener("click", () => fill({ ...read(), constraints: [...read().constraints, { metric: "", sense: "max", limit: "", tolerance: "" }] }));
  settingInputs.objective.addEventListener("change", () => {
    objectiveNote.textContent = objectiveText(settingInputs.objective.value);
  });
  form.addEventListener("change", () => void check());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });

  const startLabel = el("label", { textContent: "Start from " });
  startLabel.append(start);
  const scenarioLabel = el("label", { textContent: "Scenario " });
  scenarioLabel.append(scenario);
  const decisions = el("fieldset", { className: "optimize-group" });
  decisions.append(el("legend", { textContent: "Decisions: what may change, the values to try, and what one unit costs" }), decisionRows, addDecision);
  const constraints = el("fieldset", { className: "optimize-group" });
  constraints.append(el("legend", { textContent: "Targets every acceptable configuration meets" }), constraintRows, addConstraint);
  const objective = el("fieldset", { className: "optimize-group" });
  objective.append(el("legend", { textContent: "Objective and guarantee" }), settings);
  const search = el("fieldset", { className: "optimize-group" });
  search.append(el("legend", { textContent: "Search of a large space (blank: the study file's defaults)" }), searchFields);
  form.append(startLabel, scenarioLabel, decisions, constraints, objective, search, submit, paths, metrics);
  section.append(intro, form, problems, command, downloads, answer, panelsHolder);
  fill(current);
  // The first check loads every configuration's scenario (tens of milliseconds): not before the view is opened.
  let checked = false;

  return {
    panels: () => {
      if (!checked) {
        checked = true;
        check();
      }
      return shown;
    },
  };
}

const lowerFirst = (text: string): string => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/**
 * What "best" means for an objective, in full words (the select's option may be cut on a phone).
 * @example objectiveText("min-cost") // => "Best means the configuration of least cost among those that meet every target."
 */
export function objectiveText(objective: string): string {
  if (objective === "min-cost") return "Best means the configuration of least cost among those that meet every target.";
  const label = metricChoices().find(([path]) => path === objective)?.[1];
  return `Best means the configuration with the smallest ${label === undefined ? objective : lowerFirst(label)}, among those that meet every target and cost no more than the budget.`;
}
