import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main.js";
import { checkJson, readObservedTimes, type CheckTarget, type ReplicationOutput } from "../../../src/scenario/index.js";
import { bundleScenarios } from "../../../web/app/bundled-scenarios.js";
import { assembleCheck, checkCommand, checkOverrides, checkStudy, defaultCheckDays, defaultCheckReplications, planCheck, type CheckSettings } from "../../../web/app/check-plan.js";
import { loadEdited } from "../../../web/app/edited-scenario.js";
import type { StudySettings } from "../../../web/app/study-settings.js";
import { SimulationClient } from "../../../web/app/simulation-client.js";
import { memoryIo } from "../../cli/memory-io.js";
import { InlineWorker } from "./page-runs.js";

const { scenarios } = bundleScenarios({ "../scenarios/baseline.json": readFileSync("scenarios/baseline.json", "utf8") }, "border");
const baseline = scenarios.get("baseline")!;
const CROSSINGS = "data/examples/crossings.csv";

/** The words of a command line as a POSIX shell splits them (plain words and single-quoted ones, as checkCommand writes). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/(?:[^\s']+|'(?:[^']|'\\'')*')+/g)].map((m) => m[0].replace(/'\\''/g, "\u0000").replace(/'/g, "").replace(/\u0000/g, "'"));
}

/** The page's path: plan, the workers (two, so replications are shared out), then assembleCheck; as `check --format json` would print it. */
async function pageCheck(records: string, file: string, edits: Record<string, number>, target: CheckTarget, settings: CheckSettings) {
  const plan = planCheck(baseline, edits, target, settings);
  if (!plan.ok) throw new Error(plan.problems.join("; "));
  const client = new SimulationClient({ workers: 2, createWorker: () => new InlineWorker() });
  const outputs: Map<string, ReplicationOutput[]> = await client.run([plan.task], plan.replications);
  const observed = readObservedTimes(records, file, { metric: target.metric, direction: target.direction, ...(settings.column === undefined ? {} : { column: settings.column }) }).durations;
  return { json: checkJson(assembleCheck(plan, outputs, observed)), command: checkCommand(baseline, file, plan) };
}

