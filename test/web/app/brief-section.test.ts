// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { ComparisonResult, DirectionResult, StudyResult } from "../../../src/scenario/index.js";
import { briefSection, type BriefElements } from "../../../web/app/brief-section.js";
import type { ComparisonRun } from "../../../web/app/comparison-view.js";
import { defaultState, encodeState, type DashboardState } from "../../../web/app/url-state.js";

const e = (mean: number) => ({ mean, halfWidth: 1, lo: mean - 1, hi: mean + 1 });
const direction = (hours: number): DirectionResult => ({
  crossingHours: { ...e(hours), p50: e(hours), p90: e(hours), p95: e(hours) }, waitHours: e(hours), trucksPerDay: e(200), queueTrucks: e(10),
  queueKm: e(0.1), maxQueueTrucks: e(20), turnedBackPerDay: e(0), bufferIndex: e(0.5), activities: {},
});
const study = (scenario: string, hours: number): StudyResult => ({
  scenario, model: "border", seed: 1, replications: 10, horizon: 504, warmup: 168, system: {}, stations: {}, classes: {},
  directions: { "kg-to-kz": direction(hours), "kz-to-kg": direction(hours / 2) },
});
const comparison: ComparisonResult = {
  results: [study("baseline", 6), study("seals", 3), study("unified", 5)],
  differences: [
    { scenario: "seals", metric: "directions.kg-to-kz.crossingHours", mean: -3, halfWidth: 0.5, lo: -3.5, hi: -2.5 },
    { scenario: "unified", metric: "directions.kg-to-kz.crossingHours", mean: -1, halfWidth: 0.5, lo: -1.5, hi: -0.5 },
  ],
};
const settings = { replications: 10, days: 21, quick: true };
const ranWith = { ...defaultState(["baseline", "seals", "unified"]), days: 21 };
const run: ComparisonRun = { state: ranWith, comparison, ids: ["baseline", "seals", "unified"], titles: ["baseline", "seals", "unified"], edits: {}, settings, seconds: 1 };

function setup(): { ui: BriefElements; state: { now: DashboardState }; prints: number[] } {
  const ui = {
    section: document.createElement("section"), alternative: document.createElement("select"), heading: document.createElement("h2"),
    lede: document.createElement("p"), body: document.createElement("div"), print: document.createElement("button"),
  };
  ui.section.append(ui.alternative, ui.heading, ui.lede, ui.body, ui.print);
  document.body.replaceChildren(ui.section);
  return { ui, state: { now: { ...ranWith, view: "compare", days: 30 } }, prints: [] };
}

describe("brief section", () => {
  it("briefSection(deps).render(run) shows the brief of the alternative the state asks for, linking to the state it was run with", () => {
    const { ui, state } = setup();
    state.now = { ...state.now, brief: "unified" };
    const brief = briefSection({ document, ui, state: () => state.now, saveChoice: () => {}, linkTo: (s) => `https://example.org/?${encodeState(s)}`, print: () => {} });
    brief.render(run);
    expect(ui.heading.textContent).toBe("What “unified” would change at Karasu / Ak-Tilek");
    expect([...ui.alternative.options].map((o) => [o.value, o.selected])).toEqual([["seals", false], ["unified", true]]);
    expect(ui.body.querySelector(".brief-link a")?.getAttribute("href")).toBe(`https://example.org/?${encodeState({ ...ranWith, view: "brief", brief: "unified" })}`);
    expect(ui.section.dataset["status"]).toBe("ready");
    expect(brief.panels()).toHaveLength(1);
    expect(ui.body.querySelectorAll("figure svg")).toHaveLength(1);
  });

  it("briefSection(deps) keeps a new choice of alternative and shows its brief; the print button prints", () => {
    const { ui, state, prints } = setup();
    const saved: string[] = [];
    const brief = briefSection({
      document, ui, state: () => state.now, linkTo: () => "", print: () => prints.push(1),
      saveChoice: (id) => { saved.push(id); state.now = { ...state.now, brief: id }; },
    });
    brief.render(run);
    ui.alternative.value = "seals";
    ui.alternative.dispatchEvent(new Event("change"));
    expect(saved).toEqual(["seals"]);
    expect(ui.heading.textContent).toBe("What “seals” would change at Karasu / Ak-Tilek");
    ui.print.click();
    expect(prints).toEqual([1]);
  });

  it("briefSection(deps) says in its lede when the scenarios or levers changed after the comparison it shows, and stops saying it once rerun", () => {
    const { ui, state } = setup();
    let stale = false;
    const brief = briefSection({ document, ui, state: () => state.now, saveChoice: () => {}, linkTo: () => "", print: () => {}, stale: () => stale });
    brief.render(run);
    expect(ui.lede.textContent).not.toMatch(/Out of date/);
    expect(ui.lede.dataset["stale"]).toBeUndefined();
    stale = true;
    brief.refresh();
    expect(ui.lede.textContent).toMatch(/ Out of date: the settings changed after this run; press “Run comparison” before quoting\.$/);
    expect(ui.lede.dataset["stale"]).toBe("true");
    stale = false;
    brief.render(run);
    expect(ui.lede.textContent).not.toMatch(/Out of date/);
    expect(ui.lede.dataset["stale"]).toBeUndefined();
  });

  it("briefSection(deps).render(run) says why there is no brief for one scenario, and draws nothing while hidden", () => {
    const { ui, state } = setup();
    const brief = briefSection({ document, ui, state: () => state.now, saveChoice: () => {}, linkTo: () => "", print: () => {} });
    brief.render({ ...run, comparison: { results: [study("baseline", 6)], differences: [] }, ids: ["baseline"] });
    expect(ui.lede.textContent).toBe("Choose at least two scenarios: the brief reports a measure against the base.");
    expect(brief.panels()).toHaveLength(0);
    ui.section.hidden = true;
    brief.render(run);
    expect(brief.panels()).toHaveLength(1);
    expect(ui.body.querySelectorAll("figure svg")).toHaveLength(0);
  });
});
