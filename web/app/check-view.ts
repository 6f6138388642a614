import { directionIds, directionLabel, qqChart } from "../charts/index.js";
import {
  CHECK_MIN_REPLICATIONS, CHECK_TABLE_HEADER, checkCsv, checkHeadline, checkJson, checkRows, checkTable, readCsvTable, readObservedTimes, RecordsError,
  type CheckTarget, type ObservedCheck, type TruckMetric,
} from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { chartSettings, scenarioRunOf } from "./chart-settings.js";
import { chartPanel, type ChartPanel } from "./chart-panel.js";
import { assembleCheck, checkCommand, defaultCheckDays, defaultCheckReplications, planCheck, type CheckPlan, type CheckStudy } from "./check-plan.js";
import { downloadButton } from "./download-button.js";
import type { RunOnWorkers } from "./worker-run.js";
import type { ScenarioEdits } from "./url-state.js";

/** The elements of the check's part of the data-in panel. */
export interface CheckViewElements {
  /** Holds the check's settings and results; shown only while a direction's crossing records are the target. */
  readonly section: HTMLElement;
  readonly metric: HTMLSelectElement;
  readonly column: HTMLSelectElement;
  readonly days: HTMLInputElement;
  readonly replications: HTMLInputElement;
  readonly run: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly problems: HTMLElement;
  readonly result: HTMLElement;
}

/** What the check needs from the page. */
export interface CheckViewDependencies {
  readonly document: Document;
  readonly ui: CheckViewElements;
  readonly bundle: ReadonlyMap<string, BundledScenario>;
  /** The lever edits of a scenario now (a fit applied from records included). */
  readonly edits: (scenario: string) => ScenarioEdits;
  /** The seed and warm-up a check of a scenario takes from the page's study settings (`checkStudy`); absent: the file's own. */
  readonly study: (scenario: string) => CheckStudy;
  /** Where an unexpected error goes besides the check's status (the console). */
  readonly logError: (error: unknown) => void;
  /** Runs a job behind the run bar (with its progress and Cancel); null when cancelled or failed. */
  readonly run: RunOnWorkers;
}

/** The check's part of the data-in panel. */
export interface CheckView {
  /** Shows the check's settings when `target` is a direction's crossing records (`check:<direction>`) of `scenario`, hides them otherwise. */
  show(scenario: string, target: string): void;
  /** Reads a dropped or chosen records file for `target` of `scenario`, and checks the scenario against it. */
  take(text: string, file: string, scenario: string, target: string): void;
  /** Says that a dropped or chosen file cannot be read at all (not UTF-8, or the browser could not read it), in the check's own status; nothing is checked. */
  refuse(file: string, message: string): void;
  /** The page's study settings changed: a days field still at its default follows the new warm-up. */
  studyChanged(): void;
  /** The chart shown, to redraw when its column changes width. */
  panels(): readonly ChartPanel[];
}

const CHECK_PREFIX = "check:";

/** The check's elements in index.html, by id. @throws {Error} naming a missing element. */
export function checkElements(document: Document): CheckViewElements {
  const byId = <T extends HTMLElement>(id: string): T => {
    const element = document.getElementById(id);
    if (element === null) throw new Error(`index.html has no element #${id}`);
    return element as T;
  };
  return {
    section: byId("check-in"), metric: byId("check-metric"), column: byId("check-column"), days: byId("check-days"), replications: byId("check-replications"),
    run: byId("check-run"), status: byId("check-status"), problems: byId("check-problems"), result: byId("check-result"),
  };
}

/** The directions of a border scenario as targets of crossing records: `check:<direction>` and a label. */
export function checkTargets(bundled: BundledScenario): { path: string; label: string }[] {
  if (bundled.scenario.model !== "border") return [];
  return directionIds.map((d) => ({ path: `${CHECK_PREFIX}${d}`, label: `${directionLabel(d)}: crossing records (check the scenario against them)` }));
}

