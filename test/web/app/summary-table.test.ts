// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { ComparisonResult, DirectionResult, StudyResult } from "../../../src/scenario/index.js";
import { summaryTable } from "../../../web/app/summary-table.js";

const e = (mean: number, halfWidth: number) => ({ mean, halfWidth, lo: mean - halfWidth, hi: mean + halfWidth });
const direction = (hours: number): DirectionResult => ({
  crossingHours: { ...e(hours, 0.5), p50: e(hours, 0.5), p90: e(hours * 2, 1), p95: e(hours * 3, 2) }, waitHours: e(hours, 1), trucksPerDay: e(265, 3),
  queueTrucks: e(12, 6), queueKm: e(0.1, 0.05), maxQueueTrucks: e(20, 5), turnedBackPerDay: e(0, 0), bufferIndex: e(0.5, 0.1), activities: {},
});
const study = (scenario: string, hours: number): StudyResult => ({
  scenario, model: "border", seed: 1, replications: 10, horizon: 504, warmup: 168, system: {}, stations: {}, classes: {},
  directions: { "kg-to-kz": direction(hours), "kz-to-kg": direction(hours / 4) },
});

describe("summary table", () => {
  it("summaryTable(document, comparison) gives one row per scenario and direction, each figure with its interval", () => {
    const comparison: ComparisonResult = {
      results: [study("baseline", 4), study("seals", 2)],
      differences: [{ scenario: "seals", metric: "directions.kg-to-kz.crossingHours", mean: -2, halfWidth: 0.4, lo: -2.4, hi: -1.6 }],
    };
    const table = summaryTable(document, comparison);
    const rows = [...table.tBodies[0]?.rows ?? []].map((row) => [...row.cells].map((c) => c.textContent));
    expect(rows).toEqual([
      ["baseline", "Kyrgyzstan → Kazakhstan", "4.0 3.5 to 4.5", "–", "12.0 10.0 to 14.0", "265 262 to 268", "12 6 to 18"],
      ["Kazakhstan → Kyrgyzstan", "1.0 0.5 to 1.5", "–", "3.0 1.0 to 5.0", "265 262 to 268", "12 6 to 18"],
      ["seals", "Kyrgyzstan → Kazakhstan", "2.0 1.5 to 2.5", "−2.0 −2.4 to −1.6", "6.0 4.0 to 8.0", "265 262 to 268", "12 6 to 18"],
      ["Kazakhstan → Kyrgyzstan", "0.5 0.0 to 1.0", "–", "1.5 0.0 to 3.5", "265 262 to 268", "12 6 to 18"],
    ]);
    expect(table.querySelector("th[scope=rowgroup]")?.getAttribute("rowspan")).toBe("2");
  });

  it("summaryTable(document, comparison) cuts a level's interval at zero but keeps a change's negative end", () => {
    // A road queue of 11 trucks with a half-width of 15: the Student-t interval reaches −4 trucks, which no queue can be.
    const queued: StudyResult = {
      ...study("baseline", 4),
      directions: { "kg-to-kz": { ...direction(4), queueTrucks: { mean: 11, halfWidth: 15, lo: -4, hi: 26 } }, "kz-to-kg": direction(1) },
    };
    const comparison: ComparisonResult = {
      results: [queued, study("seals", 2)],
      differences: [{ scenario: "seals", metric: "directions.kg-to-kz.crossingHours", mean: -2, halfWidth: 3, lo: -5, hi: 1 }],
    };
    const rows = [...summaryTable(document, comparison).tBodies[0]?.rows ?? []].map((row) => [...row.cells].map((c) => c.textContent));
    expect(rows[0]?.[6]).toBe("11 0 to 26");
    expect(rows[2]?.[3]).toBe("−2.0 −5.0 to 1.0");
  });
});
