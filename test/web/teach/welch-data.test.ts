import { describe, expect, it } from "vitest";
import { mser5, welchAverage } from "../../../src/stats/index.js";
import type { TeachStudy } from "../../../web/teach/teach-protocol.js";
import { welchData } from "../../../web/teach/welch-data.js";
import { mm1Result, mm1Theory, noTheory } from "./network-fixtures.js";

/** Two replications rising from 0 to about 9 over the first 40 of 200 slices. */
const series = [0, 1].map((r) => Array.from({ length: 200 }, (_, i) => Math.min(9, i / 4) + ((i * (r + 3)) % 5) / 5));
const study: TeachStudy = { result: mm1Result, theory: mm1Theory, series, sliceLength: 500, warmups: [4000, 6000], trace: null };

describe("welchData(study)", () => {
  it("welchData(study) smooths with a window of a fortieth of the run and cuts where MSER-5 says on the mean series", () => {
    const data = welchData(study);
    const mean = series[0]!.map((_, i) => (series[0]![i]! + series[1]![i]!) / 2);
    expect(data.window).toBe(5);
    expect(data.average).toEqual(welchAverage(series, 5));
    expect(data.truncateIndex).toBe(mser5(mean).truncateIndex);
    expect(data.truncateIndex).toBeGreaterThan(0);
    expect(data.warmupUsed).toBe(5000);
    expect(data.steadyState).toBe(9);
  });

  it("welchData(study) gives MSER-5's limit, which an unstable run's ever-rising series reaches", () => {
    // 200 slices are 40 batches of 5, so MSER-5 may cut at most 20 batches, 100 slices. For a straight rising line the
    // suffix's squared deviations over its length squared, (k - d)((k - d)² - 1)/12/(k - d)², fall as d grows: d* = 20.
    const rising = [0, 1].map((r) => Array.from({ length: 200 }, (_, i) => 2 * i + r));
    const data = welchData({ ...study, theory: noTheory, series: rising });
    expect(data.truncateLimit).toBe(100);
    expect(data.truncateIndex).toBe(100);
    expect(welchData(study).truncateLimit).toBe(100);
  });

  it("welchData(study) draws no theory level when theory does not apply", () => {
    expect(welchData({ ...study, theory: noTheory })).not.toHaveProperty("steadyState");
  });
});