describe("the dashboard's check against records", () => {
  it("planCheck(baseline, {}, kg-to-kz crossing, 14 days × 19) then assembleCheck(...) equals `borderflow check --format json` byte for byte", async () => {
    const records = readFileSync(CROSSINGS, "utf8");
    const page = await pageCheck(records, CROSSINGS, {}, { direction: "kg-to-kz", metric: "crossingHours" }, { days: 14, replications: 19 });
    expect(page.command).toBe(`npx borderflow check scenarios/baseline.json --observed ${CROSSINGS} --direction kg-to-kz --replications 19 --set days=14`);
    const io = memoryIo();
    expect(await main([...shellWords(page.command).slice(2), "--quiet", "--format", "json"], io)).toBe(0);
    expect(io.err).toBe("");
    expect(page.json).toBe(io.out);
    // And the comparison is the one the data-in tests know: the generating scenario is accepted.
    expect((JSON.parse(page.json) as { consistent: boolean }).consistent).toBe(true);
  }, 120_000);

  it("planCheck(baseline edited, ..., kz-to-kg waiting, 10 days × 5) then assembleCheck(...) equals the CLI given checkCommand's words", async () => {
    // Waiting-time records of the other direction: the example's column renamed, read from memory by both.
    const records = readFileSync(CROSSINGS, "utf8").replace(",crossingHours", ",waitHours");
    const edits = { "directions.kz-to-kg.stages.1.serviceMinutes.mean": 9 };
    const page = await pageCheck(records, "waits.csv", edits, { direction: "kz-to-kg", metric: "waitHours" }, { days: 10, replications: 5 });
    const words = shellWords(page.command);
    expect(words).toContain("--metric");
    expect(words).toContain('name="baseline (edited)"');
    const io = memoryIo({ "waits.csv": records });
    expect(await main([...words.slice(2), "--quiet", "--format", "json"], io)).toBe(0);
    expect(page.json).toBe(io.out);
    expect((JSON.parse(page.json) as { scenario: string }).scenario).toBe("baseline (edited)");
  }, 120_000);

  it("planCheck(baseline with a grouped lever, ..., the page's seed, warm-up and column) then assembleCheck(...) equals the CLI given checkCommand's words", async () => {
    // The customs mean moves the perishable and transit means with it; the records' time column has a name of the user's.
    const records = readFileSync(CROSSINGS, "utf8").replace(",crossingHours", ",time at the border");
    const customs = "directions.kg-to-kz.stages.4.serviceMinutes.mean";
    const study = { seed: 7, warmupDays: 3 };
    const days = defaultCheckDays(baseline, study.warmupDays);
    expect(days).toBe(10);
    const page = await pageCheck(records, "my records.csv", { [customs]: 40 }, { direction: "kg-to-kz", metric: "crossingHours" },
      { days, replications: 5, ...study, column: "time at the border" });
    const words = shellWords(page.command);
    expect(words).toEqual(expect.arrayContaining(["--column", "time at the border", "seed=7", "warmupDays=3"]));
    // 25 and 20 minutes at the file's 30, in proportion at 40.
    const moved = (cls: string) => Number(words.find((w) => w.startsWith(`directions.kg-to-kz.stages.4.serviceMinutesByClass.${cls}.mean=`))?.split("=")[1]);
    expect(moved("perishable")).toBeCloseTo(25 * 40 / 30, 12);
    expect(moved("transit")).toBeCloseTo(20 * 40 / 30, 12);
    expect(page.command).toContain("--column 'time at the border'");
    const io = memoryIo({ "my records.csv": records });
    expect(await main([...words.slice(2), "--quiet", "--format", "json"], io)).toBe(0);
    expect(io.err).toMatch(/^note: with 5 replications/);
    expect(page.json).toBe(io.out);
  }, 120_000);

  it("planCheck(bundled, edits, target, settings) checks the scenario the comparison runs (loadEdited), grouped levers, seed and warm-up included", () => {
    const customs = "directions.kg-to-kz.stages.4.serviceMinutes.mean";
    const edits = { [customs]: 40, "seals.share": 0.5 };
    const plan = planCheck(baseline, edits, { direction: "kg-to-kz", metric: "crossingHours" }, { days: 12, replications: 5, seed: -3, warmupDays: 2 });
    const compared = loadEdited(baseline, edits, { replications: 5, days: 12, quick: false, seed: -3, warmupDays: 2 });
    if (!plan.ok || !compared.ok) throw new Error("plan");
    const { replications: _a, ...checked } = plan.task.scenario;
    const { replications: _b, ...expected } = compared.scenario;
    expect(checked).toEqual(expected);
    const stage = (plan.task.scenario as unknown as { directions: Record<string, { stages: { serviceMinutesByClass?: Record<string, { mean: number }> }[] }> })
      .directions["kg-to-kz"]!.stages[4]!.serviceMinutesByClass;
    expect(stage?.["perishable"]?.mean).toBeCloseTo(25 * 40 / 30, 12);
    expect(stage?.["transit"]?.mean).toBeCloseTo(20 * 40 / 30, 12);
    expect([plan.task.scenario.seed, (plan.task.scenario as { warmupDays: number }).warmupDays]).toEqual([-3, 2]);
  });

  it("checkStudy(bundled, settings, baseSeed) gives the page's seed (else the base file's when it differs) and the page's warm-up", () => {
    const quick: StudySettings = { replications: 10, days: 21, quick: true };
    expect(checkStudy(baseline, quick, 1)).toEqual({});
    expect(checkStudy(baseline, { ...quick, seed: 9, warmupDays: 0 }, 1)).toEqual({ seed: 9, warmupDays: 0 });
    expect(checkStudy(baseline, quick, 5)).toEqual({ seed: 5 });
    expect(defaultCheckDays(baseline, 0)).toBe(7);
  });

  it("checkCommand(bundled, file, plan) joins a column that looks like an option to --column, and leaves --column out when check chooses", () => {
    const target: CheckTarget = { direction: "kg-to-kz", metric: "crossingHours" };
    const plan = (column?: string) => {
      const p = planCheck(baseline, {}, target, { days: 14, replications: 19, ...(column === undefined ? {} : { column }) });
      if (!p.ok) throw new Error("plan");
      return p;
    };
    expect(checkCommand(baseline, "r.csv", plan("--hours"))).toContain(" --column=--hours ");
    expect(checkCommand(baseline, "r.csv", plan("hours"))).toContain(" --column hours ");
    expect(checkCommand(baseline, "r.csv", plan(""))).not.toContain("--column");
    expect(checkCommand(baseline, "r.csv", plan())).not.toContain("--column");
  });

  it("planCheck(baseline, edits, target, bad settings) lists what is wrong in words instead of running", () => {
    const target: CheckTarget = { direction: "kg-to-kz", metric: "crossingHours" };
    const bad = planCheck(baseline, {}, target, { days: Number.NaN, replications: 1 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems).toEqual([
      "Replications must be a whole number from 2 to 100,000, got 1.",
      "Simulated days must be a number of days, warm-up included.",
    ]);
    // The loader's own check: a warm-up as long as the run leaves nothing to observe.
    const short = planCheck(baseline, {}, target, { days: 7, replications: 19 });
    expect(short.ok).toBe(false);
    expect(!short.ok && short.problems.join("\n")).toMatch(/warmupDays/);
  });

  it("defaultCheckDays(bundled), defaultCheckReplications(bundled) and checkOverrides(...) follow the CLI's defaults", () => {
    expect(defaultCheckDays(baseline)).toBe(baseline.scenario.model === "border" ? baseline.scenario.warmupDays + 7 : NaN);
    expect(defaultCheckReplications(baseline)).toBe(Math.max(baseline.scenario.replications, 19));
    expect(checkOverrides(baseline, { "seals.share": 0.5 }, { days: 14 })).toEqual(["days=14", "seals.share=0.5", 'name="baseline (edited)"']);
    expect(checkOverrides(baseline, {}, { days: 10, seed: 4, warmupDays: 3 })).toEqual(["days=10", "seed=4", "warmupDays=3"]);
  });

  it("assembleCheck(plan, outputs without per-truck times, observed) throws rather than compare nothing", () => {
    const plan = planCheck(baseline, {}, { direction: "kg-to-kz", metric: "crossingHours" }, { days: 14, replications: 2 });
    if (!plan.ok) throw new Error("plan");
    const outputs = new Map([["check", [0, 1].map((replication) => ({ replication, warmup: 0, metrics: {} }))]]);
    expect(() => assembleCheck(plan, outputs, new Array(10).fill(1))).toThrow(/replication 0 came back without the per-truck times kg-to-kz\.crossingHours\.byTruck/);
    expect(() => assembleCheck(plan, new Map(), new Array(10).fill(1))).toThrow(/2 replications were asked for, 0 came back/);
  });
});
