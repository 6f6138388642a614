import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runBorder, runNetwork, type BorderSpec, type NetworkSpec } from "../../src/model/index.js";
import { fileKind } from "../../src/scenario/format/file-kind.js";
import { loadScenario, type Scenario } from "../../src/scenario/index.js";
import { pooledDesks, separateDesks, singleDesk, sweepRun, liveRun } from "../../web/teach/lessons/lesson-models.js";
import { runBorder as referenceBorder } from "./reference/run-border.js";
import { runNetwork as referenceNetwork } from "./reference/run-network.js";

// The station-based models run on an event-scheduling core (no generator per customer). It must change
// nothing but speed: the same random numbers drawn in the same order, so every result and every trace
// event is the same, byte for byte, as on the generator-process models it replaced (kept, frozen, in
// ./reference). Each run records everything the models report: metrics, series, histograms, accounting,
// every trace event and every change of servers on duty or broken, as JSON text.

const files = readdirSync("scenarios").filter((f) => fileKind(f) === "scenario").sort();

function scenario(file: string, overrides: readonly string[]): Scenario {
  const loaded = loadScenario(readFileSync(`scenarios/${file}`, "utf8"), file, overrides);
  if (!loaded.ok) throw new Error(`${file}: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return loaded.scenario;
}

type RunNetwork = typeof runNetwork;
type RunBorder = typeof runBorder;

/** One network replication as text: its result, then one line per trace and servers event. */
function networkText(run: RunNetwork, spec: NetworkSpec, replication: number): string[] {
  const lines: string[] = [];
  const result = run(spec, replication, {
    trace: (t, event, who, where, c) => lines.push(JSON.stringify([t, event, who, where, c])),
    servers: (t, where, onDuty, broken) => lines.push(JSON.stringify([t, "servers", where, onDuty, broken])),
  });
  // And without any listener, as the CLI runs it.
  const plain = run(spec, replication);
  return [JSON.stringify(result), JSON.stringify(plain), ...lines];
}

function borderText(run: RunBorder, spec: BorderSpec, replication: number): string[] {
  const lines: string[] = [];
  const result = run(spec, replication, {
    trace: (t, event) => lines.push(JSON.stringify([t, event])),
    servers: (t, where, onDuty, broken) => lines.push(JSON.stringify([t, "servers", where, onDuty, broken])),
  });
  const plain = run(spec, replication);
  return [JSON.stringify(result), JSON.stringify(plain), ...lines];
}

/** Fails at the first line that differs, showing it, rather than printing two huge texts. */
function expectSame(actual: readonly string[], expected: readonly string[]): void {
  const n = Math.min(actual.length, expected.length);
  let i = 0;
  while (i < n && actual[i] === expected[i]) i++;
  if (i < n || actual.length !== expected.length) {
    expect({ line: i, actual: actual[i] ?? "(end)" }).toEqual({ line: i, expected: expected[i] ?? "(end)" });
  }
  expect(actual.length).toBeGreaterThan(2);
}

/** Networks that exercise what the bundled ones do not: preemption, breakdowns, shifts, full lines, routing, auto warm-up. */
function network(json: object): NetworkSpec {
  const loaded = loadScenario(JSON.stringify({ model: "network", name: "test", seed: 3, replications: 1, ...json }), "test");
  if (!loaded.ok || loaded.scenario.model !== "network") throw new Error(`test network does not load: ${JSON.stringify(loaded)}`);
  return loaded.scenario;
}
const exp = (mean: number): object => ({ dist: "exponential", mean });
const extraNetworks: Record<string, NetworkSpec> = {
  "preemptive with breakdowns and shifts": network({
    horizon: 3000, warmup: 300,
    arrivals: [
      { to: "a", class: "urgent", priority: 0, interarrival: exp(4) },
      { to: "a", class: "regular", priority: 2, interarrival: exp(1.5) },
      { to: "b", class: "mid", priority: 1, interarrival: exp(2) },
    ],
    stations: [
      { id: "a", servers: 2, discipline: "preemptive", service: exp(1.2), serviceByClass: { urgent: exp(0.5) },
        breakdowns: { timeToFailure: exp(40), timeToRepair: exp(3) }, routes: [{ to: "b", p: 0.5 }, { to: "c", p: 0.2 }] },
      { id: "b", discipline: "preemptive", service: { dist: "deterministic", value: 0.7 },
        schedule: { periodLength: 24, changes: [{ at: 0, servers: 1 }, { at: 8, servers: 3 }, { at: 16, servers: 0 }] },
        breakdowns: { timeToFailure: exp(10), timeToRepair: { dist: "deterministic", value: 1 } } },
      { id: "c", servers: 1, discipline: "priority", queueLimit: 2, service: exp(2), routes: [{ to: "a", p: 0.1 }] },
    ],
  }),
  "full lines and deterministic ties": network({
    horizon: 2000, warmup: "auto",
    arrivals: [{ to: "gate", class: "x", interarrival: { dist: "deterministic", value: 1 } }, { to: "gate", class: "y", interarrival: { dist: "deterministic", value: 2 } }],
    stations: [
      { id: "gate", servers: 2, queueLimit: 1, service: { dist: "deterministic", value: 2 }, routes: [{ to: "desk", p: 1 }] },
      { id: "desk", queueLimit: 0, service: { dist: "uniform", min: 0.5, max: 1.5 },
        schedule: { periodLength: 10, changes: [{ at: 0, servers: 1 }, { at: 5, servers: 2 }] } },
    ],
  }),
};

describe("the event-scheduling core changes nothing but speed", () => {
  for (const file of files) {
    const model = (JSON.parse(readFileSync(`scenarios/${file}`, "utf8")) as { model: string }).model;
    if (model === "border") {
      it(`runBorder(scenarios/${file}, r, { trace, servers }) equals the generator-process models, trace included`, () => {
        const s = scenario(file, ["days=6", "warmupDays=1", "seed=11"]) as Scenario & BorderSpec;
        for (const r of [0, 1]) expectSame(borderText(runBorder, s, r), borderText(referenceBorder, s, r));
      });
    } else {
      it(`runNetwork(scenarios/${file}, r, { trace, servers }) equals the generator-process models, trace included`, () => {
        const s = scenario(file, ["horizon=3000", "warmup=300", "seed=11"]) as Scenario & NetworkSpec;
        for (const r of [0, 1]) expectSame(networkText(runNetwork, s, r), networkText(referenceNetwork, s, r));
        const auto = { ...s, warmup: "auto" as const };
        expectSame(networkText(runNetwork, auto, 2), networkText(referenceNetwork, auto, 2));
      });
    }
  }

  it("runBorder(scenarios/harvest-peak.json, r) equals the generator-process models over 60 days (breakdowns, documents holds)", () => {
    const s = scenario("harvest-peak.json", ["days=60", "warmupDays=5", "seed=5"]) as Scenario & BorderSpec;
    expectSame(borderText(runBorder, s, 0), borderText(referenceBorder, s, 0));
  });

  it("runBorder(harvest peak with a logistics centre, then with the electronic queue and returns, r) equals the generator-process models", () => {
    const centre = scenario("harvest-peak.json", ["days=30", "warmupDays=5", "seed=5", "logisticsCentre.places=30"]) as Scenario & BorderSpec;
    expectSame(borderText(runBorder, centre, 0), borderText(referenceBorder, centre, 0));
    const booked = scenario("harvest-peak.json", [
      "days=30", "warmupDays=5", "seed=5", "unified.electronicQueue.enabled=true", "unified.turnBackIncomplete=true",
      "documents.returnShare=0.5", "documents.returnAfterHours={\"dist\":\"exponential\",\"mean\":12}",
    ]) as Scenario & BorderSpec;
    expectSame(borderText(runBorder, booked, 0), borderText(referenceBorder, booked, 0));
  });

  it("runNetwork(lesson models, r, { trace, servers }) equals the generator-process models, trace included", () => {
    const models = [
      singleDesk(0.9, 1, liveRun), singleDesk(0.8, 0, liveRun), singleDesk(0.7, 2, liveRun),
      pooledDesks(0.85, liveRun), separateDesks(0.85, liveRun), singleDesk(0.95, 1, sweepRun),
    ];
    for (const m of models) expectSame(networkText(runNetwork, m, 0), networkText(referenceNetwork, m, 0));
  });

  for (const [name, spec] of Object.entries(extraNetworks)) {
    it(`runNetwork(${name}, r, { trace, servers }) equals the generator-process models, trace included`, () => {
      for (const r of [0, 1, 2]) expectSame(networkText(runNetwork, spec, r), networkText(referenceNetwork, spec, r));
    });
  }
});