/** The direction a check target names, or null for another target. */
export function checkDirection(target: string): CheckTarget["direction"] | null {
  const direction = target.startsWith(CHECK_PREFIX) ? target.slice(CHECK_PREFIX.length) : "";
  return direction === "kg-to-kz" || direction === "kz-to-kg" ? direction : null;
}

/** The compared times in words: "crossing times" or "waiting times". */
function timesWord(metric: TruckMetric): string {
  return metric === "crossingHours" ? "crossing times" : "waiting times";
}

/**
 * The test's line as the page shows it, under the verdict: the statistic, its p-value and what it means.
 * @example testLine(check) // => "Two-sample test: mean Kolmogorov–Smirnov distance 0.1041 to the 19 replications, p = 0.750 (Monte Carlo rank test); consistent at 5%."
 */
export function testLine(c: ObservedCheck): string {
  const r = c.simulated.replications;
  // Its p is at least 1 / (R + 1): with fewer than 19 replications "not rejected" is no finding.
  const finding = !c.consistent ? "rejected at 5%." : r < CHECK_MIN_REPLICATIONS
    ? `with ${r} replications it cannot reject at 5% (its smallest p is ${(1 / (r + 1)).toFixed(3)}): run ${CHECK_MIN_REPLICATIONS} or more.`
    : "consistent at 5%.";
  return `Two-sample test: mean Kolmogorov–Smirnov distance ${c.test.statistic.toFixed(4)} to the ${r} replications, ` +
    `p = ${c.test.p.toFixed(3)} (Monte Carlo rank test); ${finding}`;
}

/**
 * The check against records, inside the data-in panel: a CSV of crossing (or waiting) times dropped
 * onto a direction is read by the CLI's reader (a bad row is listed by line and column, and nothing
 * runs), the chosen scenario with its lever edits is simulated on the page's workers (with the run
 * bar's progress and Cancel), and the comparison `borderflow check` prints is shown: the verdict,
 * the quantiles side by side with their intervals, the mean difference, the test, the Q–Q plot, the
 * CLI's JSON, CSV and table as downloads, and the command that repeats it.
 */
