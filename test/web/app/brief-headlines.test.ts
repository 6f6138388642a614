import { describe, expect, it } from "vitest";
import type { ComparisonResult, DirectionResult, StudyResult } from "../../../src/scenario/index.js";
import type { Estimate } from "../../../src/stats/estimate.js";
import { briefHeadlines } from "../../../web/app/brief-headlines.js";

const e = (mean: number, halfWidth: number | null = null): Estimate =>
  halfWidth === null ? { mean, halfWidth: null, lo: null, hi: null } : { mean, halfWidth, lo: mean - halfWidth, hi: mean + halfWidth };

function direction(crossing: number, trucks: number, queue: number): DirectionResult {
  return {
    crossingHours: { ...e(crossing, 1), p50: e(crossing), p90: e(crossing), p95: e(crossing) },
    waitHours: e(crossing - 1, 1),
    trucksPerDay: e(trucks, 5),
    queueTrucks: e(queue, 10),
    queueKm: e((queue * 12) / 1000, 0.1),
    maxQueueTrucks: e(queue * 2),
    turnedBackPerDay: e(0),
    bufferIndex: e(0.5),
    activities: {},
  };
}

function study(scenario: string, kgToKz: DirectionResult, kzToKg: DirectionResult): StudyResult {
  return { scenario, model: "border", seed: 1, replications: 5, horizon: 336, warmup: 48, system: {}, stations: {}, classes: {},
    directions: { "kg-to-kz": kgToKz, "kz-to-kg": kzToKg } };
}

const comparison: ComparisonResult = {
  results: [study("baseline", direction(12, 280, 400), direction(3, 150, 20)), study("seals", direction(7, 295, 150), direction(3.2, 150, 22))],
  differences: [
    { scenario: "seals", metric: "directions.kg-to-kz.crossingHours", mean: -5, halfWidth: 1, lo: -6, hi: -4 },
    { scenario: "seals", metric: "directions.kz-to-kg.crossingHours", mean: 0.2, halfWidth: 0.5, lo: -0.3, hi: 0.7 },
    { scenario: "seals", metric: "directions.kg-to-kz.trucksPerDay", mean: 15, halfWidth: 4, lo: 11, hi: 19 },
    { scenario: "seals", metric: "directions.kg-to-kz.queueTrucks", mean: -250, halfWidth: 30, lo: -280, hi: -220 },
    { scenario: "seals", metric: "directions.kz-to-kg.queueTrucks", mean: 2, halfWidth: 3, lo: -1, hi: 5 },
  ],
};

describe("brief headlines", () => {
  it("briefHeadlines(comparison, alternative) turns the paired crossing-time difference into hours saved, interval turned too", () => {
    const [time] = briefHeadlines(comparison, "seals");
    expect(time?.title).toBe("Time saved per truck");
    expect(time?.lines).toEqual([
      { direction: "Kyrgyzstan → Kazakhstan", value: "5 hours saved", interval: "95% CI 4 to 6", uncertain: false },
      { direction: "Kazakhstan → Kyrgyzstan", value: "0.2 hours lost", interval: "95% CI −0.7 to 0.3", uncertain: true },
    ]);
  });

  it("briefHeadlines(comparison, alternative) gives trucks per day and the queue as levels with their change against the base", () => {
    const [, trucks, queue] = briefHeadlines(comparison, "seals");
    expect(trucks?.lines[0]).toEqual({
      direction: "Kyrgyzstan → Kazakhstan", value: "295 trucks a day", interval: "95% CI 290 to 300",
      change: "+15 against baseline (95% CI 11 to 19)", uncertain: false,
    });
    expect(trucks?.lines[1]).toMatchObject({ change: "no paired difference against baseline", uncertain: true });
    expect(queue?.lines[0]).toMatchObject({ value: "150 trucks (1.8 km)", change: "−250 against baseline (95% CI −280 to −220)", uncertain: false });
    expect(queue?.lines[1]).toMatchObject({ change: "+2 against baseline (95% CI −1 to 5)", uncertain: true });
  });

  it("briefHeadlines(comparison, alternative) refuses the base itself or an unknown scenario", () => {
    expect(() => briefHeadlines(comparison, "baseline")).toThrow(RangeError);
    expect(() => briefHeadlines(comparison, "nowhere")).toThrow(/"nowhere" is not a border scenario/);
  });

  it("briefHeadlines(comparison, alternative) says plainly when a direction has no road queue in either scenario", () => {
    const none = { ...direction(3, 150, 0), queueTrucks: e(0, 0), queueKm: e(0, 0) };
    const both: ComparisonResult = {
      results: [study("baseline", direction(12, 280, 400), none), study("seals", direction(7, 295, 150), none)],
      differences: [{ scenario: "seals", metric: "directions.kz-to-kg.queueTrucks", mean: 0, halfWidth: 0, lo: 0, hi: 0 }],
    };
    const line = briefHeadlines(both, "seals")[2]?.lines[1];
    expect(line).toEqual({ direction: "Kazakhstan → Kyrgyzstan", value: "no road queue", interval: "in any replication", change: "none under baseline either", uncertain: false });
  });

  it("briefHeadlines(comparison, alternative) reports a queue taken off the road as what is known, not as a difference reaching past zero", () => {
    const offRoad = { ...direction(11.9, 280, 0), queueTrucks: e(0, 0), queueKm: e(0, 0) };
    const centre: ComparisonResult = {
      results: [study("baseline", direction(12, 280, 11), direction(3, 150, 20)), study("logistics-centre", offRoad, direction(3, 150, 20))],
      differences: [{ scenario: "logistics-centre", metric: "directions.kg-to-kz.queueTrucks", mean: -11, halfWidth: 14.5, lo: -25.5, hi: 3.5 }],
    };
    const line = briefHeadlines(centre, "logistics-centre", "Today")[2]?.lines[0];
    expect(line?.value).toBe("no road queue");
    expect(line?.change).toBe("Today: 11 trucks (95% CI 1 to 21), 0.1 km; with this measure, none on the road");
    expect(line?.uncertain).toBe(false);
    expect(JSON.stringify(line)).not.toMatch(/−11|−25|3\.5/);
  });
});
