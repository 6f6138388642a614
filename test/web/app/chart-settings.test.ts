// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { StudyResult } from "../../../src/scenario/index.js";
import { crossingTimeChart } from "../../../web/charts/crossing-time-chart.js";
import { svgSize } from "../../../web/app/chart-image.js";
import { comparisonChartSettings } from "../../../web/app/chart-provenance.js";
import { captionedForPng, chartSettings, settingsText, svgWithSettings } from "../../../web/app/chart-settings.js";
import { defaultState } from "../../../web/app/url-state.js";
import { scenarios } from "../charts/fixtures.js";

const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;

const study = (scenario: string, warmupDays: number): StudyResult => ({
  scenario, model: "border", seed: 3, replications: 10, horizon: 35 * 24, warmup: warmupDays * 24, system: {}, stations: {}, classes: {},
});

const state = { ...defaultState(["baseline", "harvest-peak"]), edits: { "harvest-peak": { "seals.share": 0.5 } }, replications: 10, days: 35, seed: 3 };
const comparison = comparisonChartSettings({
  comparison: { results: [study("baseline", 7), study("harvest-peak (edited)", 31)], differences: [] },
  ids: ["baseline", "harvest-peak"], state, edits: state.edits,
});

describe("chart settings", () => {
  it("comparisonChartSettings(run) names the scenario files, seed, replications, days, each warm-up, the edits, the version and the link", () => {
    expect(comparison).toEqual({
      tool: "borderflow", version, scenarios: ["baseline", "harvest-peak"], seeds: [3], replications: [10], days: [35],
      warmupDays: { baseline: 7, "harvest-peak": 31 }, edits: { "harvest-peak": { "seals.share": 0.5 } },
      link: "?s=baseline,harvest-peak&set=harvest-peak:seals.share=0.5&r=10&days=35&seed=3",
    });
    expect(settingsText(comparison)).toBe(
      `Made with borderflow ${version}: baseline, harvest-peak; 10 replications of 35 simulated days each, seed 3 ` +
        "(warm-up discarded: 7 days for baseline; 31 days for harvest-peak); levers changed: harvest-peak: seals.share = 0.5. " +
        "Dashboard link: ?s=baseline,harvest-peak&set=harvest-peak:seals.share=0.5&r=10&days=35&seed=3",
    );
  });

  it("comparisonChartSettings(run) links to the run shown, with its replications, days and seed, not to the view the page was on when it started", () => {
    // The run started on the How sure? view of a link that left replications, days and seed to the quick study and the file.
    const started = { ...defaultState(["baseline", "harvest-peak"]), edits: state.edits, view: "how-sure" as const, brief: "harvest-peak",
      sweep: { scenario: "baseline", path: "seals.share", values: [0, 1], metric: "directions.kg-to-kz.crossingHours" } };
    const run = { comparison: { results: [study("baseline", 7), study("harvest-peak (edited)", 31)], differences: [] }, ids: ["baseline", "harvest-peak"], state: started, edits: state.edits };
    const shown = comparisonChartSettings({ ...run, page: "https://example.org/borderflow/" });
    expect([shown.link, shown.url]).toEqual([
      "?s=baseline,harvest-peak&set=harvest-peak:seals.share=0.5&r=10&days=35&seed=3",
      "https://example.org/borderflow/?s=baseline,harvest-peak&set=harvest-peak:seals.share=0.5&r=10&days=35&seed=3",
    ]);
    expect(settingsText(shown)).toMatch(/\. Dashboard link: https:\/\/example\.org\/borderflow\/\?s=baseline,harvest-peak&set=harvest-peak:seals\.share=0\.5&r=10&days=35&seed=3$/);
    // The brief's chart opens the brief it belongs to.
    expect(comparisonChartSettings({ ...run, opens: { view: "brief", brief: "harvest-peak" } }).link)
      .toBe("?s=baseline,harvest-peak&set=harvest-peak:seals.share=0.5&r=10&days=35&seed=3&view=brief&brief=harvest-peak");
  });

  it("chartSettings(runs, edits, more) gives the least and most replications when they differ, a scenario once, and what the study did", () => {
    const run = { id: "baseline", seed: 1, horizonHours: 21 * 24, warmupHours: 7 * 24 };
    const settings = chartSettings([{ ...run, replications: 10 }, { ...run, replications: 40 }, { ...run, replications: 25 }], { baseline: {} }, { study: "search for what to build" });
    expect([settings.scenarios, settings.replications, settings.edits]).toEqual([["baseline"], [10, 40], {}]);
    expect(settingsText(settings)).toBe(
      `Made with borderflow ${version}: baseline; 10 to 40 replications of 21 simulated days each, seed 1 (the first 7 days discarded as warm-up); ` +
        "no lever changed from the scenario files. Search for what to build.",
    );
  });

  it("svgWithSettings(svg, settings) writes the settings into the SVG's <metadata>: the paragraph, then the same as JSON", () => {
    const file = svgWithSettings(crossingTimeChart(scenarios, { document, width: 640 }), comparison);
    const parsed = new DOMParser().parseFromString(file, "image/svg+xml");
    const metadata = parsed.querySelectorAll("svg > metadata");
    expect(metadata).toHaveLength(1);
    const [text, json] = (metadata[0]?.textContent ?? "").split("\n");
    expect(text).toBe(settingsText(comparison));
    expect(JSON.parse(json ?? "")).toEqual(comparison);
  });

  it("captionedForPng(svg, settings) adds the settings below the chart for the PNG, making the drawing taller", () => {
    const chart = crossingTimeChart(scenarios, { document, width: 640 });
    const before = svgSize(chart);
    const captioned = captionedForPng(chart, comparison);
    expect(svgSize(captioned).height).toBeGreaterThan(before.height);
    expect(svgSize(captioned).width).toBe(before.width);
    const caption = captioned.querySelector(".settings-caption")?.textContent?.replace(/\s+/g, " ");
    expect(caption).toContain(`Made with borderflow ${version}: baseline, harvest-peak;`);
    expect(caption).toContain("seed 3");
    expect(chart.querySelector(".settings-caption")).toBeNull();
  });
});
