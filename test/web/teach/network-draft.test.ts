import { describe, expect, it } from "vitest";
import { networkTheory, runReplication, studyHeader, summarizeStudy } from "../../../src/scenario/index.js";
import { theoryRows } from "../../../web/charts/theory-rows.js";
import { changeFamily, draftMean } from "../../../web/teach/distribution-draft.js";
import {
  addArrival, addRoute, addStation, blankNetwork, checkDraft, getAt, OUT, removeArrival, removeStation, renameStation, setAt, stationIds,
} from "../../../web/teach/network-draft.js";

describe("network drafts", () => {
  it("checkDraft(blankNetwork()) loads as a network scenario with defaults", () => {
    const check = checkDraft(blankNetwork());
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.scenario.stations[0]?.routes).toEqual([]);
  });

  it("blankNetwork() runs, at its own seed, to a theory panel with every exact row inside its interval: a student's first sight", () => {
    const check = checkDraft(blankNetwork());
    if (!check.ok) throw new Error("blank network does not load");
    const scenario = check.scenario;
    const outputs = Array.from({ length: scenario.replications }, (_, r) => runReplication(scenario, r));
    const rows = theoryRows({ result: summarizeStudy(studyHeader(scenario), outputs), theory: networkTheory(scenario) }, "min");
    expect(rows.length).toBe(8);
    expect(rows.map((r) => `${r.path} ${r.verdict}`)).toEqual(rows.map((r) => `${r.path} inside`));
  });

  it("checkDraft(draft) reports each problem at the dotted path of its form field", () => {
    const bad = setAt(setAt(blankNetwork(), "stations.0.servers", 0), "arrivals.0.interarrival.mean", null);
    const check = checkDraft(bad);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.map((p) => p.path).sort()).toEqual(["arrivals.0.interarrival.mean", "stations.0.servers"]);
  });

  it("setAt(draft, path, value) copies, and undefined removes the field", () => {
    const draft = blankNetwork();
    const limited = setAt(draft, "stations.0.queueLimit", 5);
    expect(getAt(limited, "stations.0.queueLimit")).toBe(5);
    expect(getAt(draft, "stations.0.queueLimit")).toBeUndefined();
    expect(getAt(setAt(limited, "stations.0.queueLimit", undefined), "stations.0")).not.toHaveProperty("queueLimit");
  });

  it("addStation, addRoute and renameStation keep routes and arrivals pointing at the right stations", () => {
    let draft = addStation(blankNetwork());
    expect(stationIds(draft)).toEqual(["desk", "station2"]);
    draft = addRoute(draft, 0);
    expect(getAt(draft, "stations.0.routes")).toEqual([{ to: "station2", p: 1 }]);
    draft = renameStation(draft, 1, "scanner");
    draft = renameStation(draft, 0, "documents");
    expect(getAt(draft, "stations.0.routes.0.to")).toBe("scanner");
    expect(getAt(draft, "arrivals.0.to")).toBe("documents");
    expect(checkDraft(draft).ok).toBe(true);
  });

  it("addRoute(blankNetwork(), 0) proposes 'out', not desk → desk with p = 1, and the draft still runs", () => {
    const draft = addRoute(blankNetwork(), 0);
    expect(getAt(draft, "stations.0.routes")).toEqual([{ to: OUT, p: 1 }]);
    const check = checkDraft(draft);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.scenario.stations[0]?.routes).toEqual([]);
  });

  it("addRoute(draft, last) on the last of several stations proposes 'out' with what is not yet routed", () => {
    let draft = addStation(blankNetwork());
    draft = setAt(draft, "stations.1.routes", [{ to: "desk", p: 0.25 }]);
    expect(getAt(addRoute(draft, 1), "stations.1.routes.1")).toEqual({ to: OUT, p: 0.75 });
  });

  it("checkDraft(draft) refuses routes nobody can leave, at the station's routes, with the loader's reason", () => {
    const check = checkDraft(setAt(blankNetwork(), "stations.0.routes", [{ to: "desk", p: 1 }]));
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems.map((p) => p.path)).toEqual(["stations.0.routes"]);
      expect(check.problems[0]?.message).toMatch(/nobody can leave the network/);
    }
  });

  it("checkDraft(draft) counts 'out' in the sum of probabilities and keeps the form's route numbers in problem paths", () => {
    const over = checkDraft(setAt(blankNetwork(), "stations.0.routes", [{ to: OUT, p: 0.7 }, { to: "desk", p: 0.5 }]));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.problems).toEqual([{ path: "stations.0.routes", message: 'probabilities, "out" included, must sum to at most 1, got 1.2' }]);
    const unknown = checkDraft(setAt(blankNetwork(), "stations.0.routes", [{ to: OUT, p: 0.5 }, { to: "nowhere", p: 0.2 }]));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.problems.map((p) => p.path)).toEqual(["stations.0.routes.1.to"]);
  });

  it("removeStation(draft, i) drops the routes into it and moves its arrivals to the first station; the last station stays", () => {
    let draft = addRoute(addStation(blankNetwork()), 0);
    draft = setAt(draft, "arrivals.0.to", "station2");
    draft = removeStation(draft, 1);
    expect(stationIds(draft)).toEqual(["desk"]);
    expect(getAt(draft, "stations.0.routes")).toEqual([]);
    expect(getAt(draft, "arrivals.0.to")).toBe("desk");
    expect(removeStation(draft, 0)).toBe(draft);
  });

  it("addArrival(draft) adds a new class of lower priority; removeArrival keeps the last stream", () => {
    const draft = addArrival(blankNetwork());
    expect(getAt(draft, "arrivals.1")).toMatchObject({ to: "desk", class: "class2", priority: 1 });
    expect(checkDraft(draft).ok).toBe(true);
    expect(removeArrival(removeArrival(draft, 0), 0)).toEqual(removeArrival(draft, 0));
  });
});

describe("distribution drafts", () => {
  it("changeFamily(from, dist) keeps the mean so the station's load stays the same", () => {
    expect(changeFamily({ dist: "exponential", mean: 2 }, "deterministic")).toEqual({ dist: "deterministic", value: 2 });
    expect(changeFamily({ dist: "deterministic", value: 2 }, "uniform")).toEqual({ dist: "uniform", min: 1, max: 3 });
    expect(changeFamily({ dist: "uniform", min: 1, max: 3 }, "lognormal")).toEqual({ dist: "lognormal", mean: 2, cv: 1 });
    expect(changeFamily({ dist: "exponential", mean: -1 }, "erlang")).toEqual({ dist: "erlang", mean: 1, k: 2 });
  });

  it("draftMean(d) reads the mean of every family, NaN when a field is missing", () => {
    expect(draftMean({ dist: "triangular", min: 1, mode: 2, max: 6 })).toBe(3);
    expect(draftMean({ dist: "empirical", values: [1, 2, 6] })).toBe(3);
    expect(draftMean({ dist: "gamma" })).toBeNaN();
  });
});
