// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { throughputChart } from "../../../web/charts/throughput-chart.js";
import { scenarios } from "./fixtures.js";
import { count, texts } from "./query.js";

describe("throughputChart(results, options)", () => {
  it("throughputChart(results, options) shows trucks per day with one whisker per interval", () => {
    const svg = throughputChart(scenarios, { document, directions: ["kz-to-kg"] });
    expect(count(svg, ".bar")).toBe(5);
    expect(count(svg, ".whisker")).toBe(5);
    expect(texts(svg, ".value")).toEqual(["330", "334", "338", "341", "331"]);
    expect(texts(svg, ".x-axis .axis-label")).toEqual(["Trucks crossed (trucks/day)"]);
  });
});
