import { describe, expect, it } from "vitest";
import { rowsToCsv, type ResultRow } from "../../../src/scenario/output/result-csv.js";

const row = (scenario: string, metric: string, mean: number): ResultRow => ({
  kind: "estimate", scenario, parameter: "", value: "", metric, mean, halfWidth: 0.5, lo: mean - 0.5, hi: mean + 0.5, replications: 3,
});

describe("rowsToCsv", () => {
  it("ends each row with the unit of its metric for its scenario's model", () => {
    const csv = rowsToCsv(
      [row("=border", "directions.kz-to-kg.queueKm", 1.25), row("net", "system.timeInSystem.p95", 2)],
      new Map([["=border", "border"], ["net", "network"]]),
    );
    expect(csv).toBe([
      "kind,scenario,parameter,value,metric,mean,halfWidth,lo,hi,replications,unit",
      "estimate,'=border,,,directions.kz-to-kg.queueKm,1.25,0.5,0.75,1.75,3,km",
      "estimate,net,,,system.timeInSystem.p95,2,0.5,1.5,2.5,3,time units",
      "",
    ].join("\n"));
  });

  it("refuses a row whose scenario has no model rather than guess its unit", () => {
    expect(() => rowsToCsv([row("lost", "system.throughput", 1)], new Map())).toThrow(/no model for the scenario of a row, "lost"/);
  });
});
