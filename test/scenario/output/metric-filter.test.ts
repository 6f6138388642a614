import { describe, expect, it } from "vitest";
import { metricMatcher, selectMetrics } from "../../../src/scenario/output/metric-filter.js";

const available = [
  "system.throughput",
  "system.timeInSystem",
  "system.timeInSystem.p95",
  "stations.kz-xray.utilization",
  "directions.kg-to-kz.crossingHours",
  "directions.kg-to-kz.crossingHours.p95",
  "directions.kz-to-kg.crossingHours",
];

describe("metric filter", () => {
  it("metricMatcher(pattern) matches a plain path only to itself", () => {
    const m = metricMatcher("system.timeInSystem");
    expect(m("system.timeInSystem")).toBe(true);
    expect(m("system.timeInSystem.p95")).toBe(false);
    expect(m("system.timeInSystemX")).toBe(false);
  });

  it("metricMatcher(pattern) lets * stand for part of one segment and ** for whole segments", () => {
    expect(metricMatcher("directions.*.crossingHours")("directions.kg-to-kz.crossingHours")).toBe(true);
    expect(metricMatcher("directions.*.crossingHours")("directions.kg-to-kz.crossingHours.p95")).toBe(false);
    expect(metricMatcher("directions.kg-*.crossingHours")("directions.kz-to-kg.crossingHours")).toBe(false);
    expect(metricMatcher("stations.**")("stations.kz-xray.utilization")).toBe(true);
    expect(metricMatcher("stations.**")("stations")).toBe(false);
    expect(metricMatcher("**.p95")("directions.kg-to-kz.crossingHours.p95")).toBe(true);
  });

  it("metricMatcher(pattern) refuses what is not a dotted path", () => {
    expect(() => metricMatcher("")).toThrow(/not a dotted path/);
    expect(() => metricMatcher("a..b")).toThrow(/not a dotted path/);
    expect(() => metricMatcher("a.(b)")).toThrow(/not a dotted path/);
  });

  it("selectMetrics(patterns, available) keeps the available order and selects all without patterns", () => {
    expect(selectMetrics([], available)).toEqual({ ok: true, metrics: available });
    expect(selectMetrics(["directions.*.crossingHours", "system.throughput"], available)).toEqual({
      ok: true,
      metrics: ["system.throughput", "directions.kg-to-kz.crossingHours", "directions.kz-to-kg.crossingHours"],
    });
  });

  it("selectMetrics(patterns, available) names every pattern that matches nothing, with the nearest metric", () => {
    const result = selectMetrics(["sytem.throughput", "system.*", "nothing.*"], available);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/"sytem\.throughput" matches no metric.*did you mean "system\.throughput"/);
    expect(result.problems[1]).toMatch(/"nothing\.\*" matches no metric/);
  });
});
