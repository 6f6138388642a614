import { describe, expect, it } from "vitest";
import type { ResultRow } from "../../../src/scenario/output/result-csv.js";
import { isHeadlineMetric, tableRows } from "../../../src/scenario/output/table-rows.js";

function row(scenario: string, metric: string, kind: ResultRow["kind"] = "estimate"): ResultRow {
  return { kind, scenario, parameter: "", value: "", metric, mean: 1, halfWidth: 0.1, lo: 0.9, hi: 1.1, replications: 3 };
}

const border = ["crossingHours", "crossingHours.p95", "trucksPerDay", "queueTrucks", "queueKm", "bufferIndex"]
  .map((m) => `directions.kg-to-kz.${m}`);
const comparison: ResultRow[] = [
  ...border.map((m) => row("baseline", m)),
  ...["system.throughput", "stations.kz-xray.utilization"].map((m) => row("baseline", m)),
  ...border.map((m) => row("seals", m)),
  ...border.map((m) => row("seals", m, "difference")),
];

describe("tableRows(rows, modelOf, choice)", () => {
  it("isHeadlineMetric(path, model) keeps crossing time, trucks/day and the road queue of a border direction", () => {
    expect(border.filter((m) => isHeadlineMetric(m, "border"))).toEqual([
      "directions.kg-to-kz.crossingHours", "directions.kg-to-kz.trucksPerDay", "directions.kg-to-kz.queueTrucks", "directions.kg-to-kz.queueKm",
    ]);
    expect(isHeadlineMetric("system.timeInSystem", "border")).toBe(false);
    expect(isHeadlineMetric("system.timeInSystem", "network")).toBe(true);
    expect(isHeadlineMetric("system.timeInSystem.p95", "network")).toBe(false);
    expect(isHeadlineMetric("stations.desk.utilization", "network")).toBe(true);
  });

  it("tableRows(comparison, modelOf, {}) leads with the headline metrics: base level then differences, grouped by metric, with units", () => {
    const table = tableRows(comparison, () => "border", { patterns: [], all: false });
    if (!table.ok) throw new Error("expected rows");
    expect(table.headline).toBe(true);
    expect(table.rows.map((r) => `${r.kind} ${r.scenario} ${r.metric.split(".").slice(2).join(".")} ${r.unit}`)).toEqual([
      "estimate baseline crossingHours hours", "difference seals crossingHours hours",
      "estimate baseline trucksPerDay trucks/day", "difference seals trucksPerDay trucks/day",
      "estimate baseline queueTrucks trucks", "difference seals queueTrucks trucks",
      "estimate baseline queueKm km", "difference seals queueKm km",
    ]);
    expect(table.hidden).toBe(comparison.length - 8);
  });

  it("tableRows(rows, modelOf, { all: true }) shows every row in its order, each with a unit", () => {
    const table = tableRows(comparison, () => "border", { patterns: [], all: true });
    if (!table.ok) throw new Error("expected rows");
    expect(table.rows.map((r) => r.metric)).toEqual(comparison.map((r) => r.metric));
    expect(table.rows.find((r) => r.metric === "system.throughput")?.unit).toBe("trucks/hour");
    expect(table.hidden).toBe(0);
  });

  it("tableRows(rows, modelOf, { patterns }) shows exactly the --metric selection, headline or not", () => {
    const table = tableRows(comparison, () => "border", { patterns: ["stations.*.utilization", "**.p95"], all: false });
    if (!table.ok) throw new Error("expected rows");
    expect(table.headline).toBe(false);
    expect(table.rows.map((r) => `${r.scenario} ${r.metric}`)).toEqual([
      "baseline directions.kg-to-kz.crossingHours.p95", "baseline stations.kz-xray.utilization",
      "seals directions.kg-to-kz.crossingHours.p95", "seals directions.kg-to-kz.crossingHours.p95",
    ]);
  });

  it("tableRows(rows, modelOf, { patterns: [typo] }) reports the pattern with the nearest metric", () => {
    const table = tableRows(comparison, () => "border", { patterns: ["directions.kg-to-kz.queueKn"], all: false });
    expect(table.ok).toBe(false);
    if (!table.ok) expect(table.problems[0]).toMatch(/did you mean "directions\.kg-to-kz\.queueKm"/);
  });
});
