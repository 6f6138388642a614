// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { ComparisonResult, DirectionResult, StudyResult } from "../../../src/scenario/index.js";
import { briefChoice, briefView } from "../../../web/app/brief-view.js";

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
  results: [study("baseline", 6), study("seals", 3)],
  differences: [{ scenario: "seals", metric: "directions.kg-to-kz.crossingHours", mean: -3, halfWidth: 0.5, lo: -3.5, hi: -2.5 }],
};

describe("brief view", () => {
  it("briefChoice(ids, wanted) takes the link's scenario, else both measures together, else the last", () => {
    const ids = ["baseline", "seals", "seals-and-unified", "unified"];
    expect(briefChoice(ids, "unified")).toBe(3);
    expect(briefChoice(ids, null)).toBe(2);
    expect(briefChoice(ids, "baseline")).toBe(2);
    expect(briefChoice(["baseline", "seals", "unified"], "nowhere")).toBe(2);
  });

  it("briefView(document, options) gives a heading, three headline cards, one chart and the method with its link", () => {
    const view = briefView(document, { comparison, alternative: 1, settings: { replications: 10, days: 21, quick: true }, link: "https://example.org/?view=brief" });
    expect(view.heading).toBe("What “seals” would change at Karasu / Ak-Tilek");
    document.body.replaceChildren(...view.body);
    expect(document.querySelectorAll(".headline")).toHaveLength(3);
    expect(document.querySelector(".headline-value")?.textContent).toBe("3 hours saved");
    expect(view.panels).toHaveLength(1);
    view.panels[0]?.update();
    expect(document.querySelectorAll("figure svg rect.bar")).toHaveLength(4);
    expect(document.querySelector(".brief-link a")?.getAttribute("href")).toBe("https://example.org/?view=brief");
  });

  it("briefView(document, options) names scenarios by their titles for people, not their file ids", () => {
    const view = briefView(document, {
      comparison, alternative: 1, settings: { replications: 10, days: 21, quick: false }, link: "https://example.org/",
      titles: ["Today, an ordinary month (baseline)", "Electronic navigation seals"],
    });
    expect(view.heading).toBe("What “Electronic navigation seals” would change at Karasu / Ak-Tilek");
    expect(view.lede).toContain("under “Electronic navigation seals” compared with “Today, an ordinary month (baseline)”");
    document.body.replaceChildren(...view.body);
    expect(document.querySelector(".headline-change")?.textContent).toContain("against Today, an ordinary month (baseline)");
  });
});
