// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ObservedCheck } from "../../../src/scenario/index.js";
import { bundleScenarios } from "../../../web/app/bundled-scenarios.js";
import type { CheckStudy } from "../../../web/app/check-plan.js";
import { checkDirection, checkTargets, checkView, testLine, type CheckViewElements } from "../../../web/app/check-view.js";
import { SimulationClient } from "../../../web/app/simulation-client.js";
import type { RunOnWorkers } from "../../../web/app/worker-run.js";
import { InlineWorker } from "./page-runs.js";

const { scenarios: bundle } = bundleScenarios(Object.fromEntries(["baseline", "seals"].map((id) => [`../scenarios/${id}.json`, readFileSync(`scenarios/${id}.json`, "utf8")])), "border");
const baseline = bundle.get("baseline")!;

describe("the check's pieces in the data-in panel", () => {
  it("checkTargets(bundled) offers each direction's crossing records, and checkDirection(target) reads the direction back", () => {
    const targets = checkTargets(baseline);
    expect(targets.map((t) => t.path)).toEqual(["check:kg-to-kz", "check:kz-to-kg"]);
    expect(targets[0]!.label).toBe("Kyrgyzstan → Kazakhstan: crossing records (check the scenario against them)");
    expect(targets.map((t) => checkDirection(t.path))).toEqual(["kg-to-kz", "kz-to-kg"]);
    expect(checkDirection("arrivals:kg-to-kz")).toBeNull();
    expect(checkDirection("check:sideways")).toBeNull();
  });

  it("testLine(check) gives the statistic, the p-value and the finding at 5%", () => {
    const c = { test: { statistic: 0.21634, p: 0.05 }, simulated: { replications: 19 }, consistent: false } as unknown as ObservedCheck;
    expect(testLine(c)).toBe("Two-sample test: mean Kolmogorov–Smirnov distance 0.2163 to the 19 replications, p = 0.050 (Monte Carlo rank test); rejected at 5%.");
  });

  it("testLine(check over 5 replications) says the test cannot reject at 5%, not that the records are consistent", () => {
    const c = { test: { statistic: 0.1, p: 1 / 6 }, simulated: { replications: 5 }, consistent: true } as unknown as ObservedCheck;
    expect(testLine(c)).toBe("Two-sample test: mean Kolmogorov–Smirnov distance 0.1000 to the 5 replications, p = 0.167 (Monte Carlo rank test); " +
      "with 5 replications it cannot reject at 5% (its smallest p is 0.167): run 19 or more.");
  });
});

/** The example records with their time column renamed, so check cannot choose it unless told. */
const records = readFileSync("data/examples/crossings.csv", "utf8").replace(",crossingHours", ",hours at the border");
const CUSTOMS = "directions.kg-to-kz.stages.4.serviceMinutes.mean";

/** Runs the job in this thread, as workerRun does on the page (status running, then the outputs). */
const inlineRun: RunOnWorkers = async (_what, section, tasks, replications) => {
  section.dataset["status"] = "running";
  const client = new SimulationClient({ workers: 1, createWorker: () => new InlineWorker() });
  return { outputs: await client.run(tasks, replications), seconds: 0 };
};

function setup(options: { run?: RunOnWorkers; study?: CheckStudy } = {}) {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K) => document.createElement(tag);
  const ui: CheckViewElements = {
    section: el("section"), metric: el("select"), column: el("select"), days: Object.assign(el("input"), { type: "number" }),
    replications: Object.assign(el("input"), { type: "number" }), run: el("button"), status: el("p"), problems: el("ul"), result: el("div"),
  };
  ui.metric.append(new Option("crossing", "crossingHours", true, true), new Option("waiting", "waitHours"));
  document.body.replaceChildren(...Object.values(ui));
  const logged: unknown[] = [];
  let study: CheckStudy = options.study ?? {};
  const view = checkView({
    document, ui, bundle, edits: () => ({ [CUSTOMS]: 40 }), run: options.run ?? inlineRun, study: () => study, logError: (e) => logged.push(e),
  });
  return { ui, view, logged, setStudy: (s: CheckStudy) => { study = s; } };
}

