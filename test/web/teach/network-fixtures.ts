/**
 * FIXTURES FOR RENDERING TESTS ONLY: small networks written out here, and hand-picked study numbers that
 * were not produced by the simulator, so that snapshots of the teaching charts change only when the charts do.
 */
import { loadScenario, type NetworkScenario, type StudyResult, type TheoryReport } from "../../../src/scenario/index.js";
import type { Estimate } from "../../../src/stats/estimate.js";

/** A network from its scenario JSON, defaults filled in. @throws {Error} listing the problems if it does not load. */
export function network(json: object): NetworkScenario {
  const loaded = loadScenario(JSON.stringify({ model: "network", horizon: 1000, warmup: 100, replications: 5, seed: 1, ...json }), "fixture.json");
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  if (loaded.scenario.model !== "network") throw new Error("fixture is not a network");
  return loaded.scenario;
}

const exp = (mean: number) => ({ dist: "exponential", mean });

/** Two stations in series, the second sending a fifth of its customers back to the first. */
export const tandem = network({
  name: "Document check and scanner",
  arrivals: [{ to: "documents", class: "truck", interarrival: exp(1) }],
  stations: [
    { id: "documents", service: exp(0.56), routes: [{ to: "scanner", p: 1 }] },
    { id: "scanner", service: exp(0.64), routes: [{ to: "documents", p: 0.2 }] },
  ],
});

/** One desk, two priority classes. */
export const priority = network({
  name: "Urgent and regular trucks",
  arrivals: [
    { to: "desk", class: "urgent", priority: 0, interarrival: exp(2.5) },
    { to: "desk", class: "regular", priority: 1, interarrival: exp(2.5) },
  ],
  stations: [{ id: "desk", discipline: "priority", service: exp(1) }],
});

/** A branching network with a rota, breakdowns and a line limit: everything the diagram can show. */
export const branching = network({
  name: "Triage with a rota",
  arrivals: [{ to: "triage", class: "truck", interarrival: exp(1) }],
  stations: [
    { id: "triage", servers: 2, service: { dist: "deterministic", value: 1.5 }, queueLimit: 4, routes: [{ to: "inspection", p: 0.3 }, { to: "fast-lane", p: 0.6 }] },
    { id: "inspection", schedule: { periodLength: 480, changes: [{ at: 0, servers: 3 }, { at: 240, servers: 1 }] }, service: { dist: "lognormal", mean: 4, cv: 1.5 } },
    { id: "fast-lane", service: { dist: "uniform", min: 0.5, max: 1 }, breakdowns: { timeToFailure: exp(300), timeToRepair: exp(20) } },
  ],
});

/** An estimate whose 95% interval is `relative` of the mean either side. */
export function estimate(mean: number, relative = 0.05): Estimate {
  const halfWidth = mean * relative;
  return { mean, halfWidth, lo: mean - halfWidth, hi: mean + halfWidth };
}

/** A study of one M/M/1 desk at ρ = 0.9 with hand-picked numbers (theory: W = 9, Wq = 8.1, L = 9, Lq = 8.1). */
export const mm1Result: StudyResult = {
  scenario: "M/M/1 at utilisation 0.9", model: "network", seed: 1, replications: 10, horizon: 100000, warmup: 5000,
  system: { throughput: estimate(1.001, 0.01), timeInSystem: estimate(9.3, 0.06), waitInQueue: estimate(8.4, 0.07), inSystem: estimate(9.31, 0.06) },
  stations: { desk: { utilization: estimate(0.901, 0.005), waitInQueue: estimate(8.4, 0.07), queueLength: estimate(7.5, 0.05), throughput: estimate(1.001, 0.01) } },
  classes: { truck: { timeInSystem: estimate(9.3, 0.06), waitInQueue: estimate(8.4, 0.07) } },
};

/** What M/M/1 theory says of `mm1Result`'s scenario. */
export const mm1Theory: TheoryReport = {
  scenario: "M/M/1 at utilisation 0.9", model: "M/M/1", applies: true, exact: true, reason: "",
  values: {
    "system.throughput": 1, "system.timeInSystem": 9, "system.waitInQueue": 8.1, "system.inSystem": 9,
    "stations.desk.utilization": 0.9, "stations.desk.waitInQueue": 8.1, "stations.desk.queueLength": 8.1, "stations.desk.throughput": 1,
  },
};

/** The same study under an approximation (as for G/G/1). */
export const approximateTheory: TheoryReport = {
  ...mm1Theory, model: "G/G/1 (Allen–Cunneen, i.e. Kingman)", exact: false,
  reason: "approximation: Allen–Cunneen scales the M/M/c wait by (ca² + cs²)/2",
};

/** Theory refusing the scenario, as for a rota. */
export const noTheory: TheoryReport = {
  scenario: "M/M/1 at utilisation 0.9", model: "none", applies: false, exact: false, values: {},
  reason: "station \"desk\" has a server schedule; the formulas assume a fixed number of always-working servers",
};