export function checkView(deps: CheckViewDependencies): CheckView {
  const { document, ui, bundle } = deps;
  let held: { text: string; file: string; scenario: string; direction: CheckTarget["direction"]; observed: readonly number[] | null; read: string } | null = null;
  let shownScenario = "";
  /** The days default last written into the days field, so a field the user left at it can follow the warm-up. */
  let shownDefaultDays = Number.NaN;
  let panel: ChartPanel | null = null;

  const say = (text: string, alert = false): void => {
    ui.status.textContent = text;
    ui.status.setAttribute("role", alert ? "alert" : "status");
  };
  const listProblems = (lines: readonly string[]): void => {
    ui.problems.replaceChildren(...lines.map((text) => Object.assign(document.createElement("li"), { textContent: text })));
  };
  const metric = (): TruckMetric => (ui.metric.value === "waitHours" ? "waitHours" : "crossingHours");

  /** An error no branch expected: said in the check's status as an alert and logged, never left as a silent hang. */
  const unexpected = (error: unknown): void => {
    deps.logError(error);
    ui.section.dataset["status"] = "failed";
    say(`The check failed: ${error instanceof Error ? error.message : String(error)}. Nothing was checked.`, true);
  };

  /** Days and replications for `scenario`: a new scenario gets the defaults; a days field still at its default follows the warm-up. */
  const fillSettings = (scenario: string): void => {
    const bundled = bundle.get(scenario);
    if (bundled === undefined) return;
    const days = defaultCheckDays(bundled, deps.study(scenario).warmupDays);
    if (scenario !== shownScenario) ui.replications.value = String(defaultCheckReplications(bundled));
    if (scenario !== shownScenario || ui.days.value === String(shownDefaultDays)) ui.days.value = String(days);
    shownScenario = scenario;
    shownDefaultDays = days;
  };

  const fillColumns = (text: string, file: string): void => {
    let header: readonly string[] = [];
    try {
      header = readCsvTable(text, file, true).header;
    } catch {
      // The reader below says what is wrong with the file.
    }
    // A new file starts from the CLI's own choice of column.
    ui.column.replaceChildren(
      new Option("as check chooses (the metric's column, start and end, or the only one)", "", true, true),
      ...header.filter((h) => h.toLowerCase() !== "direction").map((h) => new Option(h, h)),
    );
  };

  /** Reads the held records with the chosen metric and column; true when they can be checked. */
  const readHeld = (): boolean => {
    if (held === null) return false;
    const { text, file, direction } = held;
    held.observed = null;
    try {
      const read = readObservedTimes(text, file, { metric: metric(), direction, ...(ui.column.value === "" ? {} : { column: ui.column.value }) });
      held.observed = read.durations;
      held.read = `${file}: ${read.durations.length} ${timesWord(metric())} of ${directionLabel(direction)}, in hours, from the column ${read.source}.`;
      listProblems([]);
      say(held.read);
      ui.run.disabled = false;
      return true;
    } catch (error) {
      ui.run.disabled = true;
      ui.result.replaceChildren();
      panel = null;
      if (error instanceof RecordsError) {
        say(`${file} cannot be read: ${error.problems.length === 1 ? "1 problem" : `${error.problems.length} problems`}, by line and column below. Nothing was checked.`, true);
        listProblems(error.message.split("\n"));
      } else if (error instanceof RangeError) {
        say(`${file} cannot be checked: ${error.message}. Nothing was checked.`, true);
        listProblems([]);
      } else {
        listProblems([]);
        unexpected(error);
      }
      return false;
    }
  };

  const render = (check: ObservedCheck, plan: CheckPlan & { ok: true }, bundled: BundledScenario, file: string): void => {
    const headline = Object.assign(document.createElement("p"), { className: "check-headline", textContent: checkHeadline(check) });
    const verdict = document.createElement("p");
    verdict.className = `check-verdict ${check.consistent ? "consistent" : "rejected"}`;
    verdict.append(Object.assign(document.createElement("strong"), { textContent: check.verdict }));
    const table = document.createElement("table");
    table.className = "check-table";
    table.append(Object.assign(document.createElement("caption"), {
      textContent: `Observed ${timesWord(check.metric)} against the simulated ones: each simulated value with its 95% prediction interval for one period like the records.`,
    }));
    const head = table.createTHead().insertRow();
    for (const text of CHECK_TABLE_HEADER) head.append(Object.assign(document.createElement("th"), { scope: "col", textContent: text === "" ? "where" : text }));
    const body = table.createTBody();
    for (const cells of checkRows(check)) {
      const row = body.insertRow();
      row.dataset["quantity"] = cells[0] ?? "";
      cells.forEach((text, i) => {
        const cell = i === 0 ? Object.assign(document.createElement("th"), { scope: "row" }) : row.insertCell();
        if (i === 0) row.append(cell);
        cell.textContent = text;
      });
    }
    const test = Object.assign(document.createElement("p"), { className: "check-test", textContent: testLine(check) });
    const scenario = plan.task.scenario;
    const warmupDays = scenario.model === "border" ? scenario.warmupDays : 0;
    const days = scenario.model === "border" ? scenario.days : 0;
    const command = checkCommand(bundled, file, plan);
    const where = directionLabel(check.direction);
    panel = chartPanel(document, {
      id: `check-qq-${check.direction}`,
      heading: `Q–Q plot of the observed against the simulated ${timesWord(check.metric)}`,
      render: (width) => qqChart({
        reference: `the simulated ${timesWord(check.metric)} of ${check.scenario}, ${where}`,
        observedLabel: `Observed ${timesWord(check.metric).replace(/s$/, "")} (hours)`,
        referenceLabel: `Simulated ${timesWord(check.metric).replace(/s$/, "")} (hours)`,
        bandLabel: `95% prediction interval for ${days - warmupDays} observed days`,
        points: check.qq.map((q) => ({ reference: q.simulated, observed: q.observed, lo: q.lo, hi: q.hi })),
      }, { document, width }),
      settings: chartSettings([scenarioRunOf(bundled.id, scenario, { seed: scenario.seed, replications: plan.replications })], { [bundled.id]: deps.edits(bundled.id) }, {
        study: `check of ${check.scenario} against ${file} (${check.direction}, ${check.metric}); the same check: ${command}`,
      }),
    });
    const downloads = document.createElement("div");
    downloads.className = "result-downloads";
    const stem = `borderflow-check-${check.direction}`;
    downloads.append(
      "Download the check ",
      downloadButton(document, "JSON", "Download the check as JSON (as check --format json writes it)", () => ({ name: `${stem}.json`, type: "application/json", text: checkJson(check) })),
      downloadButton(document, "CSV", "Download the check as CSV (as check --format csv writes it)", () => ({ name: `${stem}.csv`, type: "text/csv", text: checkCsv(check) })),
      downloadButton(document, "Table", "Download the check as the text table check prints", () => ({ name: `${stem}.txt`, type: "text/plain", text: checkTable(check) })),
    );
    const again = document.createElement("p");
    again.className = "check-command";
    again.append(`The same check from the command line, with the records saved as ${file}: `, Object.assign(document.createElement("code"), { textContent: command }));
    ui.result.replaceChildren(headline, verdict, table, test, panel.element, downloads, again);
    panel.update();
  };

  const runCheck = async (): Promise<void> => {
    if (held === null || held.observed === null) return;
    const { file, scenario: id, direction } = held;
    const observed = held.observed;
    const bundled = bundle.get(id);
    if (bundled === undefined) return;
    if (id === shownScenario) fillSettings(id);
    const plan = planCheck(bundled, deps.edits(id), { direction, metric: metric() }, {
      days: ui.days.valueAsNumber, replications: ui.replications.valueAsNumber, ...deps.study(id), ...(ui.column.value === "" ? {} : { column: ui.column.value }),
    });
    if (!plan.ok) {
      listProblems(plan.problems);
      return;
    }
    listProblems([]);
    say(held.read);
    const done = await deps.run(`Check against ${file}`, ui.section, [plan.task], plan.replications);
    if (done === null) return;
    let check: ObservedCheck;
    try {
      check = assembleCheck(plan, done.outputs, observed);
    } catch (error) {
      // A replication in which no truck crossed cannot be compared: say so rather than fail silently.
      if (!(error instanceof RangeError)) {
        unexpected(error);
        return;
      }
      ui.section.dataset["status"] = "failed";
      listProblems([error.message.replace(/^\w+: /, "")]);
      return;
    }
    render(check, plan, bundled, file);
    ui.section.dataset["status"] = "ready";
  };

  /** Runs the check; whatever goes wrong unforeseen reaches the status and the console. */
  const startCheck = (): void => {
    runCheck().catch(unexpected);
  };
  ui.run.addEventListener("click", startCheck);
  for (const select of [ui.metric, ui.column]) select.addEventListener("change", () => void readHeld());

  return {
    show(scenario, target) {
      const direction = checkDirection(target);
      ui.section.hidden = direction === null;
      const bundled = bundle.get(scenario);
      if (direction === null || bundled === undefined) return;
      fillSettings(scenario);
      // Records already dropped follow the scenario and direction the panel now shows, so that Run checks
      // what the user sees chosen, not what was chosen when the file came.
      if (held !== null && (held.scenario !== scenario || held.direction !== direction)) {
        held.scenario = scenario;
        if (held.direction !== direction) {
          held.direction = direction;
          readHeld();
        }
      }
    },
    take(text, file, scenario, target) {
      const direction = checkDirection(target);
      if (direction === null) return;
      this.show(scenario, target);
      held = { text, file, scenario, direction, observed: null, read: "" };
      fillColumns(text, file);
      if (readHeld()) startCheck();
    },
    refuse(file, message) {
      held = null;
      ui.run.disabled = true;
      ui.result.replaceChildren();
      panel = null;
      listProblems([]);
      say(`${file} cannot be read: ${message}. Nothing was checked.`, true);
    },
    studyChanged() {
      if (shownScenario !== "") fillSettings(shownScenario);
    },
    panels: () => (panel === null ? [] : [panel]),
  };
}