/** Resolves when `section`'s data-status is one of `states`. */
async function settled(section: HTMLElement, states: readonly string[]): Promise<void> {
  for (let i = 0; i < 2000 && !states.includes(section.dataset["status"] ?? ""); i++) await new Promise((r) => setTimeout(r, 10));
}

describe("the check's view", () => {
  it("checkView(deps).show(scenario, target) defaults the days to the page's warm-up plus a week, and studyChanged() moves them while untouched", () => {
    const { ui, view, setStudy } = setup({ study: { warmupDays: 2 } });
    view.show("baseline", "check:kg-to-kz");
    expect([ui.section.hidden, ui.days.value, ui.replications.value]).toEqual([false, "9", "19"]);
    setStudy({ warmupDays: 0 });
    view.studyChanged();
    expect(ui.days.value).toBe("7");
    // Days the user chose stay when the warm-up moves.
    ui.days.value = "30";
    setStudy({});
    view.studyChanged();
    expect(ui.days.value).toBe("30");
  });

  it("checkView(deps).take(records, ...) with the page's seed, warm-up and chosen column shows the command that repeats them", async () => {
    const { ui, view } = setup({ study: { seed: 11, warmupDays: 1 } });
    view.show("baseline", "check:kg-to-kz");
    ui.replications.value = "3";
    // The check's own choice cannot pick among arrival and a renamed column; the user picks it.
    view.take(records, "mine.csv", "baseline", "check:kg-to-kz");
    expect(ui.status.getAttribute("role")).toBe("alert");
    ui.column.value = "hours at the border";
    ui.column.dispatchEvent(new Event("change"));
    expect(ui.status.textContent).toMatch(/^mine\.csv: \d+ crossing times .* from the column hours at the border\.$/);
    ui.run.click();
    await settled(ui.section, ["ready", "failed"]);
    expect(ui.section.dataset["status"]).toBe("ready");
    const command = ui.result.querySelector(".check-command code")?.textContent ?? "";
    expect(command).toContain("--column 'hours at the border'");
    expect(command).toContain("--set days=8 --set seed=11 --set warmupDays=1");
    expect(command).toMatch(/--set directions\.kg-to-kz\.stages\.4\.serviceMinutesByClass\.perishable\.mean=33\.33/);
  }, 60_000);

  it("checkView(deps): an unexpected error from the run reaches the check's status as an alert and the log, not a silent hang", async () => {
    const failure = new TypeError("the worker's reply was garbled");
    const { ui, view, logged } = setup({ run: () => Promise.reject(failure) });
    view.show("baseline", "check:kg-to-kz");
    view.take(readFileSync("data/examples/crossings.csv", "utf8"), "crossings.csv", "baseline", "check:kg-to-kz");
    await settled(ui.section, ["failed"]);
    expect(ui.status.textContent).toBe("The check failed: the worker's reply was garbled. Nothing was checked.");
    expect(ui.status.getAttribute("role")).toBe("alert");
    expect(logged).toEqual([failure]);
  });

  it("checkView(deps): records dropped on one scenario and direction are checked against the ones chosen afterwards", async () => {
    const asked: string[] = [];
    const { ui, view } = setup({ run: async (_what, _section, tasks) => { asked.push(`${tasks[0]!.scenario.name}|${tasks[0]!.truckTimes?.direction ?? ""}`); return null; } });
    const crossings = readFileSync("data/examples/crossings.csv", "utf8");
    view.show("baseline", "check:kg-to-kz");
    view.take(crossings, "crossings.csv", "baseline", "check:kg-to-kz");
    await new Promise((r) => setTimeout(r, 0));
    view.show("seals", "check:kz-to-kg");
    expect(ui.status.textContent).toMatch(/^crossings\.csv: \d+ crossing times of Kazakhstan → Kyrgyzstan/);
    ui.run.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatch(/^baseline.*\|kg-to-kz$/);
    expect(asked[1]).toMatch(/^seals.*\|kz-to-kg$/);
  });
});
