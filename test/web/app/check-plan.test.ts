import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main.js";
import { checkJson, readObservedTimes, runReplication, type CheckTarget, type ReplicationOutput } from "../../../src/scenario/index.js";
import { bundleScenarios } from "../../../web/app/bundled-scenarios.js";
import { assembleCheck, checkCommand, checkOverrides, defaultCheckDays, defaultCheckReplications, planCheck } from "../../../web/app/check-plan.js";
import { runReplicationJob } from "../../../web/app/replication-job.js";
import { SimulationClient, type WorkerLike } from "../../../web/app/simulation-client.js";
import { truckTimesOutput } from "../../../web/app/truck-times-output.js";
import type { RunJob, WorkerReply } from "../../../web/app/worker-protocol.js";
import { memoryIo } from "../../cli/memory-io.js";

const { scenarios } = bundleScenarios({ "../scenarios/baseline.json": readFileSync("scenarios/baseline.json", "utf8") }, "border");
const baseline = scenarios.get("baseline")!;
const CROSSINGS = "data/examples/crossings.csv";

/** A worker that runs its share of the job in this thread, as the page's worker does (the same job function and runners). */
class InlineWorker implements WorkerLike {
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  postMessage(job: RunJob): void {
    setTimeout(() => runReplicationJob(job, runReplication, (data) => this.onmessage?.({ data } as MessageEvent<WorkerReply>), truckTimesOutput), 0);
  }
  terminate(): void {}
}

/** The words of a command line as a POSIX shell splits them (plain words and single-quoted ones, as checkCommand writes). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/(?:[^\s']+|'(?:[^']|'\\'')*')+/g)].map((m) => m[0].replace(/'\\''/g, "\u0000").replace(/'/g, "").replace(/\u0000/g, "'"));
}

/** The page's path: plan, the workers (two, so replications are shared out), then assembleCheck; as `check --format json` would print it. */
async function pageCheck(records: string, file: string, edits: Record<string, number>, target: CheckTarget, settings: { days: number; replications: number }) {
  const plan = planCheck(baseline, edits, target, settings);
  if (!plan.ok) throw new Error(plan.problems.join("; "));
  const client = new SimulationClient({ workers: 2, createWorker: () => new InlineWorker() });
  const outputs: Map<string, ReplicationOutput[]> = await client.run([plan.task], plan.replications);
  const observed = readObservedTimes(records, file, { metric: target.metric, direction: target.direction }).durations;
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
    expect(checkOverrides(baseline, { "seals.share": 0.5 }, 14)).toEqual(["days=14", "seals.share=0.5", 'name="baseline (edited)"']);
  });

  it("assembleCheck(plan, outputs without per-truck times, observed) throws rather than compare nothing", () => {
    const plan = planCheck(baseline, {}, { direction: "kg-to-kz", metric: "crossingHours" }, { days: 14, replications: 2 });
    if (!plan.ok) throw new Error("plan");
    const outputs = new Map([["check", [0, 1].map((replication) => ({ replication, warmup: 0, metrics: {} }))]]);
    expect(() => assembleCheck(plan, outputs, new Array(10).fill(1))).toThrow(/replication 0 came back without the per-truck times kg-to-kz\.crossingHours\.byTruck/);
    expect(() => assembleCheck(plan, new Map(), new Array(10).fill(1))).toThrow(/2 replications were asked for, 0 came back/);
  });
});
