// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { theoryPanel } from "../../../web/charts/theory-panel.js";
import { theoryRows } from "../../../web/charts/theory-rows.js";
import { approximateTheory, estimate, mm1Result, mm1Theory, noTheory } from "../teach/network-fixtures.js";
import { caption, count, texts } from "./query.js";
import { expectSnapshot } from "./snapshot.js";

describe("theoryPanel(data, options)", () => {
  it("theoryPanel(M/M/1) matches test/output/theoryPanelExact.svg", () => {
    expectSnapshot("theoryPanelExact", theoryPanel({ result: mm1Result, theory: mm1Theory }, { document, timeUnit: "min" }));
  });

  it("theoryPanel(approximation, { width: 360 }) matches test/output/theoryPanelApproximateNarrow.svg", () => {
    expectSnapshot("theoryPanelApproximateNarrow", theoryPanel({ result: mm1Result, theory: approximateTheory }, { document, width: 360, timeUnit: "min" }));
  });

  it("theoryPanel(no theory) matches test/output/theoryPanelNoTheory.svg", () => {
    expectSnapshot("theoryPanelNoTheory", theoryPanel({ result: mm1Result, theory: noTheory }, { document, timeUnit: "min" }));
  });

  it("theoryPanel(data, options) marks each row inside or outside the interval", () => {
    const svg = theoryPanel({ result: mm1Result, theory: mm1Theory }, { document });
    const verdicts = [...svg.querySelectorAll(".row")].map((row) => [row.getAttribute("data-path"), row.getAttribute("data-verdict")]);
    // W = 9 is inside 9.3 ± 5%, Wq = 8.1 inside 8.4 ± 7%, Lq = 8.1 outside 7.5 ± 5%.
    expect(verdicts).toContainEqual(["system.timeInSystem", "inside"]);
    expect(verdicts).toContainEqual(["system.waitInQueue", "inside"]);
    expect(verdicts).toContainEqual(["stations.desk.queueLength", "outside"]);
    expect(texts(svg, ".scope")).toEqual(["System", "Station desk"]);
  });

  it("theoryPanel(data, options) writes an approximation with ≈ and never calls it inside or outside", () => {
    const svg = theoryPanel({ result: mm1Result, theory: approximateTheory }, { document });
    expect(texts(svg, '[data-path="system.waitInQueue"] .theory')).toEqual(["≈ 8.1"]);
    expect(new Set([...svg.querySelectorAll(".row")].map((r) => r.getAttribute("data-verdict")))).toEqual(new Set(["approximate"]));
    expect(texts(svg, ".theory-note").join(" ")).toContain("Allen–Cunneen");
  });

  it("theoryPanel(data, options) gives the reason when theory does not apply, and the simulation alone", () => {
    const svg = theoryPanel({ result: mm1Result, theory: noTheory }, { document });
    expect(texts(svg, ".theory-note").join(" ")).toContain("Theory does not apply: station \"desk\" has a server schedule");
    expect(count(svg, ".diamond")).toBe(0);
    expect(count(svg, ".dot")).toBeGreaterThan(0);
    expect(caption(svg)).toContain("Queueing theory has no formula for this network");
  });
});

describe("theoryRows(data, timeUnit)", () => {
  it("theoryRows(data, timeUnit) orders rows system first, then stations, and leaves out a lone class", () => {
    const rows = theoryRows({ result: mm1Result, theory: mm1Theory }, "min");
    expect(rows.map((r) => r.path)).toEqual([
      "system.timeInSystem", "system.waitInQueue", "system.inSystem", "system.throughput",
      "stations.desk.waitInQueue", "stations.desk.queueLength", "stations.desk.utilization", "stations.desk.throughput",
    ]);
    expect(rows[0]?.label).toBe("Time in system W (min)");
  });

  it("theoryRows(data) adds class rows when there are several classes, and says when an interval is missing", () => {
    const result = { ...mm1Result, replications: 1, classes: { urgent: { waitInQueue: { mean: 2, halfWidth: null, lo: null, hi: null } }, regular: { waitInQueue: estimate(7) } } };
    const theory = { ...mm1Theory, values: { ...mm1Theory.values, "classes.urgent.waitInQueue": 1.33, "classes.regular.waitInQueue": 6.67 } };
    const rows = theoryRows({ result, theory });
    expect(rows.filter((r) => r.scope.startsWith("Class")).map((r) => [r.path, r.verdict])).toEqual([
      ["classes.urgent.waitInQueue", "no interval"],
      ["classes.regular.waitInQueue", "inside"],
    ]);
  });
});
