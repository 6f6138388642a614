import { describe, expect, it } from "vitest";
import { changeFamily, draftMean } from "../../../web/teach/distribution-draft.js";
import {
  addArrival, addRoute, addStation, blankNetwork, checkDraft, getAt, removeArrival, removeStation, renameStation, setAt, stationIds,
} from "../../../web/teach/network-draft.js";

describe("network drafts", () => {
  it("checkDraft(blankNetwork()) loads as a network scenario with defaults", () => {
    const check = checkDraft(blankNetwork());
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.scenario.stations[0]?.routes).toEqual([]);
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
