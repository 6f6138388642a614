import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleScenarios } from "../../../web/app/bundled-scenarios.js";
import { PageState, studyScope, type HistoryMode } from "../../../web/app/page-state.js";
import { defaultState, type DashboardState } from "../../../web/app/url-state.js";

const baselineText = readFileSync(fileURLToPath(new URL("../../../scenarios/baseline.json", import.meta.url)), "utf8");
/** A second scenario whose warm-up (31 days) is longer than the baseline's 7. */
const longWarmup = JSON.stringify({ ...(JSON.parse(baselineText) as object), name: "long", warmupDays: 31 });
const { scenarios: bundle } = bundleScenarios({ "../scenarios/baseline.json": baselineText, "../scenarios/long.json": longWarmup }, "border");

function page(initial: DashboardState = defaultState(["baseline"])): { page: PageState; changes: [DashboardState, HistoryMode][] } {
  const changes: [DashboardState, HistoryMode][] = [];
  return { page: new PageState({ initial, bundle, onChange: (s, h) => changes.push([s, h]) }), changes };
}

describe("page state", () => {
  it("PageState.set(next, history) replaces the state and tells the page, in place unless asked to push", () => {
    const { page: p, changes } = page();
    const next = { ...p.current, view: "brief" as const };
    p.set(next, "push");
    p.set({ ...next, replications: 5 });
    expect(p.current.replications).toBe(5);
    expect(changes.map(([s, h]) => [s.view, s.replications, h])).toEqual([["brief", null, "push"], ["brief", 5, "replace"]]);
  });

  it("PageState.settings() is the quick study over the longest warm-up of the chosen files, or the state's own settings", () => {
    const { page: p } = page(defaultState(["baseline", "long"]));
    expect(p.settings()).toEqual({ replications: 10, days: 31 + 14, quick: true });
    p.set({ ...p.current, scenarios: ["baseline"] });
    expect(p.settings()).toEqual({ replications: 10, days: 7 + 14, quick: true });
    p.set({ ...p.current, replications: 4, days: 30 });
    expect(p.settings()).toEqual({ replications: 4, days: 30, quick: false });
  });

  it("PageState.edit(id, path, value) sets an edit, removes it on undefined, and keeps it but counts a refusal on null", () => {
    const { page: p, changes } = page();
    p.edit("baseline", "seals.share", 0.5);
    expect(p.current.edits).toEqual({ baseline: { "seals.share": 0.5 } });
    p.edit("baseline", "seals.share", null);
    expect(p.current.edits).toEqual({ baseline: { "seals.share": 0.5 } });
    expect(p.refusedCount()).toBe(1);
    expect(changes).toHaveLength(1);
    p.edit("baseline", "seals.share", undefined);
    expect(p.current.edits).toEqual({});
    expect(p.refusedCount()).toBe(0);
  });

  it("PageState.forgetRefused(keep) drops the refusals of the scopes not kept; restore(state) drops them all silently", () => {
    const { page: p, changes } = page();
    p.refuse(studyScope, "days", true);
    p.setRefused("baseline", ["seals.share", "unified.allDayOperation"]);
    p.setRefused("gone", ["seals.share"]);
    expect(p.refusedCount()).toBe(4);
    p.forgetRefused((scope) => scope !== "gone");
    expect(p.refusedCount()).toBe(3);
    p.refuse(studyScope, "days", false);
    expect(p.refusedCount()).toBe(2);
    p.restore(defaultState(["long"]));
    expect([p.refusedCount(), p.current.scenarios, changes.length]).toEqual([0, ["long"], 0]);
  });
});
