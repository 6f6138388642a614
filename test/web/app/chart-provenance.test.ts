// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { StudyResult } from "../../../src/scenario/index.js";
import { crossingTimeChart } from "../../../web/charts/crossing-time-chart.js";
import { withSettingsCaption, svgSize } from "../../../web/app/chart-image.js";
import { chartProvenance } from "../../../web/app/chart-provenance.js";
import { defaultState } from "../../../web/app/url-state.js";
import { scenarios } from "../charts/fixtures.js";

const study = (scenario: string, warmupDays: number): StudyResult => ({
  scenario, model: "border", seed: 3, replications: 10, horizon: 35 * 24, warmup: warmupDays * 24, system: {}, stations: {}, classes: {},
});

describe("chart provenance", () => {
  it("chartProvenance(run) states the scenarios, replications, days, seed, each warm-up, the changed levers and the link", () => {
    const state = { ...defaultState(["baseline", "harvest-peak"]), edits: { "harvest-peak": { "seals.share": 0.5 } }, replications: 10, days: 35 };
    const text = chartProvenance({
      comparison: { results: [study("baseline", 7), study("harvest-peak", 31)], differences: [] },
      settings: { replications: 10, days: 35, quick: false }, state, edits: state.edits,
    });
    expect(text).toBe(
      "Made with borderflow: baseline, harvest-peak; 10 replications of 35 simulated days each, seed 3 " +
        "(warm-up discarded: 7 days for baseline; 31 days for harvest-peak); levers changed: harvest-peak: seals.share = 0.5. " +
        "Dashboard link: ?s=baseline,harvest-peak&set=harvest-peak:seals.share=0.5&r=10&days=35",
    );
  });

  it("withSettingsCaption(svg, text) adds the settings below the chart for the PNG, making the drawing taller", () => {
    const chart = crossingTimeChart(scenarios, { document, width: 640 });
    const before = svgSize(chart);
    const text = "Made with borderflow: baseline, seals; 10 replications of 21 simulated days each, seed 1 (the first 7 days discarded as warm-up)";
    const captioned = withSettingsCaption(chart, text);
    expect(svgSize(captioned).height).toBeGreaterThan(before.height);
    expect(svgSize(captioned).width).toBe(before.width);
    expect(captioned.querySelector(".settings-caption")?.textContent?.replace(/\s+/g, " ")).toContain("seed 1");
    expect(chart.querySelector(".settings-caption")).toBeNull();
  });
});
