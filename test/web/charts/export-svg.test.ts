// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { crossingTimeChart } from "../../../web/charts/crossing-time-chart.js";
import { exportSvg } from "../../../web/charts/export-svg.js";
import { scenarios } from "./fixtures.js";

function styledChart(css: string): SVGSVGElement {
  const svg = crossingTimeChart(scenarios, { document });
  const style = document.createElementNS("http://www.w3.org/2000/svg", "style");
  style.textContent = css;
  svg.prepend(style);
  return svg;
}

describe("exportSvg(svg, options)", () => {
  it("exportSvg(svg, { metadata }) writes the settings that made the chart into its <metadata>, after title and desc", () => {
    const settings = "Made with borderflow: baseline, seals; 10 replications of 21 simulated days each, seed 1";
    const text = exportSvg(crossingTimeChart(scenarios, { document }), { metadata: settings });
    const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
    const metadata = parsed.querySelector("svg > metadata");
    expect(metadata?.textContent).toBe(settings);
    expect(metadata?.previousElementSibling?.localName).toBe("desc");
    expect(exportSvg(crossingTimeChart(scenarios, { document }))).not.toContain("<metadata");
  });

  it("exportSvg(svg, options) writes a standalone, well-formed SVG file carrying title and caption", () => {
    const text = exportSvg(crossingTimeChart(scenarios, { document }));
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text.match(/xmlns="/g)).toHaveLength(1);
    const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
    expect(parsed.querySelector("parsererror")).toBeNull();
    expect(parsed.querySelector(".chart-title")?.textContent).toBe("Crossing time by scenario");
    expect(parsed.querySelector(".caption")?.textContent).toContain("95% confidence intervals");
  });

  it("exportSvg(svg, options) copies stylesheet rules onto elements, letting their own style win", () => {
    const svg = styledChart("/* page */ text { fill: red; font-style: italic } .caption { fill: blue }");
    svg.querySelector(".chart-title")?.setAttribute("style", "fill: green");
    const parsed = new DOMParser().parseFromString(exportSvg(svg), "image/svg+xml");
    expect(parsed.querySelector("style")).toBeNull();
    expect(parsed.querySelector(".caption")?.getAttribute("style")).toBe("fill: blue; font-style: italic");
    expect(parsed.querySelector(".chart-title")?.getAttribute("style")).toBe("fill: green; font-style: italic");
    expect(svg.querySelector("style")).not.toBeNull(); // the chart on the page is left alone
  });

  it("exportSvg(svg, options) keeps a stylesheet with at-rules, and can leave out the XML declaration", () => {
    const text = exportSvg(styledChart("@media print { text { fill: black } }"), { xmlDeclaration: false });
    expect(text.startsWith("<svg")).toBe(true);
    expect(text).toContain("@media print");
  });
});
