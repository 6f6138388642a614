import { describe, expect, it } from "vitest";
import { getEstimate } from "../../../web/charts/metric-path.js";
import { scenarioAt } from "./fixtures.js";

const result = scenarioAt(0);

describe("getEstimate(result, path)", () => {
  it("getEstimate(result, path) reads direction metrics, whose ids contain hyphens", () => {
    expect(getEstimate(result, "directions.kg-to-kz.crossingHours")).toBe(result.directions?.["kg-to-kz"].crossingHours);
    expect(getEstimate(result, "directions.kz-to-kg.trucksPerDay").mean).toBe(330);
  });

  it("getEstimate(result, path) reads quantiles, activities and system metrics", () => {
    expect(getEstimate(result, "directions.kg-to-kz.crossingHours.p95")).toBe(result.directions?.["kg-to-kz"].crossingHours.p95);
    expect(getEstimate(result, "directions.kg-to-kz.activities.kz-xray.serviceHours").mean).toBe(0.3);
    expect(getEstimate(result, "system.timeInSystem").mean).toBe(14);
  });

  it("getEstimate(result, path) names the unknown part and what is allowed there", () => {
    expect(() => getEstimate(result, "directions.kg-kz.crossingHours")).toThrow('no "kg-kz" in directions (known: kg-to-kz, kz-to-kg)');
    expect(() => getEstimate(result, "directions.kg-to-kz.crossingHours.p99")).toThrow('no "p99" in directions.kg-to-kz.crossingHours (known: p50, p90, p95)');
    expect(() => getEstimate(result, "system.timeInSystem.mean.x")).toThrow(/no "x" in system.timeInSystem.mean \(it holds no metrics\)/);
    expect(() => getEstimate(result, "queue")).toThrow(/no "queue" in a study result \(known: system, stations, classes, directions\)/);
  });

  it("getEstimate(result, path) rejects a path that stops before an estimate", () => {
    expect(() => getEstimate(result, "directions.kg-to-kz")).toThrow(/"directions.kg-to-kz" is not an estimate; continue with one of: crossingHours/);
    expect(() => getEstimate(result, "seed")).toThrow(/"seed" is not an estimate$/);
    expect(() => getEstimate(result, "")).toThrow(/path must be a non-empty dotted path/);
  });
});
